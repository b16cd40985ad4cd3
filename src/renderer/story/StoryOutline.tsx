import { $createRangeSelection, $getNodeByKey, $isElementNode, $setSelection, type LexicalEditor } from 'lexical';
import type { OutlineItem } from '../editor/editor-outputs';
import { scrollBlockIntoView } from '../editor/scroll-block-into-view';
import { useLiveValue, type LiveValue } from '../editor/live-value';

/** The story's subheadings in the rail; choosing one puts the caret there. */
export function StoryOutline({ outline, editor }: { outline: LiveValue<readonly OutlineItem[]>; editor: LexicalEditor | null }) {
  const items = useLiveValue(outline);
  if (items.length === 0) return <p className="rail-note">Subheadings in the body are listed here.</p>;

  const jumpTo = (item: OutlineItem) => {
    if (editor === null) return;
    const heading = editor.getElementByKey(item.key);
    if (heading !== null) scrollBlockIntoView(heading, 'start');
    editor.update(() => {
      const heading = $getNodeByKey(item.key);
      if (!$isElementNode(heading)) return;
      const selection = $createRangeSelection();
      selection.anchor.set(heading.getKey(), 0, 'element');
      selection.focus.set(heading.getKey(), 0, 'element');
      $setSelection(selection);
    });
    editor.focus();
  };

  return (
    <ol className="outline">
      {items.map((item) => (
        <li key={item.key} className={`outline__item outline__item--h${item.level}`}>
          <button type="button" className="outline__link" onClick={() => jumpTo(item)}>
            {item.text}
          </button>
        </li>
      ))}
    </ol>
  );
}
