/** Character classes the typography rules decide on. */

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/;

/** Brackets and dashes after which a quote mark opens a quotation. */
const OPENS_A_QUOTE = new Set(['(', '[', '{', '-', '‐', '–', '—']);

export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  // ASCII without a regular expression: most characters tested are.
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return WORD_CHAR.test(ch);
}

/** Whitespace, or the start or end of the text. */
export function isSpaceOrEdge(ch: string | undefined): boolean {
  return ch === undefined || SPACE.test(ch);
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** Whether a quote mark right after `ch` stands where a quotation opens. */
export function opensAQuote(ch: string | undefined): boolean {
  return isSpaceOrEdge(ch) || OPENS_A_QUOTE.has(ch as string);
}
