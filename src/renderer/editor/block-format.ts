import { $isListNode, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, ListNode, REMOVE_LIST_COMMAND } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $getNearestNodeOfType } from '@lexical/utils';
import { $createParagraphNode, $getSelection, $isRangeSelection, $isRootOrShadowRoot, type LexicalEditor } from 'lexical';

/** The kinds of block the toolbar offers (no h1: the headline is the story's one). */
export type BlockType = 'paragraph' | 'h2' | 'h3' | 'quote' | 'bullet' | 'number';

/** The block the selection starts in, or null when it is not a text block (an image, a rule …). */
export function $selectedBlockType(): BlockType | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const anchor = selection.anchor.getNode();
  const list = $getNearestNodeOfType(anchor, ListNode);
  if (list !== null) return list.getListType() === 'number' ? 'number' : 'bullet';
  const block = $isRootOrShadowRoot(anchor) ? anchor.getFirstChild() : anchor.getTopLevelElement();
  if ($isHeadingNode(block)) return block.getTag() === 'h3' ? 'h3' : 'h2';
  if ($isQuoteNode(block)) return 'quote';
  if ($isListNode(block)) return block.getListType() === 'number' ? 'number' : 'bullet';
  return 'paragraph';
}

/**
 * Makes the selected blocks `type`; choosing the type they already are turns
 * them back into paragraphs, as in every word processor.
 */
export function setBlockType(editor: LexicalEditor, type: BlockType): void {
  const current = editor.getEditorState().read($selectedBlockType);
  if (type === 'bullet' || type === 'number') {
    if (current === type) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    else editor.dispatchCommand(type === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
    return;
  }
  const target = current === type ? 'paragraph' : type;
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    if (current === 'bullet' || current === 'number') editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    $setBlocksType($getSelection(), () =>
      target === 'h2' || target === 'h3' ? $createHeadingNode(target) : target === 'quote' ? $createQuoteNode() : $createParagraphNode(),
    );
  });
}
