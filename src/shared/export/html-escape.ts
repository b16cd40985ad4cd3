/**
 * Escaping for the exporter. Each function scans the string once by char
 * code against a precomputed table and returns the same string when nothing
 * needs changing, which is the common case for prose.
 */

const KEEP = 0;
const DROP = 1;
const AMP = 2;
const LT = 3;
const GT = 4;
const QUOT = 5;
const SPACE = 6;
const REPLACEMENTS = ['', '', '&amp;', '&lt;', '&gt;', '&quot;', ' '];

/** Covers U+0000–U+009F; everything above passes except surrogates, checked separately. */
const TABLE_SIZE = 0xa0;

function buildTable(markup: 'text' | 'attribute' | 'none'): Uint8Array {
  const table = new Uint8Array(TABLE_SIZE);
  // C0 controls except tab, DEL and C1 controls are parse errors in HTML.
  for (let c = 0; c < 0x20; c += 1) table[c] = DROP;
  for (let c = 0x7f; c < TABLE_SIZE; c += 1) table[c] = DROP;
  table[0x09] = KEEP;
  table[0x0a] = markup === 'none' ? KEEP : SPACE;
  if (markup !== 'none') {
    table[0x26] = AMP;
    table[0x3c] = LT;
    table[0x3e] = GT;
  }
  if (markup === 'attribute') table[0x22] = QUOT;
  return table;
}

const TEXT_TABLE = buildTable('text');
const ATTRIBUTE_TABLE = buildTable('attribute');
const CLEAN_TABLE = buildTable('none');

function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}

function rewrite(table: Uint8Array, s: string): string {
  const n = s.length;
  let i = 0;
  for (; i < n; i += 1) {
    const c = s.charCodeAt(i);
    if (c < TABLE_SIZE ? table[c] !== KEEP : isSurrogate(c)) break;
  }
  if (i === n) return s;
  let out = '';
  let start = 0;
  for (; i < n; i += 1) {
    const c = s.charCodeAt(i);
    if (c < TABLE_SIZE) {
      const kind = table[c]!;
      if (kind === KEEP) continue;
      out += s.slice(start, i) + REPLACEMENTS[kind];
      start = i + 1;
    } else if (isSurrogate(c)) {
      if (c <= 0xdbff && i + 1 < n) {
        const next = s.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          i += 1;
          continue;
        }
      }
      // A lone surrogate cannot be encoded as UTF-8.
      out += s.slice(start, i) + '\uFFFD';
      start = i + 1;
    }
  }
  return out + s.slice(start);
}

/** Text content: & < > escaped, controls removed, newlines as spaces. */
export function escapeText(s: string): string {
  return rewrite(TEXT_TABLE, s);
}

/** A double-quoted attribute value: as escapeText, and " escaped too. */
export function escapeAttribute(s: string): string {
  return rewrite(ATTRIBUTE_TABLE, s);
}

/** Plain text for places that are not HTML (JSON-LD): controls removed, nothing escaped. */
export function cleanText(s: string): string {
  return rewrite(CLEAN_TABLE, s);
}

/** One line of plain text: white space runs (newlines included) as one space, trimmed. */
export function oneLine(s: string): string {
  return cleanText(s).replace(/\s+/g, ' ').trim();
}

/** Whether the text has anything a reader would see. */
export function hasVisibleText(s: string): boolean {
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c > 0x20 && c !== 0xa0 && !(c >= 0x7f && c < TABLE_SIZE)) return true;
  }
  return false;
}
