import { ElementType, type parseDocument } from 'htmlparser2';

/**
 * The parsed-HTML node types, taken from htmlparser2's own result so they
 * always match the parser in use (it carries its own domhandler).
 */
export type DomDocument = ReturnType<typeof parseDocument>;
export type DomNode = DomDocument['children'][number];
export type DomElement = Extract<DomNode, { attribs: Record<string, string> }>;
export type DomText = Extract<DomNode, { type: ElementType.ElementType.Text }>;
export type DomComment = Extract<DomNode, { type: ElementType.ElementType.Comment }>;
export type DomParent = DomDocument | DomElement;

export function isElement(node: DomNode): node is DomElement {
  return ElementType.isTag(node);
}

export function isText(node: DomNode): node is DomText {
  return node.type === ElementType.Text;
}

export function isComment(node: DomNode): node is DomComment {
  return node.type === ElementType.Comment;
}
