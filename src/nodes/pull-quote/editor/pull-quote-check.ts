import { $getNodeByKey, type LexicalEditor } from 'lexical';
import type { PullQuoteItem } from '../../../renderer/editor/editor-outputs';
import { $isPullQuoteNode } from '../pull-quote-node';
import { $collectPullQuotes } from './pull-quote-actions';

/**
 * While the text is typed, pull-quotes are checked against it at most this
 * long after a change: quick enough to read as immediate, and never on every
 * keystroke of a long story.
 */
export const PULL_QUOTE_CHECK_DELAY_MS = 150;

/**
 * Keeps the list of pull-quotes and their verbatim status current. A change
 * to a pull-quote itself is reported at once; edits to the text are checked
 * on a short timer, and not at all while the story has no pull-quotes.
 */
export function registerPullQuoteCheck(
  editor: LexicalEditor,
  onItems: (items: PullQuoteItem[]) => void,
  delayMs = PULL_QUOTE_CHECK_DELAY_MS,
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let hasPullQuotes = false;

  const check = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const items = editor.getEditorState().read($collectPullQuotes);
    hasPullQuotes = items.length > 0;
    onItems(items);
  };

  check();
  const unregister = editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves }) => {
    if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
    const pullQuoteChanged = editorState.read(() => [...dirtyLeaves].some((key) => $isPullQuoteNode($getNodeByKey(key))));
    if (pullQuoteChanged) check();
    else if (hasPullQuotes && timer === null) timer = setTimeout(check, delayMs);
  });
  return () => {
    unregister();
    if (timer !== null) clearTimeout(timer);
  };
}
