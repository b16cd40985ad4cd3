import {
  $createRangeSelectionFromDom,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  COMMAND_PRIORITY_CRITICAL,
  getDOMSelection,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
} from 'lexical';

/**
 * Lexical handles Enter, Backspace and Delete at keydown with its own copy of
 * the selection, which it updates from the page's selection only when the
 * browser's selectionchange event arrives. Chromium runs a queued keydown
 * before that event, so when keys come fast (End, then Enter) the key acted on
 * where the caret had been: with a word still selected, Enter replaced it. So
 * before any key is handled, Lexical's selection is brought up to date with
 * the page's.
 */
export function registerSelectionSync(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    KEY_DOWN_COMMAND,
    (event) => {
      const root = editor.getRootElement();
      // Keys in a card's own fields (an image caption) are not the text's.
      if (root === null || event.target !== root || editor.isComposing()) return false;
      const current = $getSelection();
      if (!$isRangeSelection(current)) return false;
      const dom = getDOMSelection(root.ownerDocument.defaultView);
      if (dom === null || dom.anchorNode === null || !root.contains(dom.anchorNode) || !root.contains(dom.focusNode)) return false;
      const onPage = $createRangeSelectionFromDom(dom, editor);
      if (onPage === null || (onPage.anchor.is(current.anchor) && onPage.focus.is(current.focus))) return false;
      // As Lexical does on selectionchange: a caret in text types in that text's format.
      const anchor = onPage.anchor.getNode();
      if (onPage.isCollapsed() && $isTextNode(anchor)) {
        onPage.format = anchor.getFormat();
        onPage.style = anchor.getStyle();
      }
      $setSelection(onPage);
      return false;
    },
    COMMAND_PRIORITY_CRITICAL,
  );
}
