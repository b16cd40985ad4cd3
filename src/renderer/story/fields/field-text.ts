import type { TextEdit } from '../../../shared/house-style';
import type { LengthTarget } from '../../../shared/house-style/length-target';
import { countWords } from '../../../shared/text/word-count';
import { fixTypography, typographyForKeystroke } from '../../../shared/typography';

/** One replacement in a field's text: [from, to) becomes `insert`. */
export type FieldEdit = { from: number; to: number; insert: string };

/** A one-line field (a headline): a line break becomes a space. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

/**
 * The house typography that a character just typed completes, as the
 * smallest edit of the field (the part of the shared keystroke rules' edit
 * that really changes), or null. `next` must be `previous` with one
 * character typed just before `caret`; anything else (a paste, a deletion,
 * undo) is left alone.
 */
export function typedTypography(previous: string, next: string, caret: number): (FieldEdit & { caretAfter: number }) | null {
  const oneMore = next.length === previous.length + 1 && caret >= 1 && next.slice(0, caret - 1) === previous.slice(0, caret - 1) && next.slice(caret) === previous.slice(caret - 1);
  if (!oneMore) return null;
  const edit = typographyForKeystroke(next, caret);
  if (edit === null) return null;
  let from = edit.from;
  let insert = edit.replacement;
  while (from < edit.to && insert !== '' && next[from] === insert[0]) {
    from += 1;
    insert = insert.slice(1);
  }
  return { from, to: edit.to, insert, caretAfter: edit.caretAfter };
}

/**
 * Pasted text as it goes into a field between `before` and `after`: made
 * typographic in the context around it (a quote opened before it nests
 * right), and one line for a one-line field.
 */
export function pastedText(before: string, pasted: string, after: string, singleLine: boolean): string {
  const text = singleLine ? oneLine(pasted) : pasted.replace(/\r\n?/g, '\n');
  const whole = before + text + after;
  const fixed = fixTypography(whole, { scope: { from: before.length, to: before.length + text.length } }).text;
  return fixed.slice(before.length, fixed.length - after.length);
}

/** Fix edits to one field as a single replacement, so applying them is one undo step. */
export function mergedEdit(text: string, edits: readonly Pick<TextEdit, 'from' | 'to' | 'insert'>[]): FieldEdit | null {
  if (edits.length === 0) return null;
  const sorted = [...edits].sort((a, b) => a.from - b.from);
  const from = sorted[0]!.from;
  const to = Math.max(...sorted.map((edit) => edit.to));
  let insert = '';
  let at = from;
  for (const edit of sorted) {
    insert += text.slice(at, edit.from) + edit.insert;
    at = edit.to;
  }
  return { from, to, insert: insert + text.slice(at, to) };
}

/** A field's length rules: the house target its meter counts towards (null: no meter), and what the store keeps at most. */
export type FieldLimit = {
  target: LengthTarget | null;
  /** Characters the store accepts; longer text stays on screen but is not saved. */
  storeMax: number;
  /** The count shows from the first character (a social text is written to fit), not only near the target. */
  countAlways?: boolean;
};

export type LengthState = {
  /** Shown once the text nears its target, or when it is too long to save. */
  shown: boolean;
  count: number;
  over: boolean;
  /** Why the text cannot be saved, when it is longer than the store accepts. */
  unsaved: string | null;
};

/** The meter appears from this share of the target. */
const NEAR = 0.8;

export function lengthState(text: string, limit: FieldLimit, label: string): LengthState {
  const { target } = limit;
  const count = target?.unit === 'words' ? countWords(text) : [...text].length;
  const unsaved =
    text.length > limit.storeMax
      ? `${label} is too long to save: at most ${limit.storeMax.toLocaleString('en-GB')} characters, and it has ${text.length.toLocaleString('en-GB')}. Shorten it and it saves; the rest of the story is saved as usual.`
      : null;
  const near = target !== null && (limit.countAlways === true || count >= target.max * NEAR);
  return { shown: near || unsaved !== null, count, over: target !== null && count > target.max, unsaved };
}

/** How a stretch is underlined: house style's by severity, then spelling and grammar's by category (house style wins where both are). */
type Severity = 'error' | 'warning' | 'suggestion' | 'spelling' | 'grammar';
const RANK: Record<Severity, number> = { error: 0, warning: 1, suggestion: 2, spelling: 3, grammar: 4 };

/** A stretch of a field's text and the worst severity (or spelling category) of the findings over it (null: none). */
export type MarkedSegment = { text: string; severity: Severity | null };

/** The text cut where findings start and end, each stretch marked with the worst finding over it. */
export function markedSegments(text: string, findings: readonly { from: number; to: number; severity: Severity }[]): MarkedSegment[] {
  const spans = findings.filter((f) => f.to > f.from && f.from < text.length);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((f) => [f.from, Math.min(f.to, text.length)])])].sort((a, b) => a - b);
  const segments: MarkedSegment[] = [];
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    let severity: Severity | null = null;
    for (const f of spans) {
      if (f.from <= from && f.to >= to && (severity === null || RANK[f.severity] < RANK[severity])) severity = f.severity;
    }
    const last = segments[segments.length - 1];
    if (last !== undefined && last.severity === severity) last.text += text.slice(from, to);
    else segments.push({ text: text.slice(from, to), severity });
  }
  return segments;
}
