import { isDigit, isSpaceOrEdge, isWordChar, opensAQuote } from './characters';
import type { TypographyChange } from './typography-change';

/**
 * House rule 1 (docs/house-style-rules.md). Quote marks are re-nested by structure, whatever was
 * typed or pasted: level 1 is single (‘ ’), level 2 double (“ ”), level 3
 * single again. Apostrophes (don’t, the NHS’s, ICBs’, ’90s, rock ’n’ roll)
 * are ’. Feet and inches after a digit (5'10") are left alone.
 *
 * Two passes over the marks only: the first reads each mark's surroundings,
 * the second pairs openers with closers on a stack, which a blank line
 * (a new paragraph) empties.
 */

type QuoteKind = 'single' | 'double';

/** Where a mark stands: before a word, after one, between two, or on its own. */
type QuotePosition = 'open' | 'close' | 'inner' | 'alone';

export type QuoteRole = 'open' | 'close' | 'apostrophe' | 'keep';

interface QuoteMark {
  index: number;
  char: string;
  kind: QuoteKind;
  position: QuotePosition;
  /** Right after a digit and before no word character: feet, inches, or a quote closing on a number. */
  measurement: boolean;
  /** Right after an s: a closer or a plural possessive (ICBs’). */
  afterS: boolean;
  /** Settled by the text around it, whatever the nesting. */
  forced: 'apostrophe' | 'keep' | null;
  /** Just typed: closes the innermost quotation whichever kind of mark it is. */
  typed: boolean;
  /** A single mark that ends a passage rather than a word (know.’ or know’ followed by a space). */
  endsPassage: boolean;
}

const PARAGRAPH = 'paragraph';
type QuoteToken = QuoteMark | typeof PARAGRAPH;

export interface QuoteDecision {
  index: number;
  char: string;
  role: QuoteRole;
  /** The house mark; the original character when the role is 'keep'. */
  glyph: string;
}

export interface QuoteOptions {
  /** Whether the character at an offset is code, a link or an address (see protected-ranges). */
  isProtected: (index: number) => boolean;
  /** Quotations open where the text starts (e.g. pasting inside one); the first blank line closes them. */
  openQuoteDepth?: number;
  /**
   * The offset of the mark just typed. If nothing follows it yet, it is
   * judged by what precedes it alone.
   */
  typedAt?: number;
  /**
   * Marks from this offset up to typedAt were just typed. Once house marks
   * replace what was typed, the typed kind is lost (‘ may have been typed as
   * "), so these marks close the innermost quotation whatever their kind:
   * typing "He said 'no'" gives ‘He said “no”’.
   */
  typedFrom?: number;
}

const MARK_OR_PARAGRAPH = /["'“”‘’]|\r?\n[ \t\u00A0]*\r?\n/g;

/** Elisions that take a right quote at the start of a word: ’tis, ’twas, ’em, ’90s, ’n’. */
const ELISION = /['‘’](?:(?:tis|twas|em)(?![\p{L}\p{N}])|\d0s(?![\p{L}\p{N}])|n(['‘’])?(?![\p{L}\p{N}]))/iuy;

/** The inches mark of 5'10". */
const INCHES = /(?<=\d['’′]\d+(?:\.\d+)?)["”″]/y;

/** The house quote-mark decisions for every mark in `text` outside protected ranges. */
export function decideQuotes(text: string, options: QuoteOptions): QuoteDecision[] {
  const tokens = readMarks(text, options);
  const decisions: QuoteDecision[] = [];
  let stack = initialStack(options.openQuoteDepth ?? 0);
  for (let t = 0; t < tokens.length; t += 1) {
    const token = tokens[t] as QuoteToken;
    if (token === PARAGRAPH) {
      stack = [];
      continue;
    }
    decisions.push(decide(token, stack, tokens, t));
  }
  return decisions;
}

/** Quote and apostrophe fixes for `text` (rule 1). */
export function findQuoteChanges(text: string, options: QuoteOptions): TypographyChange[] {
  const changes: TypographyChange[] = [];
  for (const decision of decideQuotes(text, options)) {
    if (decision.glyph === decision.char) continue;
    changes.push({
      rule: decision.role === 'apostrophe' ? 'apostrophe' : 'quotes',
      from: decision.index,
      to: decision.index + 1,
      replacement: decision.glyph,
    });
  }
  return changes;
}

function readMarks(text: string, options: QuoteOptions): QuoteToken[] {
  const tokens: QuoteToken[] = [];
  let previous: QuoteMark | null = null;
  let apostropheAt = -1;
  MARK_OR_PARAGRAPH.lastIndex = 0;
  for (let match = MARK_OR_PARAGRAPH.exec(text); match !== null; match = MARK_OR_PARAGRAPH.exec(text)) {
    const index = match.index;
    if (options.isProtected(index)) continue;
    const char = match[0];
    if (char.length > 1) {
      tokens.push(PARAGRAPH);
      previous = null;
      continue;
    }
    const before = text[index - 1];
    const after = text[index + 1];
    const kind: QuoteKind = char === '"' || char === '“' || char === '”' ? 'double' : 'single';
    // A mark right after an opening mark opens too ('"Hello), after a closing one it closes.
    const opens = previous !== null && previous.index === index - 1 ? previous.position === 'open' : opensAQuote(before);

    const typedAtEnd = index === options.typedAt && after === undefined;
    let position: QuotePosition;
    if (typedAtEnd) position = opens ? 'open' : 'close';
    else if (isWordChar(before) && isWordChar(after)) position = 'inner';
    else if (opens) position = isSpaceOrEdge(after) ? 'alone' : 'open';
    else position = 'close';

    let forced: QuoteMark['forced'] = null;
    if (index === apostropheAt) {
      forced = 'apostrophe';
    } else if (kind === 'single' && !isWordChar(before)) {
      ELISION.lastIndex = index;
      const elision = ELISION.exec(text);
      if (elision !== null) {
        forced = 'apostrophe';
        if (elision[1] !== undefined) apostropheAt = index + 2;
      }
    }
    if (forced === null && isDigit(before)) {
      if (kind === 'single' && isDigit(after)) forced = 'keep';
      INCHES.lastIndex = index;
      if (kind === 'double' && INCHES.test(text)) forced = 'keep';
    }

    const mark: QuoteMark = {
      index,
      char,
      kind,
      position,
      measurement: isDigit(before) && !isWordChar(after),
      afterS: before === 's' || before === 'S',
      forced,
      typed: index >= (options.typedFrom ?? Infinity) && index <= (options.typedAt ?? -1),
      endsPassage: before !== 's' && before !== 'S' && !isWordChar(typedAtEnd ? before : after),
    };
    tokens.push(mark);
    previous = mark;
  }
  return tokens;
}

function initialStack(depth: number): QuoteKind[] {
  const stack: QuoteKind[] = [];
  for (let level = 1; level <= depth; level += 1) stack.push(level % 2 === 1 ? 'single' : 'double');
  return stack;
}

function decide(mark: QuoteMark, stack: QuoteKind[], tokens: readonly QuoteToken[], t: number): QuoteDecision {
  if (mark.forced === 'keep') return keep(mark);
  if (mark.forced === 'apostrophe') return apostrophe(mark);
  if (mark.measurement && stack.length === 0) return keep(mark);
  const top = stack[stack.length - 1];

  if (mark.kind === 'double') {
    switch (mark.position) {
      case 'open':
        return open(mark, stack);
      case 'close':
        return close(mark, stack);
      case 'alone':
        return stack.length === 0 ? keep(mark) : close(mark, stack);
      case 'inner':
        // said"Hello: trust a curly mark's direction, else close only what is open.
        if (mark.char === '“') return open(mark, stack);
        if (mark.char === '”' || stack.length > 0) return close(mark, stack);
        return open(mark, stack);
    }
  }

  switch (mark.position) {
    case 'inner':
      // don't, the NHS's; but a curly ‘ is trusted to open (said‘Hello’).
      return mark.char === '‘' ? open(mark, stack) : apostrophe(mark);
    case 'open':
      return open(mark, stack);
    case 'alone':
      return top === 'single' ? close(mark, stack) : keep(mark);
    case 'close':
      if (top === 'double' && mark.typed && mark.endsPassage) return close(mark, stack);
      if (top !== 'single') return apostrophe(mark);
      return mark.afterS && closedLater(tokens, t) ? apostrophe(mark) : close(mark, stack);
  }
}

function keep(mark: QuoteMark): QuoteDecision {
  return { index: mark.index, char: mark.char, role: 'keep', glyph: mark.char };
}

function apostrophe(mark: QuoteMark): QuoteDecision {
  return { index: mark.index, char: mark.char, role: 'apostrophe', glyph: '’' };
}

function open(mark: QuoteMark, stack: QuoteKind[]): QuoteDecision {
  stack.push(mark.kind);
  return { index: mark.index, char: mark.char, role: 'open', glyph: glyph(stack.length, true) };
}

/** Closes the innermost quotation, or for a pasted double mark the innermost double one. */
function close(mark: QuoteMark, stack: QuoteKind[]): QuoteDecision {
  const matching = mark.kind === 'double' && !mark.typed ? stack.lastIndexOf('double') : -1;
  const level = matching >= 0 ? matching + 1 : Math.max(stack.length, 1);
  stack.length = level - 1;
  return { index: mark.index, char: mark.char, role: 'close', glyph: glyph(level, false) };
}

/**
 * For ’ after an s inside a single-quoted passage (‘The ICBs’ plans,’ she
 * said): whether a later mark in the paragraph closes the passage, which makes
 * this one a plural possessive.
 */
function closedLater(tokens: readonly QuoteToken[], t: number): boolean {
  let nested = 0;
  for (let k = t + 1; k < tokens.length; k += 1) {
    const next = tokens[k] as QuoteToken;
    if (next === PARAGRAPH) return false;
    if (next.forced !== null || next.position === 'inner') continue;
    if (next.kind === 'double') {
      if (next.position === 'open') nested += 1;
      else if (nested > 0) nested -= 1;
      else return false;
    } else if (next.position === 'open') {
      return false;
    } else if (nested === 0) {
      return true;
    }
  }
  return false;
}

function glyph(level: number, opening: boolean): string {
  const single = level % 2 === 1;
  if (opening) return single ? '‘' : '“';
  return single ? '’' : '”';
}
