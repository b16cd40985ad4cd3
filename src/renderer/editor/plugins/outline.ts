import { $isHeadingNode } from '@lexical/rich-text';
import { $getRoot, type LexicalEditor } from 'lexical';
import type { OutlineItem } from '../editor-outputs';

/** The story's subheadings in order, for the rail's outline. */
export function registerOutline(editor: LexicalEditor, onOutline: (items: OutlineItem[]) => void): () => void {
  const read = () =>
    editor.getEditorState().read(() => {
      const items: OutlineItem[] = [];
      for (const child of $getRoot().getChildren()) {
        if (!$isHeadingNode(child)) continue;
        const text = child.getTextContent().trim();
        if (text !== '') items.push({ key: child.getKey(), level: child.getTag() === 'h3' ? 3 : 2, text });
      }
      onOutline(items);
    });
  read();
  return editor.registerUpdateListener(({ dirtyElements }) => {
    if (dirtyElements.size > 0) read();
  });
}
