import { isDigit, isWordChar } from './characters';
import { AFTER_RANGE_START, LINE_SPACE } from './dashes';
import type { TypographyOptions } from './fix-typography';
import { findProtectedRanges, mergeRanges, protectedTest, type ProtectedTest } from './protected-ranges';
import { decideQuotes } from './quotes';
import { applyChanges, resolveOverlaps, type TypographyChange, type TypographyRule } from './typography-change';

/** One edit to the block text: replace [from, to) and put the caret at caretAfter. */
export interface TypographyEdit {
  from: number;
  to: number;
  replacement: string;
  caretAfter: number;
  rules: TypographyRule[];
}

export type KeystrokeOptions = Pick<TypographyOptions, 'openQuoteDepth' | 'protectedRanges'>;

/** How far back the keystroke rules look; every pattern they complete is shorter. */
const LOOK_BACK = 64;

/** Stands in for the rest of a link being typed, so the link counts as protected up to the caret. */
const LINK_CONTINUES = 'x';

/** Only marks this code puts there are judged again; a straight mark left by undo stays. */
const CURLY_QUOTES = '‘’“”';

const SPACED_DASH = new RegExp(
  `(?<=\\S)(?:${LINE_SPACE}+(?:-{1,3}|[–—])${LINE_SPACE}+|${LINE_SPACE}+(?:-{2,3}|—)|(?:-{2,3}|—)${LINE_SPACE}+)$`,
  'u',
);
const SPACED_RANGE_DASH = new RegExp(`${AFTER_RANGE_START}${LINE_SPACE}+[-–]${LINE_SPACE}+$`, 'u');
const SPACES_AT_END = /(?<=\S)[ \u00A0]+$/;
const SPACES_BEFORE_FULL_STOP = /(?<=[^\s.])[ \u00A0]+\.$/;
const ELIDED_WORD = /(?<![\p{L}\p{N}])[‘“](?:tis|twas|em)$/iu;
const ELIDED_N = /(?<![\p{L}\p{N}])[‘“]n$/iu;
const DECADE = /(?<![\p{L}\p{N}])[‘“]\d0$/u;

interface Keystroke {
  blockText: string;
  caret: number;
  /** Offset of the character just typed. */
  at: number;
  typed: string;
  /** Up to LOOK_BACK characters before the typed one, starting at `start`. */
  before: string;
  start: number;
  guard: () => ProtectedTest;
  options: KeystrokeOptions;
}

/**
 * As-you-type house typography for the editor. `blockText` is the text of the
 * current block with the character just typed at `caret - 1`. Returns the one
 * edit that completes what that character finished, or null:
 * - " and ' become the house mark for the nesting and context (‘ “ ” ’);
 *   a mark that turns out to be an elision (’tis, ’em, ’90s, ’n’) is turned
 *   round when the word is complete; 5'10" is left alone;
 * - "--" becomes —; a spaced hyphen or en/em dash closes up to — when the
 *   next character arrives (a spaced hyphen between figures becomes –);
 * - "..." becomes …;
 * - a second space is dropped; spaces before , ; : ! ? go when the mark is
 *   typed, and before a full stop once the next character shows it is not an
 *   ellipsis, ".5" or ".NET".
 * Never inside code, links or email addresses. The edit always ends at the caret.
 */
export function typographyForKeystroke(
  blockText: string,
  caret: number,
  options: KeystrokeOptions = {},
): TypographyEdit | null {
  if (caret < 1 || caret > blockText.length) return null;
  const at = caret - 1;
  const start = Math.max(0, at - LOOK_BACK);
  let guard: ProtectedTest | undefined;
  const key: Keystroke = {
    blockText,
    caret,
    at,
    typed: blockText[at] as string,
    before: blockText.slice(start, at),
    start,
    options,
    // Code and links in the block, plus a link still being typed up to the caret.
    guard: () =>
      (guard ??= protectedTest(
        mergeRanges(
          findProtectedRanges(blockText),
          findProtectedRanges(blockText.slice(0, caret) + LINK_CONTINUES),
          options.protectedRanges ?? [],
        ),
      )),
  };
  const candidates = [...quoteChanges(key), ...typedSequenceChanges(key), ...completedChanges(key)];
  if (candidates.length === 0) return null;
  const changes = resolveOverlaps(candidates.filter((c) => !key.guard().overlaps(c.from, c.to)));
  const first = changes[0];
  if (first === undefined) return null;
  const from = first.from;
  const local = changes.map((c) => ({ ...c, from: c.from - from, to: c.to - from }));
  const replacement = applyChanges(blockText.slice(from, caret), local);
  return {
    from,
    to: caret,
    replacement,
    caretAfter: from + replacement.length,
    rules: [...new Set(changes.map((c) => c.rule))],
  };
}

/**
 * The typed quote mark, and the curly mark typed just before it judged again
 * now that what follows is known: after a dash, ‘ followed by a space was a
 * closing mark (going to—’); ’ followed by a space closes a double quotation.
 */
function quoteChanges(key: Keystroke): TypographyChange[] {
  const { blockText, at, typed } = key;
  const previous = blockText[at - 1];
  const typedQuote = typed === '"' || typed === "'";
  if (!typedQuote && (previous === undefined || !CURLY_QUOTES.includes(previous))) return [];
  const changes: TypographyChange[] = [];
  const decisions = decideQuotes(blockText, {
    isProtected: key.guard().covers,
    openQuoteDepth: key.options.openQuoteDepth,
    typedAt: at,
    typedFrom: at - 1,
  });
  for (const decision of decisions) {
    if (decision.index < at - 1 || decision.glyph === decision.char) continue;
    if (decision.index === at - 1 && !CURLY_QUOTES.includes(decision.char)) continue;
    const rule = decision.role === 'apostrophe' ? 'apostrophe' : 'quotes';
    changes.push({ rule, from: decision.index, to: decision.index + 1, replacement: decision.glyph });
  }
  if (typed === "'" && ELIDED_N.test(key.before)) {
    changes.push({ rule: 'apostrophe', from: at - 2, to: at - 1, replacement: '’' });
  }
  return changes;
}

/** Sequences the typed character completes: --, ..., a doubled space. */
function typedSequenceChanges(key: Keystroke): TypographyChange[] {
  const { blockText, caret, at, typed, before } = key;
  if (typed === '-' && before.endsWith('-') && !before.endsWith('--')) {
    return [{ rule: 'dash', from: at - 1, to: caret, replacement: '—' }];
  }
  if (typed === '.' && before.endsWith('..') && !before.endsWith('...')) {
    return [{ rule: 'ellipsis', from: at - 2, to: caret, replacement: '…' }];
  }
  if (typed === ' ' || typed === '\u00A0') {
    const next = blockText[caret];
    if (/[ \u00A0]$/.test(before) || next === ' ' || next === '\u00A0') {
      return [{ rule: 'spaces', from: at, to: caret, replacement: '' }];
    }
  }
  return [];
}

/** Fixes to the text before the typed character that it shows were finished. */
function completedChanges(key: Keystroke): TypographyChange[] {
  const { typed, before, start } = key;
  const changes: TypographyChange[] = [];
  const change = (rule: TypographyRule, from: number, to: number, replacement: string) =>
    changes.push({ rule, from: start + from, to: start + to, replacement });

  if (!/\s/.test(typed)) {
    const dash = SPACED_DASH.exec(before);
    if (dash !== null) {
      const range = (isDigit(typed) || '£$€'.includes(typed)) && SPACED_RANGE_DASH.test(before);
      change(range ? 'range' : 'dash', dash.index, before.length, range ? '–' : '—');
    } else if (',;:!?'.includes(typed)) {
      const spaces = SPACES_AT_END.exec(before);
      if (spaces !== null) change('spaces', spaces.index, before.length, '');
    }
  }
  if (typed !== '.' && !isWordChar(typed)) {
    const spaces = SPACES_BEFORE_FULL_STOP.exec(before);
    if (spaces !== null) change('spaces', spaces.index, before.length - 1, '');
    const elided = ELIDED_WORD.exec(before);
    if (elided !== null) change('apostrophe', elided.index, elided.index + 1, '’');
  }
  if (typed === 's') {
    const decade = DECADE.exec(before);
    if (decade !== null) change('apostrophe', decade.index, decade.index + 1, '’');
  }
  return changes;
}
