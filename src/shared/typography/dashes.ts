import type { TypographyChange } from './typography-change';

/** Horizontal space on one line (a dash never closes up across a line break). */
export const LINE_SPACE = '[ \\t\\u00A0]';

/** One end of a numeric range: 2024, 10.30, 1,000, £5m, 10am, 1990s, 35%. */
const RANGE_END = '[£$€]?\\d+(?:[.,:]\\d+)*(?:bn|m|k|am|pm|s|%)?';

/**
 * Lookbehind: a range starts right here. Nothing word-like, no sign and no
 * earlier hyphenated number before it, so "-5" and the middle of 2026-11-26
 * or 0800-123-456 are not ranges.
 */
export const AFTER_RANGE_START = `(?<=(?<![\\p{L}\\p{N}\\-–.,:/£$€])${RANGE_END})`;

/** Lookahead: a range ends here, not followed by another hyphenated number. */
const BEFORE_RANGE_END = `(?=${RANGE_END}(?![\\p{L}\\p{N}]|[\\-–.,:/]\\d))`;

const EM_DASH_LIKE = '(?:-{2,3}|—)';

/**
 * House rule 2 (docs/house-style-rules.md) in one pass. The leading lookahead skips most positions
 * before the lookbehinds run.
 */
const DASHES = new RegExp(
  '(?=[\\-–—\\t \\u00A0])(?:' +
    // 2024-25, 10 - 12, 10am–2pm: a closed-up en dash.
    `(?<range>${AFTER_RANGE_START}(?:${LINE_SPACE}+[-–]${LINE_SPACE}+|[-–])${BEFORE_RANGE_END})` +
    // trusts - and, trusts -- and, trusts – and, trusts — and, trusts —and: a closed-up em dash.
    `|(?<=\\S)(?:${LINE_SPACE}+(?:-{1,3}|[–—])${LINE_SPACE}+|${LINE_SPACE}+${EM_DASH_LIKE}|${EM_DASH_LIKE}${LINE_SPACE}+)(?=\\S)` +
    // -- or --- typed anywhere else.
    '|(?<!-)-{2,3}(?!-))',
  'gu',
);

/**
 * Dashes (rule 2): spaced hyphens, doubled hyphens and spaced en or em dashes
 * become a closed-up em dash; numeric ranges take a closed-up en dash.
 * Hyphenated words, negative numbers, ISO dates, a leading "- " (a list) and
 * "pre- and post-war" are left alone.
 */
export function findDashChanges(text: string): TypographyChange[] {
  const changes: TypographyChange[] = [];
  DASHES.lastIndex = 0;
  for (let match = DASHES.exec(text); match !== null; match = DASHES.exec(text)) {
    const isRange = match.groups?.range !== undefined;
    const replacement = isRange ? '–' : '—';
    if (match[0] === replacement) continue;
    changes.push({
      rule: isRange ? 'range' : 'dash',
      from: match.index,
      to: match.index + match[0].length,
      replacement,
    });
  }
  return changes;
}
