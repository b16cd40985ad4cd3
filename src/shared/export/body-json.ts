import type { JsonNode } from '../../nodes/node-definition';
import { customNode } from '../../nodes/registry';

/** Deeper nesting than this is left out: no real story needs it, and recursion must stay bounded. */
export const MAX_DEPTH = 64;

const NO_CHILDREN: readonly unknown[] = [];

/** Nodes that carry inline content (text and what wraps it). */
const INLINE_TYPES = new Set(['text', 'hashtag', 'tab', 'linebreak', 'link', 'autolink', 'mark', 'overflow']);

/** Lexical's nodes that only make sense as blocks; our own are blocks unless they can be written inside text. */
const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'list', 'listitem', 'table', 'tablerow', 'tablecell', 'horizontalrule']);

export function isNode(value: unknown): value is JsonNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

export function childrenOf(node: JsonNode): readonly unknown[] {
  return Array.isArray(node.children) ? node.children : NO_CHILDREN;
}

export function isType(value: unknown, type: string): boolean {
  return isNode(value) && value.type === type;
}

export function isInline(value: unknown): boolean {
  return isNode(value) && INLINE_TYPES.has(value.type);
}

/** A known node type that only makes sense as a block. */
export function isBlockType(type: string): boolean {
  if (BLOCK_TYPES.has(type)) return true;
  const custom = customNode(type);
  return custom !== undefined && custom.html.writeInline === undefined;
}

export function isBlock(value: unknown): boolean {
  return isNode(value) && isBlockType(value.type);
}

export function dirAttribute(node: JsonNode): string {
  return node.direction === 'rtl' ? ' dir="rtl"' : '';
}

export function headingTag(node: JsonNode): 'h2' | 'h3' {
  const level = typeof node.tag === 'string' ? Number(node.tag.slice(1)) : 2;
  return level >= 3 ? 'h3' : 'h2';
}

export function listTag(node: JsonNode): 'ul' | 'ol' {
  if (node.listType === 'number') return 'ol';
  if (node.listType === 'bullet' || node.listType === 'check') return 'ul';
  return node.tag === 'ol' ? 'ol' : 'ul';
}

export function spanAttribute(name: string, value: unknown): string {
  return typeof value === 'number' && Number.isInteger(value) && value > 1 && value <= 1000 ? ` ${name}="${value}"` : '';
}

/** A list item holding nothing but a nested list, which HTML puts inside the item before it. */
export function isNestedListOnly(item: JsonNode): boolean {
  if (item.type === 'list') return true;
  if (item.type !== 'listitem') return false;
  const children = childrenOf(item);
  return children.length > 0 && children.every((c) => isType(c, 'list'));
}

export function isHeaderRow(row: JsonNode): boolean {
  const cells = childrenOf(row);
  return cells.length > 0 && cells.every((c) => isType(c, 'tablecell') && typeof (c as JsonNode).headerState === 'number' && ((c as JsonNode).headerState as number) > 0);
}

/** What our own node standing right after a paragraph adds at that paragraph's end, closing it; null when it does not. */
export function paragraphEndingOf(next: unknown): string | null {
  if (!isNode(next)) return null;
  return customNode(next.type)?.html.paragraphEnding?.(next) ?? null;
}
