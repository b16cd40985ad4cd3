/**
 * HOUSE-STYLE rule 17: a pull-quote must appear verbatim in the body,
 * ignoring typographic differences — straight or curly, single or double
 * quote marks; hyphen, en or em dash and the spaces around them; an ellipsis
 * or three dots; runs of whitespace; a space before punctuation; invisible
 * soft hyphens — and the quote marks or ellipsis wrapped round the pull-quote
 * itself. Anything else, including case, must match, and the match must start
 * and end on word boundaries.
 *
 * Built for every keystroke: createVerbatimIndex folds the body once, then
 * each pull-quote is one substring search, mapped back to body offsets.
 */

export type VerbatimMatch = { found: true; from: number; to: number } | { found: false };

export interface VerbatimIndex {
  /** Where the pull-quote's words are in the body text, as offsets into the original body. */
  find(quote: string): VerbatimMatch;
}

const FOLD = new RegExp(
  [
    '(?<dash>\\s*[\\-‐‑‒–—―−]\\s*)',
    '(?<ellipsis>\\s*(?:…|\\.\\s?\\.\\s?\\.)\\s*)',
    "(?<quote>[\"`´‘’‚‛“”„‟′″])",
    '(?<gone>\\s+(?=[,.;:!?])|^\\s+|\\s+$|[\\u00AD\\u200B\\u2060])',
    '(?<space>\\s{2,}|[^\\S ])',
  ].join('|'),
  'gu',
);

const FOLDED_FORM = { dash: '-', ellipsis: '…', quote: "'", gone: '', space: ' ' } as const;
type FoldKind = keyof typeof FOLDED_FORM;
const FOLD_KINDS = Object.keys(FOLDED_FORM) as FoldKind[];

/** Quote marks and ellipses wrapped round a pull-quote, after folding. */
const WRAPPING = /^['… ]+|['… ]+$/g;

const WORD_CHAR = /[\p{L}\p{N}]/u;

interface Folded {
  text: string;
  /**
   * Each replaced stretch of the original: it spans [origFrom[i], origTo[i])
   * and became foldedLength[i] characters at foldedFrom[i]. Text between
   * replacements is unchanged.
   */
  origFrom: number[];
  origTo: number[];
  foldedFrom: number[];
  foldedLength: number[];
}

function fold(text: string): Folded {
  const parts: string[] = [];
  const folded: Folded = { text: '', origFrom: [], origTo: [], foldedFrom: [], foldedLength: [] };
  let copied = 0;
  let position = 0;
  FOLD.lastIndex = 0;
  for (let match = FOLD.exec(text); match !== null; match = FOLD.exec(text)) {
    const groups = match.groups as Record<FoldKind, string | undefined>;
    const replacement = FOLDED_FORM[FOLD_KINDS.find((kind) => groups[kind] !== undefined) as FoldKind];
    if (match[0] === replacement) continue;
    parts.push(text.slice(copied, match.index), replacement);
    position += match.index - copied;
    folded.origFrom.push(match.index);
    folded.origTo.push(match.index + match[0].length);
    folded.foldedFrom.push(position);
    folded.foldedLength.push(replacement.length);
    position += replacement.length;
    copied = match.index + match[0].length;
  }
  parts.push(text.slice(copied));
  folded.text = parts.join('');
  return folded;
}

/** The last replacement starting at or before folded offset `k`, or -1. */
function replacementAt(folded: Folded, k: number): number {
  let lo = 0;
  let hi = folded.foldedFrom.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((folded.foldedFrom[mid] as number) <= k) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The original offset of folded character `k`: its start, or its end when `end` is set. */
function originalOffset(folded: Folded, k: number, end: boolean): number {
  const i = replacementAt(folded, k);
  if (i < 0) return end ? k + 1 : k;
  const foldedFrom = folded.foldedFrom[i] as number;
  const foldedLength = folded.foldedLength[i] as number;
  const origTo = folded.origTo[i] as number;
  if (k < foldedFrom + foldedLength) return end ? origTo : (folded.origFrom[i] as number);
  return origTo + (k - foldedFrom - foldedLength) + (end ? 1 : 0);
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

export function createVerbatimIndex(bodyText: string): VerbatimIndex {
  const body = fold(bodyText);
  return {
    find(quote: string): VerbatimMatch {
      const needle = fold(quote).text.replace(WRAPPING, '');
      if (needle === '') return { found: false };
      const checkStart = isWordChar(needle[0]);
      const checkEnd = isWordChar(needle[needle.length - 1]);
      for (let at = body.text.indexOf(needle); at !== -1; at = body.text.indexOf(needle, at + 1)) {
        const end = at + needle.length;
        if (checkStart && isWordChar(body.text[at - 1])) continue;
        if (checkEnd && isWordChar(body.text[end])) continue;
        return { found: true, from: originalOffset(body, at, false), to: originalOffset(body, end - 1, true) };
      }
      return { found: false };
    },
  };
}

/** One-off check; for several pull-quotes against the same body use createVerbatimIndex. */
export function findVerbatim(quote: string, bodyText: string): VerbatimMatch {
  return createVerbatimIndex(bodyText).find(quote);
}
