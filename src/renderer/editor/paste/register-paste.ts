import { $insertGeneratedNodes } from '@lexical/clipboard';
import {
  $addUpdateTag,
  $getSelection,
  $isDecoratorNode,
  $isElementNode,
  $isRangeSelection,
  $parseSerializedNode,
  COMMAND_PRIORITY_HIGH,
  PASTE_COMMAND,
  PASTE_TAG,
  type BaseSelection,
  type LexicalEditor,
  type LexicalNode,
  type PasteCommandType,
  type SerializedLexicalNode,
} from 'lexical';
import type { EditorNotice } from '../plugins/editor-notice';
import { loadedPasteConversion, loadPasteConversion } from './load-paste-conversion';
import type { PastedData, PasteConversion } from './paste-conversion';
import { pasteNotices } from './paste-warnings';
import { openQuoteDepth } from './quote-depth';

const LEXICAL_MIME = 'application/x-lexical-editor';

/** The clipboard of a paste event (a paste, or a beforeinput insertFromPaste). */
function dataTransferOf(event: PasteCommandType): DataTransfer | null {
  if ('clipboardData' in event && event.clipboardData) return event.clipboardData;
  if ('dataTransfer' in event && event.dataTransfer) return event.dataTransfer;
  return null;
}

/** A copy from this same editor, which Lexical pastes back node for node (pull-quotes, images and all). */
function isOwnCopy(data: DataTransfer, editor: LexicalEditor): boolean {
  const raw = data.getData(LEXICAL_MIME);
  if (raw === '') return false;
  try {
    const payload: unknown = JSON.parse(raw);
    return typeof payload === 'object' && payload !== null && (payload as { namespace?: unknown }).namespace === editor._config.namespace;
  } catch {
    return false;
  }
}

/** The text of the caret's block before the caret, for the quotations open there. */
function $textBeforeCaret(selection: BaseSelection): string {
  if (!$isRangeSelection(selection)) return '';
  const point = selection.isBackward() ? selection.focus : selection.anchor;
  let block: LexicalNode | null = point.getNode();
  while (block !== null && !($isElementNode(block) && !block.isInline())) block = block.getParent();
  if (block === null) return '';
  const anchor = point.getNode();
  const parts: string[] = [];
  let done = false;
  const visit = (node: LexicalNode): void => {
    if (done) return;
    if (node.is(anchor)) {
      parts.push(point.type === 'text' ? node.getTextContent().slice(0, point.offset) : '');
      if (point.type === 'element' && $isElementNode(node)) node.getChildren().slice(0, point.offset).forEach(visit);
      done = true;
      return;
    }
    if ($isElementNode(node)) node.getChildren().forEach(visit);
    else parts.push($isDecoratorNode(node) ? '\uFFFC' : node.getTextContent());
  };
  visit(block);
  return parts.join('');
}

/** Splits the block at the caret, so what is pasted next is not glued onto the words before it; the selection after. */
function $splitAtCaret(selection: BaseSelection): BaseSelection | null {
  if (!$isRangeSelection(selection)) return selection;
  selection.insertParagraph();
  return $getSelection();
}

/** Puts the converted paste at the selection; runs inside the paste's update. */
function $insertPaste(editor: LexicalEditor, notify: EditorNotice, data: PastedData, selection: BaseSelection, conversion: PasteConversion): void {
  // The paste is this update, tagged so the typing rules leave it alone.
  $addUpdateTag(PASTE_TAG);
  const before = $textBeforeCaret(selection);
  const result = conversion.convertPaste(data, openQuoteDepth(before));
  const nodes = result.nodes.map((node) => $parseSerializedNode(node as SerializedLexicalNode));
  if (nodes.length > 0) {
    const target = result.newParagraph && before.trim() !== '' ? $splitAtCaret(selection) : selection;
    if (target !== null) $insertGeneratedNodes(editor, nodes, target);
  }
  if (result.fellBack) notify('The formatting of the paste could not be read, so it was pasted as plain text.');
  for (const notice of pasteNotices(result.warnings)) notify(notice);
}

/**
 * Pastes from Word, Google Docs, LibreOffice, web pages and plain text
 * through the shared converter (src/shared/html-import): structure kept,
 * junk and anything unsafe dropped, house typography applied, and anything
 * left out said in a notice. A copy from this editor itself is left to
 * Lexical, which restores its nodes exactly.
 *
 * The converter is loaded with the first paste (see load-paste-conversion):
 * that paste reads the clipboard at once and goes in as soon as the code is
 * here, at the selection of that moment; later pastes go in at once.
 */
export function registerPaste(editor: LexicalEditor, notify: EditorNotice): () => void {
  return editor.registerCommand(
    PASTE_COMMAND,
    (event) => {
      if (!editor.isEditable()) return false;
      const transfer = dataTransferOf(event);
      if (transfer === null || isOwnCopy(transfer, editor)) return false;
      const data: PastedData = { html: transfer.getData('text/html'), text: transfer.getData('text/plain') };
      if (data.html === '' && data.text === '') return false;
      const selection = $getSelection();
      if (selection === null) return false;
      event.preventDefault();
      // Command listeners run inside an update: with the converter here, the paste is this update.
      const conversion = loadedPasteConversion();
      if (conversion !== null) {
        $insertPaste(editor, notify, data, selection, conversion);
        return true;
      }
      loadPasteConversion().then(
        (loaded) =>
          editor.update(
            () => {
              const current = $getSelection();
              if (current !== null) $insertPaste(editor, notify, data, current, loaded);
            },
            { discrete: true },
          ),
        () =>
          editor.update(
            () => {
              const current = $getSelection();
              if ($isRangeSelection(current)) current.insertRawText(data.text);
              notify('The formatting of the paste could not be read, so it was pasted as plain text.');
            },
            { discrete: true },
          ),
      );
      return true;
    },
    COMMAND_PRIORITY_HIGH,
  );
}
