import { $getNodeByKey, $getRoot, type LexicalEditor, type NodeKey } from 'lexical';
import { countWords } from '../../../shared/text/word-count';
import { whenIdle } from '../../ui/when-idle';
import { $isBlockCard } from '../../../nodes/block-card-node';

/** At most this long after a change the count is current, idle time or not (ms). */
const COUNT_WITHIN_MS = 500;

/**
 * The body's word count, live (body text only, not pull-quotes or
 * captions). Each top-level block's count is kept, and only the blocks
 * changed since the last count are counted again, in the browser's idle
 * time after the frame: a keystroke in a 10,000-word story costs nothing
 * before it is painted, and one paragraph's count after.
 */
export function registerWordCount(editor: LexicalEditor, onCount: (words: number) => void): () => void {
  const counts = new Map<NodeKey, number>();
  const dirty = new Set<NodeKey>();
  let everything = true;
  let total = -1;
  let cancel: (() => void) | null = null;

  const recount = () => {
    cancel = null;
    editor.getEditorState().read(() => {
      const keys = $getRoot().getChildrenKeys();
      const live = new Set(keys);
      for (const key of counts.keys()) if (!live.has(key)) counts.delete(key);
      let sum = 0;
      for (const key of keys) {
        let count = counts.get(key);
        if (count === undefined || everything || dirty.has(key)) {
          const node = $getNodeByKey(key);
          count = node === null || $isBlockCard(node) ? 0 : countWords(node.getTextContent());
          counts.set(key, count);
        }
        sum += count;
      }
      dirty.clear();
      everything = false;
      if (sum !== total) {
        total = sum;
        onCount(sum);
      }
    });
  };

  recount();
  const stop = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
    if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
    // Every ancestor of a changed node is marked dirty, so changed top-level blocks are among dirtyElements.
    for (const key of dirtyElements.keys()) dirty.add(key);
    cancel ??= whenIdle(recount, COUNT_WITHIN_MS);
  });
  return () => {
    stop();
    cancel?.();
  };
}
