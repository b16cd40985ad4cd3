import { mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $createRangeSelectionFromDom,
  $createTextNode,
  $getSelection,
  $isDecoratorNode,
  $isNodeSelection,
  $setSelection,
  CLICK_COMMAND,
  COMMAND_PRIORITY_LOW,
  COMMAND_PRIORITY_NORMAL,
  getDOMSelection,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
} from 'lexical';

/**
 * Leaving a selected block card (pull-quote, image, rule, end mark) works as
 * in Ghost's editor: typing or Enter starts a new paragraph after it (Enter
 * on a pull-quote edits it instead: PullQuoteView), and a
 * click in the text puts the caret where it was clicked. Left to itself the
 * click would only drop the card's selection, and the next keystroke would
 * land wherever the browser last had a caret.
 */
export function registerCardSelection(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerCommand(
      KEY_DOWN_COMMAND,
      (event) => {
        const selection = $getSelection();
        if (!$isNodeSelection(selection) || editor.isComposing()) return false;
        const [card, ...others] = selection.getNodes();
        if (card === undefined || others.length > 0 || !$isDecoratorNode(card) || card.isInline()) return false;
        const typing = event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
        if (!typing && event.key !== 'Enter') return false;
        event.preventDefault();
        const paragraph = $createParagraphNode();
        card.insertAfter(paragraph);
        if (typing) paragraph.append($createTextNode(event.key));
        paragraph.selectEnd();
        return true;
      },
      COMMAND_PRIORITY_NORMAL,
    ),
    editor.registerCommand(
      CLICK_COMMAND,
      (event) => {
        const selection = $getSelection();
        if (!$isNodeSelection(selection)) return false;
        const target = event.target;
        const onCard = selection
          .getNodes()
          .some((node) => target instanceof Node && editor.getElementByKey(node.getKey())?.contains(target) === true);
        if (onCard) return false;
        const range = $createRangeSelectionFromDom(getDOMSelection(window), editor);
        if (range === null) return false;
        $setSelection(range);
        return true;
      },
      COMMAND_PRIORITY_LOW,
    ),
  );
}
