import { diffWords } from 'diff';
import { countWords } from '../text/word-count';

/** A stretch of text: in both versions, only in the newer one (added) or only in the older one (removed). */
export type TextPart = { text: string; change: 'same' | 'added' | 'removed' };

/** Below this share of words in common, an edited text reads better as one removed and one added. */
export const MIN_SHARED = 0.3;
/** Word diffs of long, very different texts give up here and show the text as replaced. */
const MAX_EDIT_LENGTH = 4_000;

/** A field's change word by word (or as replaced when little is shared); null when it is the same. */
export function compareField(older: string, newer: string): TextPart[] | null {
  if (older === newer) return null;
  return wordParts(older, newer) ?? replaced(older, newer);
}

export function replaced(older: string, newer: string): TextPart[] {
  return [
    ...(older === '' ? [] : [{ text: older, change: 'removed' as const }]),
    ...(newer === '' ? [] : [{ text: newer, change: 'added' as const }]),
  ];
}

/** A word-level diff, or null when the two texts share too little for one to read as an edit of the other. */
export function wordParts(older: string, newer: string): TextPart[] | null {
  const changes = diffWords(older, newer, { maxEditLength: MAX_EDIT_LENGTH });
  if (changes === undefined) return null;
  const parts: TextPart[] = changes.map((change) => ({
    text: change.value,
    change: change.added ? 'added' : change.removed ? 'removed' : 'same',
  }));
  const shared = parts.filter((part) => part.change === 'same').reduce((sum, part) => sum + countWords(part.text), 0);
  const longest = Math.max(countWords(older), countWords(newer));
  if (longest > 0 && older.trim() !== '' && newer.trim() !== '' && shared / longest < MIN_SHARED) return null;
  return parts;
}
