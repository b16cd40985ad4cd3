import { isElement, isText, type DomElement, type DomNode, type DomParent } from '../../shared/html-import/dom-nodes';
import { cleanText, collapseWhiteSpace } from '../../shared/html-import/clean-text';
import { hasClass, isDroppedElement, plainTextOf } from '../../shared/html-import/dom-text';
import { typesetText } from '../../shared/html-import/typeset-text';
import type { InlineRead, NodePageReader } from '../node-definition';
import { FOOTNOTE_BACK_CLASS, FOOTNOTES_CLASS } from './footnote-names';
import { footnoteNode } from './footnote-schema';

/**
 * Links that name a note even when the note is not there: ours (`#cd-fn-1`)
 * and Word's through mammoth (`#footnote-1`, `#endnote-1`). WordPress marks
 * its references `sup.fn` instead.
 */
const NOTE_HREF = /^#(?:cd-fn|footnote|endnote)-\d+$/;
const WORDPRESS_REFERENCE_CLASS = 'fn';

type Reference = { link: DomElement; target: string };

/**
 * Footnotes as our export writes them (`sup.cd-footnote-ref` and
 * `section.cd-footnotes`), as mammoth writes Word's (`sup > a[href=#footnote-1]`
 * and an `ol` of `li#footnote-1` at the end) and as WordPress's footnotes
 * block does (`sup.fn` and `ol.wp-block-footnotes`): a reference is a `sup`
 * holding one link to a list item of the page. The lists of notes stay out of
 * the body; a reference whose note is missing is kept as text, with a warning.
 */
export function readFootnotePage(page: DomParent, typography: boolean): NodePageReader | null {
  const items = new Map<string, DomElement>();
  const references = new Map<DomElement, Reference>();
  for (const element of elementsOf(page)) {
    if (element.name === 'li' && element.attribs.id !== undefined) items.set(element.attribs.id, element);
    if (element.name !== 'sup') continue;
    const reference = referenceIn(element);
    if (reference !== null) references.set(element, reference);
  }
  const found = [...references].filter(([sup, { target }]) => items.has(target) || NOTE_HREF.test(`#${target}`) || hasClass(sup, WORDPRESS_REFERENCE_CLASS));
  if (found.length === 0) return null;
  const notes = new Set(found.flatMap(([, { target }]) => items.get(target) ?? []));
  const leftOut = notesLists(notes);
  const typeset = typography ? typesetText : (text: string) => text;
  const known = new Map(found);

  return {
    leavesOut: (element) => leftOut.has(element),
    readInline: (element): InlineRead | null => {
      const reference = known.get(element);
      if (reference === undefined) return null;
      const item = items.get(reference.target);
      // The way back names the reference's link (ours, Word's, WordPress's) or the sup round it (Wikipedia's).
      const text = item === undefined ? '' : noteText(item, reference.link.attribs.id ?? element.attribs.id);
      if (text !== '') return { node: footnoteNode(typeset(text)) };
      const mark = plainTextOf(element);
      return { text: mark, warning: 'footnote-without-note', subject: mark };
    },
  };
}

/** The link a `sup` holds as its only content, pointing within the page; null when it holds anything else. */
function referenceIn(sup: DomElement): Reference | null {
  const children = sup.children.filter((child) => !(isText(child) && child.data.trim() === ''));
  const link = children[0];
  if (children.length !== 1 || link === undefined || !isElement(link) || link.name !== 'a') return null;
  const href = link.attribs.href ?? '';
  return href.startsWith('#') && href.length > 1 ? { link, target: href.slice(1) } : null;
}

/** The lists that hold nothing but notes (with our section round them), and each note itself. */
function notesLists(notes: ReadonlySet<DomElement>): Set<DomElement> {
  const leftOut = new Set<DomElement>(notes);
  for (const note of notes) {
    const list = note.parent;
    if (list === null || !isElement(list as DomNode) || !['ol', 'ul'].includes((list as DomElement).name)) continue;
    const listElement = list as DomElement;
    if (!listElement.children.every((child) => !isElement(child) || notes.has(child))) continue;
    const section = listElement.parent as DomElement | null;
    leftOut.add(section !== null && isElement(section) && hasClass(section, FOOTNOTES_CLASS) ? section : listElement);
  }
  return leftOut;
}

/** A note's text, one line, without the link back to its reference. */
function noteText(item: DomElement, referenceId: string | undefined): string {
  const isBackLink = (element: DomElement) =>
    element.name === 'a' && (hasClass(element, FOOTNOTE_BACK_CLASS) || (referenceId !== undefined && element.attribs.href === `#${referenceId}`));
  const parts: string[] = [];
  const stack: DomNode[] = [item];
  while (stack.length > 0) {
    const current = stack.pop() as DomNode;
    if (isText(current)) {
      parts.push(current.data);
      continue;
    }
    if (!isElement(current) || isDroppedElement(current.name) || isBackLink(current)) continue;
    if (current.name === 'br' || current.name === 'p') parts.push(' ');
    for (let i = current.children.length - 1; i >= 0; i -= 1) stack.push(current.children[i] as DomNode);
  }
  return collapseWhiteSpace(cleanText(parts.join(''))).trim();
}

/** Every element under `root`, in document order (iterative). */
function elementsOf(root: DomParent): DomElement[] {
  const elements: DomElement[] = [];
  const stack: DomNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const current = stack.pop() as DomNode;
    if (!isElement(current)) continue;
    elements.push(current);
    for (let i = current.children.length - 1; i >= 0; i -= 1) stack.push(current.children[i] as DomNode);
  }
  return elements;
}
