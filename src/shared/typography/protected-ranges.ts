import type { TextRange } from './typography-change';

/** Characters that end a link: spaces, angle brackets, quote marks and typeset dashes or ellipses. */
const LINK_BODY = '[^\\s<>"“”‘’«»—–…]';

const CODE = /```[\s\S]*?```|`[^`\n]+`/g;

/** http(s)://, ftp://, mailto: or www. links, and domain/path ones (example.co.uk/news). */
const LINK = new RegExp(
  `\\b(?:https?:\\/\\/|ftp:\\/\\/|mailto:|www\\.)${LINK_BODY}+|\\b[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}\\/${LINK_BODY}*`,
  'gi',
);

/** The local part of an address, ending at its @, and the domain starting at it. */
const LOCAL_PART = /[\p{L}\p{N}._%+'’-]+$/u;
const LOCAL_PART_START = /^[^\p{L}\p{N}]+/u;
const DOMAIN = /@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/uy;
const LONGEST_LOCAL_PART = 64;

/** Sentence punctuation that usually follows a link rather than belonging to it. */
const TRAILING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', "'", ')', ']']);

/**
 * The ranges of `text` that are code spans (`…` or ```…```), links and email
 * addresses — text the typography rules and the checker never touch
 * (a hard case in docs/house-style-rules.md) — sorted and merged.
 */
export function findProtectedRanges(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  CODE.lastIndex = 0;
  for (let match = CODE.exec(text); match !== null; match = CODE.exec(text)) {
    ranges.push({ from: match.index, to: match.index + match[0].length });
  }
  LINK.lastIndex = 0;
  for (let match = LINK.exec(text); match !== null; match = LINK.exec(text)) {
    ranges.push({ from: match.index, to: match.index + linkLength(match[0]) });
  }
  // Addresses are found from their @, which keeps the scan of ordinary prose cheap.
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    const address = emailAround(text, at);
    if (address !== null) ranges.push(address);
  }
  return mergeRanges(ranges);
}

function emailAround(text: string, at: number): TextRange | null {
  const local = LOCAL_PART.exec(text.slice(Math.max(0, at - LONGEST_LOCAL_PART), at));
  if (local === null) return null;
  const lead = LOCAL_PART_START.exec(local[0])?.[0].length ?? 0;
  if (lead === local[0].length) return null;
  DOMAIN.lastIndex = at;
  const domain = DOMAIN.exec(text);
  if (domain === null) return null;
  return { from: at - local[0].length + lead, to: at + domain[0].length };
}

/** A link's length without the sentence punctuation after it; a closing bracket stays if the link opened one. */
function linkLength(link: string): number {
  let end = link.length;
  while (end > 0 && TRAILING_PUNCTUATION.has(link[end - 1] as string)) {
    if (link[end - 1] === ')' && count(link, '(', end) >= count(link, ')', end)) break;
    end -= 1;
  }
  return end;
}

function count(text: string, ch: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1 && i < end; i = text.indexOf(ch, i + 1)) n += 1;
  return n;
}

/** Sorted, merged ranges from any number of lists. */
export function mergeRanges(...lists: ReadonlyArray<readonly TextRange[]>): TextRange[] {
  const all = lists.flat().filter((r) => r.to > r.from);
  all.sort((a, b) => a.from - b.from);
  const merged: TextRange[] = [];
  for (const range of all) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range.from <= last.to) last.to = Math.max(last.to, range.to);
    else merged.push({ from: range.from, to: range.to });
  }
  return merged;
}

export interface ProtectedTest {
  /** Whether the character at `index` is protected. */
  covers(index: number): boolean;
  /** Whether any character in [from, to) is protected. */
  overlaps(from: number, to: number): boolean;
}

/** Fast look-ups (binary search) against sorted, merged ranges. */
export function protectedTest(ranges: readonly TextRange[]): ProtectedTest {
  const overlaps = (from: number, to: number): boolean => {
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((ranges[mid] as TextRange).to <= from) lo = mid + 1;
      else hi = mid;
    }
    const candidate = ranges[lo];
    return candidate !== undefined && candidate.from < to;
  };
  return { overlaps, covers: (index) => overlaps(index, index + 1) };
}
