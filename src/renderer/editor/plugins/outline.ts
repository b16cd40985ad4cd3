import { $isHeadingNode } from '@lexical/rich-text';
import { $getRoot, type LexicalEditor } from 'lexical';
import { whenIdle } from '../../ui/when-idle';
import type { OutlineItem } from '../editor-outputs';

/** At most this long after a change the outline is current, idle time or not (ms). */
const OUTLINE_WITHIN_MS = 500;

/** The story's subheadings in order, for the rail's outline; read again in idle time after a change, never on the keystroke. */
export function registerOutline(editor: LexicalEditor, onOutline: (items: OutlineItem[]) => void): () => void {
  let cancel: (() => void) | null = null;
  const read = () => {
    cancel = null;
    editor.getEditorState().read(() => {
      const items: OutlineItem[] = [];
      for (const child of $getRoot().getChildren()) {
        if (!$isHeadingNode(child)) continue;
        const text = child.getTextContent().trim();
        if (text !== '') items.push({ key: child.getKey(), level: child.getTag() === 'h3' ? 3 : 2, text });
      }
      onOutline(items);
    });
  };
  read();
  const stop = editor.registerUpdateListener(({ dirtyElements }) => {
    if (dirtyElements.size > 0) cancel ??= whenIdle(read, OUTLINE_WITHIN_MS);
  });
  return () => {
    stop();
    cancel?.();
  };
}
