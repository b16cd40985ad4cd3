import { $createNodeSelection, $getNodeByKey, $isElementNode, $setSelection, type LexicalEditor, type NodeKey } from 'lexical';
import { $isPullQuoteFields, type PullQuoteFields } from './pull-quote-fields';
import { scrollBlockIntoView } from '../../../renderer/editor/scroll-block-into-view';

/**
 * Changes to a pull-quote from its card and from the panel. Each is one
 * editor update, so the editor's undo (Ctrl+Z) takes it back.
 */

function updatePullQuote(editor: LexicalEditor, key: NodeKey, change: (node: PullQuoteFields) => void): void {
  editor.update(() => {
    const node = $getNodeByKey(key);
    if ($isPullQuoteFields(node)) change(node);
  });
}

/** New words and attribution; an empty text leaves the words as they were (delete the card to drop the quote). */
export function editPullQuote(editor: LexicalEditor, key: NodeKey, edit: { text?: string; attribution?: string }): void {
  const text = edit.text?.replace(/\s+/g, ' ').trim();
  const attribution = edit.attribution?.trim();
  // Nothing written when nothing changed, so undo skips no empty steps.
  updatePullQuote(editor, key, (node) => {
    if (text !== undefined && text !== '' && text !== node.getText()) node.setText(text);
    if (attribution !== undefined && attribution !== node.getAttribution()) node.setAttribution(attribution);
  });
}

/** The body's own words for the quote: it is verbatim again, so no longer an edited quote. */
export function takeBodyWords(editor: LexicalEditor, key: NodeKey, passage: string): void {
  updatePullQuote(editor, key, (node) => node.setText(passage).setEdited(false));
}

/** The desk answers for the quote's wording: it is no longer checked against the body. */
export function keepAsEditedQuote(editor: LexicalEditor, key: NodeKey): void {
  updatePullQuote(editor, key, (node) => node.setEdited(true));
}

/**
 * Selects the card and gives the editor focus, so keys (Enter to edit, Ctrl+Z)
 * act on it. Done on the next frame, once the button or field that asked for
 * it has left the page and the browser has settled its own selection.
 */
export function focusCard(editor: LexicalEditor, key: NodeKey): void {
  requestAnimationFrame(() => {
    editor.getRootElement()?.focus({ preventScroll: true });
    editor.update(() => {
      const selection = $createNodeSelection();
      selection.add(key);
      $setSelection(selection);
    });
  });
}

/** Scrolls a body paragraph into view and puts the caret at its start. */
export function jumpToParagraph(editor: LexicalEditor, key: NodeKey): void {
  const element = editor.getElementByKey(key);
  if (element !== null) scrollBlockIntoView(element, 'center');
  editor.update(() => {
    const node = $getNodeByKey(key);
    if ($isElementNode(node)) node.selectStart();
  });
  editor.getRootElement()?.focus({ preventScroll: true });
}
