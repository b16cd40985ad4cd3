import type { SerializedLexicalNode } from '../nodes/lexical-json';

/**
 * Lexical 0.52 serialized nodes, built field for field as the editor's own
 * exportJSON writes them, so `$parseSerializedNode` takes them unchanged and
 * the stored JSON of a pasted block equals that of a typed one.
 */

export type Direction = 'ltr' | 'rtl' | null;
export type HeadingTag = 'h2' | 'h3';
export type ListType = 'bullet' | 'number';

/** TableCellHeaderStates.ROW: what Lexical gives a `th`. */
export const HEADER_CELL = 1;

function element(type: string, children: SerializedLexicalNode[], direction: Direction): SerializedLexicalNode {
  return { children, direction, format: '', indent: 0, type, version: 1 };
}

export function textNode(text: string, format: number): SerializedLexicalNode {
  return { detail: 0, format, mode: 'normal', style: '', text, type: 'text', version: 1 };
}

export function lineBreakNode(): SerializedLexicalNode {
  return { type: 'linebreak', version: 1 };
}

/** A paragraph; like Lexical, it records the format of its first text as the format for text typed into it. */
export function paragraphNode(children: SerializedLexicalNode[], direction: Direction = null): SerializedLexicalNode {
  const firstText = children.find((child) => child.type === 'text');
  return { ...element('paragraph', children, direction), textFormat: (firstText?.format as number | undefined) ?? 0, textStyle: '' };
}

export function headingNode(tag: HeadingTag, children: SerializedLexicalNode[], direction: Direction): SerializedLexicalNode {
  return { ...element('heading', children, direction), tag };
}

export function quoteNode(children: SerializedLexicalNode[], direction: Direction): SerializedLexicalNode {
  return element('quote', children, direction);
}

export function linkNode(url: string, title: string | null, children: SerializedLexicalNode[]): SerializedLexicalNode {
  return { ...element('link', children, null), rel: null, target: null, title, url };
}

export function listNode(listType: ListType, start: number, items: SerializedLexicalNode[]): SerializedLexicalNode {
  return { ...element('list', items, null), listType, start, tag: listType === 'number' ? 'ol' : 'ul' };
}

export function listItemNode(children: SerializedLexicalNode[], value: number, direction: Direction): SerializedLexicalNode {
  return { ...element('listitem', children, direction), value };
}

export function tableNode(rows: SerializedLexicalNode[]): SerializedLexicalNode {
  return element('table', rows, null);
}

export function tableRowNode(cells: SerializedLexicalNode[]): SerializedLexicalNode {
  return element('tablerow', cells, null);
}

export interface CellShape {
  headerState: number;
  colSpan: number;
  rowSpan: number;
}

export function tableCellNode(children: SerializedLexicalNode[], shape: CellShape): SerializedLexicalNode {
  return {
    ...element('tablecell', children, null),
    backgroundColor: null,
    colSpan: shape.colSpan,
    headerState: shape.headerState,
    rowSpan: shape.rowSpan,
  };
}

export function horizontalRuleNode(): SerializedLexicalNode {
  return { type: 'horizontalrule', version: 1 };
}

/** Whether a list item only holds a nested list (Lexical's shape for nesting). */
export function isNestedListHolder(item: SerializedLexicalNode): boolean {
  const children = item.children;
  return children !== undefined && children.length === 1 && children[0]?.type === 'list';
}

/**
 * Gives each item of a finished list its nesting level as its indent (0 at
 * the top), as Lexical's list items report it.
 */
export function indentListItems(list: SerializedLexicalNode, indent = 0): void {
  for (const item of list.children ?? []) {
    item.indent = indent;
    if (isNestedListHolder(item)) indentListItems(item.children?.[0] as SerializedLexicalNode, indent + 1);
  }
}

/**
 * Numbers list items as Lexical does: from the list's start, counting real
 * items only; an item that only holds a nested list takes the next number
 * without using it up.
 */
export function numberListItems(items: SerializedLexicalNode[], start: number): void {
  let value = start;
  for (const item of items) {
    item.value = value;
    if (!isNestedListHolder(item)) value += 1;
  }
}
