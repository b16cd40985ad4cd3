import { $createNodeSelection, $getNodeByKey, $setSelection, type LexicalEditor, type NodeKey } from 'lexical';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { CREATE_PULL_QUOTE_COMMAND, MOVE_BLOCK_COMMAND } from '../../editor/editor-commands';
import type { PullQuoteItem } from '../../editor/editor-outputs';
import { useLiveValue, type LiveValue } from '../../editor/live-value';
import { $isPullQuoteNode } from '../../../nodes/pull-quote/pull-quote-node';
import { editPullQuote } from '../../../nodes/pull-quote/editor/pull-quote-edits';
import { PullQuoteFinding } from '../../../nodes/pull-quote/editor/PullQuoteFinding';
import { scrollBlockIntoView } from '../../editor/scroll-block-into-view';
import { Button } from '../../ui/Button';
import { Icon } from '../../ui/Icon';
import { commandShortcut } from '../../commands/command-labels';

type PullQuoteListProps = {
  /** Null until the body editor is ready. */
  editor: LexicalEditor | null;
  pullQuotes: LiveValue<readonly PullQuoteItem[]>;
};

function where(item: PullQuoteItem): string {
  if (item.afterBlock === 0) return 'At the top of the story';
  const under = item.section === null ? '' : ` under “${item.section}”`;
  return `After paragraph ${item.afterBlock}${under}`;
}

/**
 * The story's pull-quotes in order, for the "Bylines & pull-quotes" panel:
 * where each stands, whether the body still says it word for word (or it is
 * kept as an edited quote), and tools to jump to it, edit its words,
 * attribute, move or delete it.
 */
export function PullQuoteList({ editor, pullQuotes }: PullQuoteListProps) {
  const items = useLiveValue(pullQuotes);
  const mismatches = items.filter((item) => !item.matches && !item.edited).length;

  const jumpTo = (key: NodeKey) => {
    if (editor === null) return;
    const element = editor.getElementByKey(key);
    if (element !== null) scrollBlockIntoView(element, 'center');
    editor.update(() => {
      const selection = $createNodeSelection();
      selection.add(key);
      $setSelection(selection);
    });
  };

  return (
    <section className="pull-quotes" aria-labelledby="pull-quotes-title">
      <div className="pull-quotes__header">
        <h3 id="pull-quotes-title" className="panel-section__title">
          Pull-quotes {items.length > 0 && <span className="panel-section__count">{items.length}</span>}
        </h3>
        <Button
          size="small"
          disabled={editor === null}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => editor?.dispatchCommand(CREATE_PULL_QUOTE_COMMAND, undefined)}
        >
          From selection
        </Button>
      </div>
      {mismatches > 0 && (
        <p className="pull-quotes__alert" role="status">
          <Icon name="warning" size={16} />
          {mismatches === 1 ? 'One pull-quote no longer matches' : `${mismatches} pull-quotes no longer match`} the text word for word.
        </p>
      )}
      {items.length === 0 ? (
        <p className="panel-section__empty">
          None yet. Select a sentence in the text, then choose <strong>From selection</strong> (or the pull-quote button in the
          toolbar) to lift it out.
        </p>
      ) : (
        <ol className="pull-quotes__list">
          {items.map((item) => (
            <PullQuoteEntry
              key={item.key}
              item={item}
              editor={editor}
              onJump={() => jumpTo(item.key)}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

type EntryProps = { item: PullQuoteItem; editor: LexicalEditor | null; onJump: () => void };

/** The quote's words as a field in the panel: Save (or Enter) writes them as one undoable change, Cancel (or Esc) leaves them. */
function QuoteTextForm({ item, editor, onClose }: { item: PullQuoteItem; editor: LexicalEditor; onClose: () => void }) {
  const [text, setText] = useState(item.text);
  const save = (event?: FormEvent) => {
    event?.preventDefault();
    editPullQuote(editor, item.key, { text });
    onClose();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey) save(event);
    else if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    }
  };
  return (
    <form className="pull-quote-entry__form" onSubmit={save}>
      <label className="form-field">
        <span className="form-field__label">Pull-quote text</span>
        <textarea
          className="form-field__input pull-quote-entry__text"
          value={text}
          maxLength={2_000}
          rows={4}
          autoFocus
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
        />
      </label>
      <div className="pull-quote-entry__form-actions">
        <Button size="small" onClick={onClose}>
          Cancel
        </Button>
        <Button size="small" variant="primary" type="submit">
          Save
        </Button>
      </div>
    </form>
  );
}

function PullQuoteEntry({ item, editor, onJump }: EntryProps) {
  const [attribution, setAttribution] = useState(item.attribution);
  const [editingText, setEditingText] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const closeTextForm = () => {
    setEditingText(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };
  useEffect(() => setAttribution(item.attribution), [item.attribution]);

  const commitAttribution = () => {
    if (editor === null || attribution.trim() === item.attribution) return;
    editor.update(() => {
      const node = $getNodeByKey(item.key);
      if ($isPullQuoteNode(node)) node.setAttribution(attribution.trim());
    });
  };

  const onAttributionKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commitAttribution();
    } else if (event.key === 'Escape') {
      event.stopPropagation();
      setAttribution(item.attribution);
    }
  };

  const remove = () =>
    editor?.update(() => {
      $getNodeByKey(item.key)?.remove();
    });

  const label = item.text.length > 60 ? `${item.text.slice(0, 60)}…` : item.text;
  const mismatch = !item.matches && !item.edited;
  return (
    <li className={`pull-quote-entry${mismatch ? ' is-mismatch' : ''}`} aria-label={`Pull-quote: ${label}`}>
      {editingText && editor !== null ? (
        <QuoteTextForm item={item} editor={editor} onClose={closeTextForm} />
      ) : (
        <button type="button" className="pull-quote-entry__quote" onClick={onJump} title="Show it in the text">
          “{item.text}”
        </button>
      )}
      {item.edited && (
        <p className="pull-quote-entry__edited" title="Trimmed or reworded on purpose: not checked word for word against the text">
          Edited quote
        </p>
      )}
      <p className="pull-quote-entry__where">
        {where(item)}
        {item.afterText !== '' && <span className="pull-quote-entry__context"> (“{item.afterText}”)</span>}
      </p>
      {mismatch && editor !== null && <PullQuoteFinding item={item} editor={editor} />}
      <label className="pull-quote-entry__attribution">
        <span className="visually-hidden">Attribution</span>
        <input
          type="text"
          className="form-field__input form-field__input--small"
          placeholder="Attribution (optional)"
          maxLength={300}
          value={attribution}
          onChange={(event) => setAttribution(event.target.value)}
          onBlur={commitAttribution}
          onKeyDown={onAttributionKeyDown}
        />
      </label>
      <div className="pull-quote-entry__actions">
        <Button
          ref={editButton}
          size="small"
          variant="quiet"
          className="pull-quote-entry__edit"
          aria-label="Edit the pull-quote’s words"
          disabled={editor === null || editingText}
          onClick={() => setEditingText(true)}
        >
          Edit
        </Button>
        <button type="button" className="icon-button" aria-label="Show in the text" title="Show in the text" onClick={onJump}>
          <Icon name="locate" size={16} />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Move up"
          title="Move up a paragraph"
          onClick={() => editor?.dispatchCommand(MOVE_BLOCK_COMMAND, { key: item.key, direction: 'up' })}
        >
          <Icon name="arrowUp" size={16} />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Move down"
          title="Move down a paragraph"
          onClick={() => editor?.dispatchCommand(MOVE_BLOCK_COMMAND, { key: item.key, direction: 'down' })}
        >
          <Icon name="arrowDown" size={16} />
        </button>
        <button type="button" className="icon-button icon-button--danger" aria-label="Delete pull-quote" title={`Delete (${commandShortcut('undo')} in the text brings it back)`} onClick={remove}>
          <Icon name="trash" size={16} />
        </button>
      </div>
    </li>
  );
}
