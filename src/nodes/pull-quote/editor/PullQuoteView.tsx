import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isNodeSelection, COMMAND_PRIORITY_HIGH, KEY_DOWN_COMMAND, type NodeKey } from 'lexical';
import { useEffect, useState, type MouseEvent } from 'react';
import { Button } from '../../../renderer/ui/Button';
import { useBodyEditorOutputs } from '../../../renderer/editor/editor-outputs';
import { useLiveValue } from '../../../renderer/editor/live-value';
import { PullQuoteEditor } from './PullQuoteEditor';
import { PullQuoteFinding } from './PullQuoteFinding';
import { useBlockSelection } from '../../../renderer/editor/cards/use-block-selection';

/**
 * The pull-quote as the published page sets it. Click it once selected, or
 * press Enter on it, to edit its words and attribution in place. A quote the
 * body does not say carries the finding that says where it came from.
 */
export function PullQuoteView({ nodeKey, text, attribution }: { nodeKey: NodeKey; text: string; attribution: string }) {
  const [editor] = useLexicalComposerContext();
  const { selected, select } = useBlockSelection(nodeKey);
  const [editing, setEditing] = useState(false);
  const item = useLiveValue(useBodyEditorOutputs().pullQuotes).find((entry) => entry.key === nodeKey);
  const mismatch = item !== undefined && !item.matches && !item.edited;

  // Enter on the selected card edits it, ahead of the other cards' Enter, which starts a paragraph after them (card-selection.ts).
  useEffect(() => {
    if (!selected || editing) return;
    return editor.registerCommand(
      KEY_DOWN_COMMAND,
      (event) => {
        if (event.key !== 'Enter' || event.shiftKey || event.ctrlKey || event.metaKey || event.altKey) return false;
        const selection = $getSelection();
        if (!$isNodeSelection(selection) || selection.getNodes().length !== 1) return false;
        event.preventDefault();
        setEditing(true);
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    );
  }, [editor, selected, editing]);

  const onClick = (event: MouseEvent) => {
    if ((event.target as HTMLElement).closest('button, input, textarea, a') !== null) return;
    if (selected && !editing) setEditing(true);
    else select(event);
  };

  return (
    <figure
      className={`pull-quote${selected ? ' is-selected' : ''}${mismatch ? ' is-mismatch' : ''}${editing ? ' is-editing' : ''}`}
      data-pull-quote={nodeKey}
      aria-label="Pull-quote"
      onClick={onClick}
    >
      <span className="block-card__label" aria-hidden="true">
        {item?.edited === true ? 'Pull-quote · edited' : 'Pull-quote'}
      </span>
      {editing ? (
        <PullQuoteEditor editor={editor} nodeKey={nodeKey} text={text} attribution={attribution} onDone={() => setEditing(false)} />
      ) : (
        <>
          <blockquote className="pull-quote__text">
            <p>{text}</p>
          </blockquote>
          {attribution !== '' && <figcaption className="pull-quote__attribution">{attribution}</figcaption>}
          <Button size="small" className="pull-quote__edit" aria-label="Edit pull-quote" onClick={() => setEditing(true)}>
            Edit
          </Button>
        </>
      )}
      {mismatch && !editing && <PullQuoteFinding item={item} editor={editor} />}
    </figure>
  );
}
