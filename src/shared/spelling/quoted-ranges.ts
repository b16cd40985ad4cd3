import type { TextRange } from '../typography';

/**
 * The stretches of a text inside quotation marks, marks included: double,
 * curly (“…”) or straight ("…"), and the house's single curly ones (‘…’).
 * An opening mark without its closing one runs to the end of the text, as a
 * quotation running on into the next paragraph does.
 */
export function quotedRanges(text: string): TextRange[] {
  return [...doubleQuoted(text), ...singleQuoted(text)];
}

function doubleQuoted(text: string): TextRange[] {
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

/**
 * Single quotations, as the house writes them (‘…’). ‘ is never an
 * apostrophe, so it always opens one; ’ is also the apostrophe (it’s, the
 * MPs’ plans), so the quotation closes at the last ’ that is not inside a
 * word before the next ‘. A quotation closed by an apostrophe (‘Yes,’ said
 * the MPs’ leader) so reaches a few words too far: it only spares them the
 * grammar check. A ’ before the first ‘ is taken for an apostrophe, never
 * for the close of a quotation from an earlier paragraph.
 */
function singleQuoted(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  let from = text.indexOf('‘');
  while (from !== -1) {
    const next = text.indexOf('‘', from + 1);
    const end = next === -1 ? text.length : next;
    let close = -1;
    for (let i = end - 1; i > from && close === -1; i -= 1) if (text[i] === '’' && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? '')) close = i;
    ranges.push({ from, to: close === -1 ? end : close + 1 });
    from = next;
  }
  return ranges;
}

/** Whether [from, to) overlaps any of the ranges. */
export function overlapsAny(from: number, to: number, ranges: readonly TextRange[]): boolean {
  return ranges.some((range) => from < range.to && to > range.from);
}
