import { $getNodeByKey, $getRoot, type LexicalEditor, type NodeKey } from 'lexical';
import { countWords } from '../../../shared/text/word-count';
import { $isBlockCard } from '../cards/block-card-node';

/**
 * The body's word count, live (body text only, not pull-quotes or
 * captions). Each top-level block's count is kept, and after an update only
 * the blocks it touched are counted again, so a keystroke in a 10,000-word
 * story costs one paragraph's count, not the story's.
 */
export function registerWordCount(editor: LexicalEditor, onCount: (words: number) => void): () => void {
  const counts = new Map<NodeKey, number>();
  let total = -1;

  const recount = (dirty: ReadonlyMap<NodeKey, unknown> | null) => {
    editor.getEditorState().read(() => {
      const keys = $getRoot().getChildrenKeys();
      const live = new Set(keys);
      for (const key of counts.keys()) if (!live.has(key)) counts.delete(key);
      let sum = 0;
      for (const key of keys) {
        let count = counts.get(key);
        if (count === undefined || dirty === null || dirty.has(key)) {
          const node = $getNodeByKey(key);
          count = node === null || $isBlockCard(node) ? 0 : countWords(node.getTextContent());
          counts.set(key, count);
        }
        sum += count;
      }
      if (sum !== total) {
        total = sum;
        onCount(sum);
      }
    });
  };

  recount(null);
  return editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
    // Every ancestor of a changed node is marked dirty, so changed top-level blocks are among dirtyElements.
    if (dirtyElements.size > 0 || dirtyLeaves.size > 0) recount(dirtyElements);
  });
}
