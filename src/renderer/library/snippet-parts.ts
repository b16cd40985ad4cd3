import { SNIPPET_MARK_END, SNIPPET_MARK_START } from '../../shared/story/story-constants';

export type SnippetPart = { text: string; marked: boolean };

/**
 * Splits a search snippet on the store's private-use markers into plain and
 * highlighted runs, so highlighting never needs HTML. Stray or unbalanced
 * markers are dropped rather than shown.
 */
export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let marked = false;
  let text = '';
  const push = () => {
    if (text === '') return;
    const last = parts[parts.length - 1];
    if (last !== undefined && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
    text = '';
  };
  for (const char of snippet) {
    if (char === SNIPPET_MARK_START || char === SNIPPET_MARK_END) {
      push();
      marked = char === SNIPPET_MARK_START;
    } else {
      text += char;
    }
  }
  push();
  return parts;
}
