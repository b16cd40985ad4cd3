import { $getNodeByKey, $isElementNode, $isLineBreakNode, $isTextNode, HISTORY_PUSH_TAG, type LexicalEditor, type LexicalNode, type TextNode } from 'lexical';
import type { TextEdit } from '../../../shared/house-style';
import { applyEdits } from '../../../shared/house-style/fixes';
import { $isImageNode } from '../../../nodes/image/image-node';

/** A text node of a block with where its text starts in the block's text (as house-style-blocks reads it). */
type Placed = { node: TextNode; start: number };

function placedTextNodes(block: LexicalNode): Placed[] {
  const placed: Placed[] = [];
  let offset = 0;
  const visit = (node: LexicalNode) => {
    if ($isLineBreakNode(node)) offset += 1;
    else if ($isTextNode(node)) {
      placed.push({ node, start: offset });
      offset += node.getTextContentSize();
    } else if ($isElementNode(node) && node.isInline()) node.getChildren().forEach(visit);
  };
  if ($isElementNode(block)) block.getChildren().filter((child) => !$isElementNode(child) || child.isInline()).forEach(visit);
  return placed;
}

/** Applies edits (offsets into one block's text) to its text nodes, last first so earlier offsets stay right. */
function $editBlock(blockKey: string, edits: readonly TextEdit[]): void {
  const block = $getNodeByKey(blockKey);
  if (block === null) return;
  if ($isImageNode(block)) {
    const { details } = block.parts();
    block.setDetails({ ...details, caption: applyEdits(details.caption, edits) });
    return;
  }
  for (const edit of [...edits].sort((a, b) => b.from - a.from)) {
    const nodes = placedTextNodes(block);
    let inserted = false;
    for (const { node, start } of nodes) {
      const end = start + node.getTextContentSize();
      if (!inserted) {
        // The edit starts in a later node (an insertion at a node's end belongs to that node).
        if (edit.from > end || (edit.from === end && edit.to > end)) continue;
        node.spliceText(edit.from - start, Math.min(edit.to, end) - edit.from, edit.insert, false);
        inserted = true;
      } else if (Math.min(edit.to, end) > start) {
        node.spliceText(0, Math.min(edit.to, end) - start, '', false);
      }
      if (edit.to <= end) break;
    }
  }
}

/**
 * Applies a fix's (or several fixes') edits to the body in one editor update:
 * one undo step, never merged with the typing before it. Edits without a
 * block are for the story's fields and are left to the caller.
 */
export function applyBodyEdits(editor: LexicalEditor, edits: readonly TextEdit[]): void {
  const byBlock = new Map<string, TextEdit[]>();
  for (const edit of edits) {
    if (edit.blockKey === undefined) continue;
    byBlock.set(edit.blockKey, [...(byBlock.get(edit.blockKey) ?? []), edit]);
  }
  if (byBlock.size === 0) return;
  editor.update(
    () => {
      for (const [key, blockEdits] of byBlock) $editBlock(key, blockEdits);
    },
    { tag: HISTORY_PUSH_TAG, discrete: true },
  );
}
