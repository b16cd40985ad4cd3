import type { JsonNode } from '../../nodes/node-definition';
import { customNode } from '../../nodes/registry';
import type { Settings } from '../settings/settings-schema';
import type { StoryBody } from '../story/story-schema';
import {
  childrenOf,
  dirAttribute,
  headingTag,
  isBlock,
  isHeaderRow,
  isInline,
  isNestedListOnly,
  isNode,
  isType,
  listTag,
  paragraphEndingOf,
  spanAttribute,
} from './body-json';
import { quoted } from './export-warning';
import type { HtmlOutput } from './html-output';
import { InlineHtmlWriter } from './inline-html';

/**
 * Writes a Lexical body as HTML in one pass over the JSON, pushing strings
 * onto `out`. Empty elements are taken back by truncating `out` to where
 * they began. Our own nodes are written by their folders in src/nodes.
 */
class BodyWriter extends InlineHtmlWriter {
  writeRoot(body: StoryBody | null): void {
    if (body === null || !isNode(body.root)) return;
    this.writeBlocks(childrenOf(body.root));
  }

  // Blocks

  private writeBlocks(nodes: readonly unknown[]): void {
    for (let i = 0; i < nodes.length; i += 1) {
      const node = nodes[i];
      if (isInline(node)) {
        let end = i + 1;
        while (end < nodes.length && isInline(nodes[end])) end += 1;
        this.writeInlineElement('<p>', '</p>\n', nodes, i, end);
        i = end - 1;
        continue;
      }
      this.path.push(i);
      const ending = isType(node, 'paragraph') ? paragraphEndingOf(nodes[i + 1]) : null;
      if (ending !== null) {
        // A node such as the end mark closes the paragraph before it.
        if (this.writeInlineNode('<p', `${ending}</p>\n`, node as JsonNode)) i += 1;
      } else {
        this.writeBlock(node);
      }
      this.path.pop();
    }
  }

  private writeBlock(node: unknown): void {
    if (!isNode(node)) {
      this.warn('invalid-node', 'A body node without a type is left out.');
      return;
    }
    if (this.tooDeep()) return;
    const custom = customNode(node.type);
    if (custom !== undefined) {
      custom.html.writeBlock(node, this.nodeWriter);
      return;
    }
    switch (node.type) {
      case 'paragraph':
        this.writeInlineNode('<p', '</p>\n', node);
        return;
      case 'heading': {
        const tag = headingTag(node);
        this.writeInlineNode(`<${tag}`, `</${tag}>\n`, node);
        return;
      }
      case 'quote': {
        const mark = this.out.length;
        this.out.push(`<blockquote${dirAttribute(node)}>\n`);
        if (this.writeInlineElement('<p>', '</p>\n', childrenOf(node), 0, childrenOf(node).length)) {
          this.out.push('</blockquote>\n');
        } else {
          this.out.length = mark;
        }
        return;
      }
      case 'list':
        this.writeList(node);
        return;
      case 'table':
        this.writeTable(node);
        return;
      case 'horizontalrule':
        this.out.push('<hr>\n');
        this.hasContent = true;
        return;
      case 'listitem':
      case 'tablerow':
      case 'tablecell':
        this.warn('misplaced-node', `Misplaced node ${quoted(node.type)} (outside a list or table): its text is kept.`);
        this.writeContentAsBlocks(node);
        return;
      default:
        this.warn('unknown-node', `Unknown node type ${quoted(node.type)}: its text is kept.`);
        this.writeContentAsBlocks(node);
    }
  }

  /** An unknown or misplaced node at block level: its children as blocks, or its text as a paragraph. */
  private writeContentAsBlocks(node: JsonNode): void {
    const children = childrenOf(node);
    if (children.some(isBlock)) {
      this.writeBlocks(children);
    } else if (children.length > 0) {
      this.writeInlineElement('<p>', '</p>\n', children, 0, children.length);
    } else if (typeof node.text === 'string') {
      this.writeInlineElement('<p>', '</p>\n', [{ type: 'text', text: node.text, format: node.format }], 0, 1);
    }
  }

  /** An element node with inline children, e.g. `<p` … `</p>\n`; returns whether it was written. */
  private writeInlineNode(openStart: string, close: string, node: JsonNode): boolean {
    const children = childrenOf(node);
    return this.writeInlineElement(`${openStart}${dirAttribute(node)}>`, close, children, 0, children.length);
  }

  /** open + nodes[from, to) as inline content + close, or nothing when it has no visible text. */
  private writeInlineElement(open: string, close: string, nodes: readonly unknown[], from: number, to: number): boolean {
    const mark = this.out.length;
    const outer = this.hasContent;
    this.hasContent = false;
    this.out.push(open);
    this.writeInline(nodes, from, to);
    const written = this.hasContent;
    if (written) {
      this.out.push(close);
    } else {
      this.out.length = mark;
    }
    this.hasContent = outer || written;
    return written;
  }

  /** Content of a list item or table cell: inline content inline, blocks as blocks (valid in both). */
  private writeFlow(nodes: readonly unknown[]): void {
    for (let i = 0; i < nodes.length; i += 1) {
      this.path.push(i);
      this.writeFlowNode(nodes[i]);
      this.path.pop();
    }
  }

  private writeFlowNode(node: unknown): void {
    if (!isBlock(node)) {
      this.writeInlineNodeAt(node);
      return;
    }
    const mark = this.out.length;
    this.newlineAfterInline();
    const afterNewline = this.out.length;
    this.writeBlock(node);
    if (this.out.length === afterNewline) this.out.length = mark;
  }

  /** A list item's or table cell's children; one paragraph alone (the usual cell) gives its text straight to the item. */
  private writeItemChildren(children: readonly unknown[]): void {
    if (children.length === 1 && isType(children[0], 'paragraph')) {
      this.path.push(0);
      this.writeAsItem(children[0] as JsonNode);
      this.path.pop();
    } else {
      this.writeFlow(children);
    }
  }

  /** A node that is the whole content of an item or cell (the path already points at it). */
  private writeAsItem(node: JsonNode): void {
    if (node.type === 'paragraph') {
      const children = childrenOf(node);
      this.writeInline(children, 0, children.length);
    } else {
      this.writeFlowNode(node);
    }
  }

  /** Starts a new line for a block after inline content, unless that would leave a trailing space. */
  private newlineAfterInline(): void {
    for (let k = this.out.length - 1; k >= 0; k -= 1) {
      const chunk = this.out[k]!;
      if (chunk === '') continue;
      const last = chunk[chunk.length - 1];
      if (last !== '\n' && last !== ' ' && last !== '\t') this.out.push('\n');
      return;
    }
  }

  private writeList(node: JsonNode): void {
    const tag = listTag(node);
    const start = tag === 'ol' && typeof node.start === 'number' && Number.isSafeInteger(node.start) && node.start !== 1 ? ` start="${node.start}"` : '';
    const items = childrenOf(node);
    const mark = this.out.length;
    this.out.push(`<${tag}${start}>\n`);
    let itemOpen = false; // an <li> waiting for its </li>, so a nested list can still go inside it
    for (let i = 0; i < items.length; i += 1) {
      const item = items[i];
      this.path.push(i);
      if (!isNode(item)) {
        this.warn('invalid-node', 'A body node without a type is left out.');
      } else if (this.tooDeep()) {
        // reported
      } else if (isNestedListOnly(item)) {
        const itemMark = this.out.length;
        if (!itemOpen) this.out.push('<li>');
        const contentMark = this.out.length;
        if (item.type === 'list') {
          this.writeFlowNode(item);
        } else {
          this.writeFlow(childrenOf(item));
        }
        if (this.out.length === contentMark) {
          this.out.length = itemMark;
        } else {
          itemOpen = true;
        }
      } else {
        if (itemOpen) this.out.push('</li>\n');
        if (item.type !== 'listitem') this.warn('misplaced-node', `Misplaced node ${quoted(item.type)} (directly in a list): its text is kept as a list item.`);
        itemOpen = this.writeListItem(item);
      }
      this.path.pop();
    }
    if (itemOpen) this.out.push('</li>\n');
    if (this.out.length === mark + 1) {
      this.out.length = mark;
    } else {
      this.out.push(`</${tag}>\n`);
    }
  }

  /** Writes `<li>` and its content, leaving it open; returns false (writing nothing) when it is empty. */
  private writeListItem(item: JsonNode): boolean {
    const mark = this.out.length;
    const outer = this.hasContent;
    this.hasContent = false;
    this.out.push(`<li${dirAttribute(item)}>`);
    if (item.type === 'listitem') {
      this.writeItemChildren(childrenOf(item));
    } else {
      this.writeAsItem(item);
    }
    const written = this.hasContent;
    if (!written) this.out.length = mark;
    this.hasContent = outer || written;
    return written;
  }

  private writeTable(node: JsonNode): void {
    const rows = childrenOf(node);
    if (rows.length === 0) return;
    const mark = this.out.length;
    this.out.push('<table>\n');
    let first = 0;
    if (isType(rows[0], 'tablerow') && isHeaderRow(rows[0] as JsonNode)) {
      this.path.push(0);
      this.out.push('<thead>\n');
      this.writeRow(rows[0] as JsonNode, true);
      this.out.push('</thead>\n');
      this.path.pop();
      first = 1;
    }
    if (first < rows.length) {
      const bodyMark = this.out.length;
      this.out.push('<tbody>\n');
      for (let i = first; i < rows.length; i += 1) {
        this.path.push(i);
        this.writeRowNode(rows[i]);
        this.path.pop();
      }
      if (this.out.length === bodyMark + 1) {
        this.out.length = bodyMark;
      } else {
        this.out.push('</tbody>\n');
      }
    }
    if (this.out.length === mark + 1) {
      this.out.length = mark;
    } else {
      this.out.push('</table>\n');
    }
  }

  private writeRowNode(row: unknown): void {
    if (!isNode(row)) {
      this.warn('invalid-node', 'A body node without a type is left out.');
    } else if (this.tooDeep()) {
      // reported
    } else if (row.type === 'tablerow') {
      this.writeRow(row, false);
    } else {
      this.warn('misplaced-node', `Misplaced node ${quoted(row.type)} (directly in a table): its text is kept in a row of its own.`);
      this.out.push('<tr>\n<td>');
      this.writeAsItem(row);
      this.out.push('</td>\n</tr>\n');
    }
  }

  /** A row, one cell per line; left out when it has no cells. */
  private writeRow(row: JsonNode, inHead: boolean): void {
    const cells = childrenOf(row);
    const mark = this.out.length;
    this.out.push('<tr>\n');
    for (let i = 0; i < cells.length; i += 1) {
      const cell = cells[i];
      this.path.push(i);
      if (!isNode(cell)) {
        this.warn('invalid-node', 'A body node without a type is left out.');
      } else if (!this.tooDeep()) {
        this.writeCell(cell, inHead);
      }
      this.path.pop();
    }
    if (this.out.length === mark + 1) {
      this.out.length = mark;
    } else {
      this.out.push('</tr>\n');
    }
  }

  /** A cell; kept even when empty, since the table's shape depends on it. */
  private writeCell(cell: JsonNode, inHead: boolean): void {
    const isCell = cell.type === 'tablecell';
    if (!isCell) this.warn('misplaced-node', `Misplaced node ${quoted(cell.type)} (directly in a table row): its text is kept in a cell of its own.`);
    const header = isCell && typeof cell.headerState === 'number' && cell.headerState > 0;
    const tag = header ? 'th' : 'td';
    const scope = header ? (inHead ? ' scope="col"' : ' scope="row"') : '';
    const spans = isCell ? `${spanAttribute('colspan', cell.colSpan)}${spanAttribute('rowspan', cell.rowSpan)}` : '';
    this.out.push(`<${tag}${scope}${spans}>`);
    if (isCell) {
      this.writeItemChildren(childrenOf(cell));
    } else {
      this.writeAsItem(cell);
    }
    this.out.push(`</${tag}>\n`);
  }
}

/** The nodes of each type that the body numbered in document order (footnotes), for what they write after it. */
export type NumberedNodes = ReadonlyMap<string, readonly JsonNode[]>;

/** Writes the body's blocks onto output.out; returns the nodes it numbered, for writeAfterBody. */
export function writeBody(output: HtmlOutput, body: StoryBody | null, settings: Pick<Settings, 'assetBaseUrl'>): NumberedNodes {
  const writer = new BodyWriter(output, settings);
  writer.writeRoot(body);
  return writer.numbered;
}

/** What our own nodes write after the body (a footnote's notes list), given what the body numbered; nothing when it numbered nothing. */
export function writeAfterBody(output: HtmlOutput, numbered: NumberedNodes): void {
  for (const [type, nodes] of numbered) customNode(type)?.html.writeAfterBody?.(nodes, output.out);
}
