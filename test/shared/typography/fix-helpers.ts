import { expect } from 'vitest';
import { fixTypography, type TypographyChange, type TypographyOptions } from '../../../src/shared/typography';

/** Applies changes right to left, independently of the module's own applyChanges. */
export function applyRightToLeft(text: string, changes: readonly TypographyChange[]): string {
  let result = text;
  for (const change of [...changes].reverse()) {
    result = result.slice(0, change.from) + change.replacement + result.slice(change.to);
  }
  return result;
}

/**
 * Fixes `input`, checks the changes are exact (sorted, non-overlapping,
 * reproducing the text right to left) and that the result is a fixed point,
 * then returns the fixed text.
 */
export function fixed(input: string, options?: TypographyOptions): string {
  const result = fixTypography(input, options);
  for (let i = 1; i < result.changes.length; i += 1) {
    expect(result.changes[i]!.from).toBeGreaterThanOrEqual(result.changes[i - 1]!.to);
  }
  for (const change of result.changes) {
    expect(input.slice(change.from, change.to)).not.toBe(change.replacement);
  }
  expect(applyRightToLeft(input, result.changes)).toBe(result.text);
  expect(fixTypography(result.text, options).changes).toEqual([]);
  return result.text;
}
