/**
 * Parallel alternatives in rules files: "colo{r,rs,red}" stands for color,
 * colors and colored, and "colou{r,rs,red}" beside it for their fixes, in the
 * same order. Several brace groups expand as a product, the leftmost slowest:
 * "{£,$}#{bn,m}" is £#bn, £#m, $#bn, $#m.
 */
export function expandAlternatives(form: string): string[] {
  const open = form.indexOf('{');
  if (open === -1) {
    if (form.includes('}')) throw new Error(`“${form}” has a } without a {`);
    return [form];
  }
  const close = form.indexOf('}', open);
  if (close === -1) throw new Error(`“${form}” has a { without a }`);
  const inner = form.slice(open + 1, close);
  if (inner.includes('{')) throw new Error(`“${form}” nests braces, which is not supported`);
  const head = form.slice(0, open);
  const tails = expandAlternatives(form.slice(close + 1));
  const expanded: string[] = [];
  for (const choice of inner.split(',')) {
    for (const tail of tails) expanded.push(head + choice + tail);
  }
  return expanded;
}

/** Expands a form and its counterpart together; throws when they do not line up. */
export function expandInParallel(form: string, counterpart: string): Array<[string, string]> {
  const left = expandAlternatives(form);
  const right = expandAlternatives(counterpart);
  if (right.length === 1 && left.length > 1) return left.map((l) => [l, right[0] as string]);
  if (left.length !== right.length) {
    throw new Error(`“${form}” has ${left.length} alternatives but “${counterpart}” has ${right.length}`);
  }
  return left.map((l, i) => [l, right[i] as string]);
}
