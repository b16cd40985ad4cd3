/**
 * House rule 17 (docs/house-style-rules.md): a pull-quote must appear verbatim in the body,
 * ignoring typographic differences — straight or curly, single or double
 * quote marks; hyphen, en or em dash and the spaces around them; an ellipsis
 * or three dots; runs of whitespace; a space before punctuation; invisible
 * soft hyphens — and the quote marks or ellipsis wrapped round the pull-quote
 * itself. A sub-editor may also capitalise the first letter, and an ellipsis
 * inside the pull-quote stands for left-out words: the parts on either side
 * must appear in order, in one paragraph or the next (at most one paragraph
 * break between one part and the next). Anything else, including case, must
 * match, and each part must start and end on word boundaries.
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

/** A blank line between paragraphs in the body text (blocks are joined with "\n\n"). */
const PARAGRAPH_BREAK = /\n\s*\n/g;

function paragraphBreaks(text: string): number {
  return text.match(PARAGRAPH_BREAK)?.length ?? 0;
}

/** The part with its first letter in lower case: a capital at the start may stand for a small letter in the body. */
function uncapitalised(part: string): string | null {
  const first = part[0];
  if (first === undefined || first === first.toLowerCase()) return null;
  return first.toLowerCase() + part.slice(1);
}

export function createVerbatimIndex(bodyText: string): VerbatimIndex {
  const body = fold(bodyText);

  /** The first place at or after `from` where `part` stands between word boundaries, as folded offsets. */
  const findPart = (part: string, from: number): { at: number; end: number } | null => {
    const checkStart = isWordChar(part[0]);
    const checkEnd = isWordChar(part[part.length - 1]);
    let best: { at: number; end: number } | null = null;
    for (const form of [part, uncapitalised(part)]) {
      if (form === null) continue;
      for (let at = body.text.indexOf(form, from); at !== -1 && (best === null || at < best.at); at = body.text.indexOf(form, at + 1)) {
        const end = at + form.length;
        if (checkStart && isWordChar(body.text[at - 1])) continue;
        if (checkEnd && isWordChar(body.text[end])) continue;
        best = { at, end };
        break;
      }
    }
    return best;
  };

  /** The rest of the parts, in order after `from`, none more than one paragraph on from the one before; the end of the last. */
  const findRest = (parts: readonly string[], from: number): number | null => {
    let end = from;
    for (const part of parts) {
      const next = findPart(part, end);
      if (next === null) return null;
      const gap = bodyText.slice(originalOffset(body, end - 1, true), originalOffset(body, next.at, false));
      if (paragraphBreaks(gap) > 1) return null;
      end = next.end;
    }
    return end;
  };

  return {
    find(quote: string): VerbatimMatch {
      const parts = fold(quote)
        .text.replace(WRAPPING, '')
        .split('…')
        .map((part) => part.trim())
        .filter((part) => part !== '');
      const [first, ...rest] = parts;
      if (first === undefined) return { found: false };
      for (let start = findPart(first, 0); start !== null; start = findPart(first, start.at + 1)) {
        const end = findRest(rest, start.end);
        if (end !== null) return { found: true, from: originalOffset(body, start.at, false), to: originalOffset(body, end - 1, true) };
      }
      return { found: false };
    },
  };
}

/** One-off check; for several pull-quotes against the same body use createVerbatimIndex. */
export function findVerbatim(quote: string, bodyText: string): VerbatimMatch {
  return createVerbatimIndex(bodyText).find(quote);
}
