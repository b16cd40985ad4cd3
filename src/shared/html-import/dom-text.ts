import { cleanText, collapseWhiteSpace } from './clean-text';
import { isElement, isText, type DomElement, type DomNode } from './dom-nodes';
import { BLOCK_ELEMENTS, DROPPED_ELEMENTS, EMBEDDED_ELEMENTS, isDroppedNamespace } from './html-elements';

/** Whether an element and everything in it is left out, whatever it holds. */
export function isDroppedElement(name: string): boolean {
  return DROPPED_ELEMENTS.has(name) || EMBEDDED_ELEMENTS.has(name) || isDroppedNamespace(name);
}

/**
 * The visible text under `node` as one line: white space collapsed, blocks
 * and line breaks separated by a space, dropped elements and comments left
 * out. Iterative, so no nesting depth can overflow the stack.
 */
export function plainTextOf(node: DomNode): string {
  const parts: string[] = [];
  const stack: DomNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as DomNode;
    if (isText(current)) {
      parts.push(current.data);
      continue;
    }
    if (!isElement(current) || isDroppedElement(current.name)) continue;
    if (current.name === 'br' || BLOCK_ELEMENTS.has(current.name)) parts.push(' ');
    for (let i = current.children.length - 1; i >= 0; i -= 1) stack.push(current.children[i] as DomNode);
  }
  return collapseWhiteSpace(cleanText(parts.join(''))).trim();
}

export function hasClass(element: DomElement, name: string): boolean {
  const classes = element.attribs.class;
  return classes !== undefined && classes.split(/\s+/).includes(name);
}

/** The first element under `root`, in document order, that `matches` (iterative). */
export function findElement(root: DomElement, matches: (element: DomElement) => boolean): DomElement | null {
  const stack: DomNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const current = stack.pop() as DomNode;
    if (!isElement(current)) continue;
    if (matches(current)) return current;
    for (let i = current.children.length - 1; i >= 0; i -= 1) stack.push(current.children[i] as DomNode);
  }
  return null;
}
