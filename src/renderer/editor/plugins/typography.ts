import {
  $getNodeByKey,
  $getSelection,
  $isDecoratorNode,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  COLLABORATION_TAG,
  HISTORIC_TAG,
  HISTORY_PUSH_TAG,
  PASTE_TAG,
  type EditorState,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
  type TextNode,
} from 'lexical';
import { typographyForKeystroke, type TextRange } from '../../../shared/typography';

/** Marks the update that applies a typography fix, so it is never judged again. */
export const TYPOGRAPHY_TAG = 'copydesk-typography';

/** The single character just typed into a text node, if that is what the update did. */
type Keystroke = { key: NodeKey; text: string; caret: number };

function typedCharacter(editorState: EditorState, prevEditorState: EditorState, dirtyLeaves: Set<NodeKey>): Keystroke | null {
  const typed = editorState.read(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection) || !selection.isCollapsed() || selection.anchor.type !== 'text') return null;
    const node = selection.anchor.getNode();
    if (!$isTextNode(node) || !dirtyLeaves.has(node.getKey()) || node.hasFormat('code')) return null;
    return { key: node.getKey(), text: node.getTextContent(), caret: selection.anchor.offset };
  });
  if (typed === null || typed.caret < 1) return null;
  const before = prevEditorState.read(() => $getNodeByKey(typed.key)?.getTextContent() ?? '');
  const { text, caret } = typed;
  const oneMore = text.length === before.length + 1 && text.slice(0, caret - 1) === before.slice(0, caret - 1) && text.slice(caret) === before.slice(caret - 1);
  return oneMore ? typed : null;
}

/** The nearest block (paragraph, heading, list item, quote …) around a node. */
function $blockOf(node: LexicalNode): ElementNode | null {
  let parent = node.getParent();
  while (parent !== null && parent.isInline()) parent = parent.getParent();
  return parent;
}

/**
 * The block's text as the typography rules read it, where the given text
 * node starts in it, and the stretches they must leave alone (code).
 */
function $blockText(block: ElementNode, key: NodeKey): { text: string; nodeStart: number; protectedRanges: TextRange[] } {
  const parts: string[] = [];
  const protectedRanges: TextRange[] = [];
  let length = 0;
  let nodeStart = -1;
  const visit = (node: LexicalNode) => {
    if ($isElementNode(node)) {
      for (const child of node.getChildren()) visit(child);
      return;
    }
    if (node.getKey() === key) nodeStart = length;
    // A decorator inside the block stands for one character, so offsets on either side stay true.
    const text = $isDecoratorNode(node) ? '\uFFFC' : node.getTextContent();
    if ($isTextNode(node) && node.hasFormat('code')) protectedRanges.push({ from: length, to: length + text.length });
    parts.push(text);
    length += text.length;
  };
  for (const child of block.getChildren()) visit(child);
  return { text: parts.join(''), nodeStart, protectedRanges };
}

/**
 * House typography as you type (house rules 1–4, docs/house-style-rules.md), using the shared
 * keystroke rules. Each fix is its own update tagged for a new history
 * entry, so undo straight after it gives back exactly what was typed.
 * Pastes, undo/redo, IME composition and code are left alone.
 */
export function registerTypography(editor: LexicalEditor): () => void {
  return editor.registerUpdateListener(({ editorState, prevEditorState, dirtyLeaves, tags }) => {
    if (dirtyLeaves.size === 0 || editor.isComposing()) return;
    if (tags.has(HISTORIC_TAG) || tags.has(PASTE_TAG) || tags.has(COLLABORATION_TAG) || tags.has(TYPOGRAPHY_TAG)) return;
    const typed = typedCharacter(editorState, prevEditorState, dirtyLeaves);
    if (typed === null) return;

    const fix = editorState.read(() => {
      const node = $getNodeByKey(typed.key);
      const block = node === null ? null : $blockOf(node);
      if (block === null) return null;
      const { text, nodeStart, protectedRanges } = $blockText(block, typed.key);
      if (nodeStart < 0) return null;
      const caret = nodeStart + typed.caret;
      const edit = typographyForKeystroke(text, caret, { protectedRanges });
      if (edit === null) return null;
      // Only the part that really changes; it has to lie inside the node just typed in.
      let from = edit.from;
      let replacement = edit.replacement;
      while (from < edit.to && replacement !== '' && text[from] === replacement[0]) {
        from += 1;
        replacement = replacement.slice(1);
      }
      if (from < nodeStart) return null;
      return { from: from - nodeStart, length: edit.to - from, replacement, caret: edit.caretAfter - nodeStart };
    });
    if (fix === null) return;

    editor.update(
      () => {
        const node = $getNodeByKey<TextNode>(typed.key);
        if (!$isTextNode(node) || node.getTextContent() !== typed.text) return;
        node.spliceText(fix.from, fix.length, fix.replacement, false);
        node.select(fix.caret, fix.caret);
      },
      { tag: [HISTORY_PUSH_TAG, TYPOGRAPHY_TAG] },
    );
  });
}
