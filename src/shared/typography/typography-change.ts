/** Which house typography rule (house rules 1–4, docs/house-style-rules.md) a change applies. */
export type TypographyRule = 'quotes' | 'apostrophe' | 'dash' | 'range' | 'ellipsis' | 'spaces';

/** A half-open range [from, to) of UTF-16 offsets into a text. */
export interface TextRange {
  from: number;
  to: number;
}

/**
 * One fix: replace text.slice(from, to) with `replacement`. Changes from one
 * call never overlap and come sorted by `from`, so the checker can offer each
 * as a one-click fix and applying all of them reproduces the fixed text.
 */
export interface TypographyChange extends TextRange {
  rule: TypographyRule;
  replacement: string;
}

/** The text with sorted, non-overlapping changes applied. */
export function applyChanges(text: string, changes: readonly TypographyChange[]): string {
  if (changes.length === 0) return text;
  const parts: string[] = [];
  let copied = 0;
  for (const change of changes) {
    parts.push(text.slice(copied, change.from), change.replacement);
    copied = change.to;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}

/**
 * Keeps non-overlapping changes, sorted by position; where two overlap the one
 * from the stronger rule wins (a spaced dash swallows the spaces around it, an
 * ellipsis the spaces between its dots).
 */
export function resolveOverlaps(changes: TypographyChange[]): TypographyChange[] {
  const sorted = changes.sort((a, b) => a.from - b.from || STRENGTH[b.rule] - STRENGTH[a.rule]);
  const kept: TypographyChange[] = [];
  for (const change of sorted) {
    const last = kept[kept.length - 1];
    if (last === undefined || change.from >= last.to) {
      kept.push(change);
    } else if (STRENGTH[change.rule] > STRENGTH[last.rule]) {
      kept[kept.length - 1] = change;
    }
  }
  return kept;
}

const STRENGTH: Record<TypographyRule, number> = {
  range: 3,
  dash: 3,
  ellipsis: 2,
  quotes: 2,
  apostrophe: 2,
  spaces: 1,
};
