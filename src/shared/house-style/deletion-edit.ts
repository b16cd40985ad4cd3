import { isSentenceStart } from './block-text';
import type { LocalEdit } from './finding';

/**
 * The edit that deletes [from, to) from running text and leaves it reading
 * well: "we will, going forward, act" → "we will act"; "Going forward, we
 * act" → "We act"; "act going forward." → "act.".
 */
export function deletionEdit(text: string, from: number, to: number): LocalEdit {
  if (text.slice(from - 2, from) === ', ' && text[to] === ',') return { from: from - 2, to: to + 1, insert: '' };
  if (isSentenceStart(text, from)) {
    let next = to;
    while (next < text.length && (text[next] === ',' || text[next] === ' ')) next += 1;
    if (next < text.length && next > to) return { from, to: next + 1, insert: (text[next] as string).toUpperCase() };
  }
  if (text[from - 1] === ' ') return { from: from - 1, to, insert: '' };
  if (text[to] === ' ') return { from, to: to + 1, insert: '' };
  return { from, to, insert: '' };
}
