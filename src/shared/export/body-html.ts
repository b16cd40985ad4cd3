import { END_MARK_TYPE, IMAGE_TYPE, PULL_QUOTE_TYPE, endMarkNodeSchema, imageFileName, imageNodeSchema, storedPullQuoteNodeSchema } from '../nodes/custom-nodes';
import { TEXT_FORMAT } from '../nodes/lexical-json';
import type { Settings } from '../settings/settings-schema';
import type { StoryBody } from '../story/story-schema';
import type { ExportWarningCode } from './export-warning';
import { quoted } from './export-warning';
import { escapeAttribute, escapeText, hasVisibleText } from './html-escape';
import type { HtmlOutput } from './html-output';
import { addImage } from './html-output';
import { writeImageFigure } from './image-figure';
import { linkHref } from './safe-url';
import { imageUrl } from './site-urls';

/** A node as read from stored JSON: nothing about its fields is trusted. */
interface JsonNode {
  type: string;
  [field: string]: unknown;
}

export const END_MARK_HTML = '<span class="cd-end-mark" aria-hidden="true">//</span>';

/** Deeper nesting than this is left out: no real story needs it, and recursion must stay bounded. */
const MAX_DEPTH = 64;

const NO_CHILDREN: readonly unknown[] = [];

/** Nodes that carry inline content (text and what wraps it). */
const INLINE_TYPES = new Set(['text', 'hashtag', 'tab', 'linebreak', 'link', 'autolink', 'mark', 'overflow']);

/** Known nodes that only make sense as blocks. */
const BLOCK_TYPES = new Set([
  'paragraph',
  'heading',
  'quote',
  'list',
  'listitem',
  'table',
  'tablerow',
  'tablecell',
  'horizontalrule',
  PULL_QUOTE_TYPE,
  IMAGE_TYPE,
]);

/** Open and close tags for each combination of the first eight format bits, outermost first. */
const FORMAT_TAGS: ReadonlyArray<readonly [number, string]> = [
  [TEXT_FORMAT.bold, 'strong'],
  [TEXT_FORMAT.italic, 'em'],
  [TEXT_FORMAT.strikethrough, 's'],
  [TEXT_FORMAT.highlight, 'mark'],
  [TEXT_FORMAT.subscript, 'sub'],
  [TEXT_FORMAT.superscript, 'sup'],
  [TEXT_FORMAT.code, 'code'],
];
const FORMAT_OPEN: string[] = [];
const FORMAT_CLOSE: string[] = [];
for (let format = 0; format < 256; format += 1) {
  const tags = FORMAT_TAGS.filter(([bit]) => (format & bit) !== 0).map(([, tag]) => tag);
  FORMAT_OPEN.push(tags.map((t) => `<${t}>`).join(''));
  FORMAT_CLOSE.push(
    tags
      .reverse()
      .map((t) => `</${t}>`)
      .join(''),
  );
}

function isNode(value: unknown): value is JsonNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

function childrenOf(node: JsonNode): readonly unknown[] {
  return Array.isArray(node.children) ? node.children : NO_CHILDREN;
}

function isType(value: unknown, type: string): boolean {
  return isNode(value) && value.type === type;
}

function isInline(value: unknown): boolean {
  return isNode(value) && INLINE_TYPES.has(value.type);
}

function isBlock(value: unknown): boolean {
  return isNode(value) && BLOCK_TYPES.has(value.type);
}

function dirAttribute(node: JsonNode): string {
  return node.direction === 'rtl' ? ' dir="rtl"' : '';
}

function headingTag(node: JsonNode): 'h2' | 'h3' {
  const level = typeof node.tag === 'string' ? Number(node.tag.slice(1)) : 2;
  return level >= 3 ? 'h3' : 'h2';
}

function listTag(node: JsonNode): 'ul' | 'ol' {
  if (node.listType === 'number') return 'ol';
  if (node.listType === 'bullet' || node.listType === 'check') return 'ul';
  return node.tag === 'ol' ? 'ol' : 'ul';
}

function spanAttribute(name: string, value: unknown): string {
  return typeof value === 'number' && Number.isInteger(value) && value > 1 && value <= 1000 ? ` ${name}="${value}"` : '';
}

/**
 * Writes a Lexical body as HTML in one pass over the JSON, pushing strings
 * onto `out`. Empty elements are taken back by truncating `out` to where
 * they began.
 */
class BodyWriter {
  private readonly out: string[];
  /** Child indexes from the root to the node being written, for warnings. */
  private readonly path: number[] = [];
  /** Whether visible content was written since the enclosing element began. */
  private hasContent = false;
  private inLink = false;

  constructor(
    private readonly output: HtmlOutput,
    private readonly settings: Pick<Settings, 'assetBaseUrl'>,
  ) {
    this.out = output.out;
  }

  writeRoot(body: StoryBody | null): void {
    if (body === null || !isNode(body.root)) return;
    this.writeBlocks(childrenOf(body.root));
  }

  private warn(code: ExportWarningCode, message: string): void {
    this.output.warnings.push({ code, message, field: 'body', path: this.path.slice() });
  }

  private tooDeep(): boolean {
    if (this.path.length <= MAX_DEPTH) return false;
    this.warn('too-deep', `Content nested more than ${MAX_DEPTH} levels deep is left out.`);
    return true;
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
      if (isType(node, 'paragraph') && isType(nodes[i + 1], END_MARK_TYPE) && endMarkNodeSchema.safeParse(nodes[i + 1]).success) {
        // The end mark closes the paragraph before it.
        if (this.writeInlineNode('<p', ` ${END_MARK_HTML}</p>\n`, node as JsonNode)) i += 1;
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
      case PULL_QUOTE_TYPE:
        this.writePullQuote(node);
        return;
      case IMAGE_TYPE:
        this.writeImage(node);
        return;
      case END_MARK_TYPE:
        if (endMarkNodeSchema.safeParse(node).success) {
          this.out.push(`<p class="cd-end">${END_MARK_HTML}</p>\n`);
          this.hasContent = true;
        } else {
          this.warn('invalid-node', 'An end mark that does not match its JSON shape is left out.');
        }
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

  private writePullQuote(node: JsonNode): void {
    const parsed = storedPullQuoteNodeSchema.safeParse(node);
    if (!parsed.success) {
      this.warn('invalid-node', 'A pull-quote that does not match its JSON shape is left out.');
      return;
    }
    const { text, attribution } = parsed.data;
    if (!hasVisibleText(text)) return;
    this.out.push(`<figure class="cd-pullquote" aria-hidden="true">\n<blockquote>\n<p>${escapeText(text.trim())}</p>\n</blockquote>\n`);
    if (hasVisibleText(attribution)) this.out.push(`<figcaption>${escapeText(attribution.trim())}</figcaption>\n`);
    this.out.push('</figure>\n');
    this.hasContent = true;
  }

  private writeImage(node: JsonNode): void {
    const parsed = imageNodeSchema.safeParse(node);
    if (!parsed.success) {
      this.warn('invalid-node', 'An image that does not match its JSON shape is left out.');
      return;
    }
    const image = parsed.data;
    if (!hasVisibleText(image.alt)) this.warn('image-no-alt', `An image has no alt text (${imageFileName(image)}).`);
    addImage(this.output, image);
    writeImageFigure(this.out, 'cd-image', image, imageUrl(this.settings, image), true);
    this.hasContent = true;
  }

  // Inline content

  private writeInline(nodes: readonly unknown[], from: number, to: number): void {
    for (let i = from; i < to; i += 1) {
      this.path.push(i);
      this.writeInlineNodeAt(nodes[i]);
      this.path.pop();
    }
  }

  private writeInlineNodeAt(node: unknown): void {
    if (!isNode(node)) {
      this.warn('invalid-node', 'A body node without a type is left out.');
    } else if (!this.tooDeep()) {
      this.writeInlineContent(node);
    }
  }

  private writeInlineContent(node: JsonNode): void {
    switch (node.type) {
      case 'text':
      case 'hashtag':
        this.writeText(node);
        return;
      case 'linebreak':
        this.out.push('<br>');
        return;
      case 'tab':
        this.out.push('\t');
        return;
      case 'link':
      case 'autolink':
        this.writeLink(node);
        return;
      case 'mark':
      case 'overflow':
        this.writeInline(childrenOf(node), 0, childrenOf(node).length);
        return;
      case END_MARK_TYPE:
        if (endMarkNodeSchema.safeParse(node).success) {
          this.out.push(END_MARK_HTML);
          this.hasContent = true;
        } else {
          this.warn('invalid-node', 'An end mark that does not match its JSON shape is left out.');
        }
        return;
      case IMAGE_TYPE:
      case PULL_QUOTE_TYPE:
      case 'horizontalrule':
        this.warn('misplaced-node', `Misplaced node ${quoted(node.type)} (inside text): left out.`);
        return;
      default:
        if (BLOCK_TYPES.has(node.type)) {
          this.warn('misplaced-node', `Misplaced node ${quoted(node.type)} (inside text): its text is kept.`);
        } else {
          this.warn('unknown-node', `Unknown node type ${quoted(node.type)}: its text is kept.`);
        }
        if (Array.isArray(node.children)) {
          this.writeInline(node.children, 0, node.children.length);
        } else {
          this.writeText(node);
        }
    }
  }

  private writeText(node: JsonNode): void {
    const text = node.text;
    if (typeof text !== 'string' || text === '') return;
    if (!this.hasContent && hasVisibleText(text)) this.hasContent = true;
    const format = typeof node.format === 'number' ? node.format & 0xff : 0;
    const open = FORMAT_OPEN[format]!;
    if (open === '') {
      this.out.push(escapeText(text));
    } else {
      this.out.push(open, escapeText(text), FORMAT_CLOSE[format]!);
    }
  }

  private writeLink(node: JsonNode): void {
    const children = childrenOf(node);
    if (this.inLink || node.isUnlinked === true) {
      this.writeInline(children, 0, children.length);
      return;
    }
    const href = typeof node.url === 'string' ? linkHref(node.url) : null;
    if (href === null) {
      this.warn('link-not-allowed', `Link ${quoted(node.url ?? '')} is not an http, https or mailto URL: its text is kept without the link.`);
      this.writeInline(children, 0, children.length);
      return;
    }
    const title = typeof node.title === 'string' && hasVisibleText(node.title) ? ` title="${escapeAttribute(node.title.trim())}"` : '';
    const openIndex = this.out.length;
    this.out.push(`<a href="${escapeAttribute(href)}"${title}>`);
    const outer = this.hasContent;
    this.hasContent = false;
    this.inLink = true;
    this.writeInline(children, 0, children.length);
    this.inLink = false;
    if (this.hasContent) {
      this.out.push('</a>');
    } else {
      this.out[openIndex] = ''; // a link with no visible text is no link; any spaces stay
    }
    this.hasContent = outer || this.hasContent;
  }
}

/** A list item holding nothing but a nested list, which HTML puts inside the item before it. */
function isNestedListOnly(item: JsonNode): boolean {
  if (item.type === 'list') return true;
  if (item.type !== 'listitem') return false;
  const children = childrenOf(item);
  return children.length > 0 && children.every((c) => isType(c, 'list'));
}

function isHeaderRow(row: JsonNode): boolean {
  const cells = childrenOf(row);
  return cells.length > 0 && cells.every((c) => isType(c, 'tablecell') && typeof (c as JsonNode).headerState === 'number' && ((c as JsonNode).headerState as number) > 0);
}

/** Writes the body's blocks onto output.out. */
export function writeBody(output: HtmlOutput, body: StoryBody | null, settings: Pick<Settings, 'assetBaseUrl'>): void {
  new BodyWriter(output, settings).writeRoot(body);
}
