import type { TextRange } from '../typography';

/**
 * The stretches of a text inside double quotation marks, curly (“…”) or
 * straight ("…"), marks included. Apostrophes and single quotes are not looked
 * at: they are too often an apostrophe to pair reliably. An opening mark
 * without its closing one runs to the end of the text, as a quotation
 * running on into the next paragraph does.
 */
export function quotedRanges(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  let open: { at: number; mark: string } | null = null;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (open === null) {
      if (ch === '“' || ch === '"') open = { at: i, mark: ch };
      else if (ch === '”') ranges.push({ from: 0, to: i + 1 }); // closes a quotation opened in an earlier paragraph
    } else if ((open.mark === '“' && ch === '”') || (open.mark === '"' && ch === '"')) {
      ranges.push({ from: open.at, to: i + 1 });
      open = null;
    }
  }
  if (open !== null) ranges.push({ from: open.at, to: text.length });
  return ranges;
}

/** Whether [from, to) overlaps any of the ranges. */
export function overlapsAny(from: number, to: number, ranges: readonly TextRange[]): boolean {
  return ranges.some((range) => from < range.to && to > range.from);
}
