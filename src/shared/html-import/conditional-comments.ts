import { isComment, type DomNode } from './dom-nodes';

/*
 * Word's conditional comments (`<![if !supportLists]>…<![endif]>`, also
 * written `<!--[if !supportLists]-->…<!--[endif]-->`) wrap what Word shows
 * in place of what it cannot say in HTML.
 */
const CONDITIONAL_OPEN = /^\[if\s+([^\]]*)\]$/i;
const CONDITIONAL_CLOSE = /^\[endif\]$/i;

/** The condition of an opening conditional comment (`!supportLists`); '' for any other comment. */
export function conditionOf(comment: { data: string }): string {
  return (CONDITIONAL_OPEN.exec(comment.data.trim())?.[1] ?? '').trim();
}

/** Pairs each conditional-comment opener with its [endif], in one pass; null when there are no comments. */
export function matchConditionals(children: readonly DomNode[]): Map<number, number> | null {
  let matches: Map<number, number> | null = null;
  const open: number[] = [];
  for (let i = 0; i < children.length; i += 1) {
    const child = children[i] as DomNode;
    if (!isComment(child)) continue;
    const data = child.data.trim();
    if (CONDITIONAL_OPEN.test(data)) {
      open.push(i);
    } else if (CONDITIONAL_CLOSE.test(data) && open.length > 0) {
      matches ??= new Map();
      matches.set(open.pop() as number, i);
    }
  }
  return matches;
}
