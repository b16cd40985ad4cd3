import { customNodes } from '../../nodes/registry';
import type { NodePageReader } from '../../nodes/node-definition';
import type { SerializedLexicalNode } from '../nodes/lexical-json';
import { BlockBuilder, PARAGRAPH, QUOTE, type BlockKind, type WalkContext } from './block-builder';
import { BlockSink, ListSink, listStart } from './block-sinks';
import { cleanText, collapseWhiteSpace } from './clean-text';
import { conditionOf, matchConditionals } from './conditional-comments';
import { isComment, isElement, isText, type DomElement, type DomNode, type DomParent } from './dom-nodes';
import { isDroppedElement, plainTextOf } from './dom-text';
import {
  BLOCK_ELEMENTS,
  DROPPED_CONDITIONS,
  EMBEDDED_ELEMENTS,
  FORMAT_ELEMENTS,
  HEADING_LEVELS,
  LIST_MARKER_CONDITION,
  NOTE_CONDITIONS,
  WORD_COMMENT_CLASSES,
  WORD_QUOTE_CLASSES,
} from './html-elements';
import type { ImportWarning } from './import-warning';
import { applyStyleFormat, parseInlineStyle, type InlineStyle } from './inline-style';
import { leftOutImageName } from './left-out-image';
import { decideLink, isSectionAnchor } from './link-url';
import { spanAttribute, tableFromRows, type CellDraft } from './table-rows';
import type { Direction } from './lexical-nodes';
import { wordListPlacement } from './word-list';

/**
 * One pass over the parsed HTML, building Lexical JSON as it goes. Recursion
 * follows the element nesting only up to `maxDepth`; anything deeper is read
 * iteratively as plain text, so no input can overflow the stack.
 */
export class HtmlWalker extends BlockBuilder {
  /** Our own nodes whose markup is split over the page (footnotes), as read from it before the walk. */
  private pageReaders: NodePageReader[] = [];

  /** `page`: the whole page when `document` is only its body (a node's markup may stand outside the body). */
  run(document: DomParent, page: DomParent = document): { nodes: SerializedLexicalNode[]; warnings: ImportWarning[] } {
    this.pageReaders = customNodes.flatMap(({ htmlImport }) => htmlImport.readPage?.(page, this.settings.typography) ?? []);
    this.walkChildren(document, { format: 0, link: null, pre: false, direction: null, depth: 0, inTable: false });
    this.flush();
    return { nodes: this.body.close(), warnings: this.warnings };
  }

  // Walking

  private walkChildren(parent: DomParent, context: WalkContext): void {
    this.forEachChild(parent, (child) => this.walkNode(child, context));
  }

  /**
   * Visits the children that show, skipping comments and the content of
   * Word's stand-in conditionals (`<![if !supportLists]>…<![endif]>`, also
   * written `<!--[if !supportLists]-->…<!--[endif]-->`); a list bullet found
   * there is kept aside to tell bullets from numbers.
   */
  private forEachChild(parent: DomParent, visit: (child: DomNode) => void): void {
    const children = parent.children;
    const conditionals = matchConditionals(children);
    for (let i = 0; i < children.length && !this.full; i += 1) {
      const child = children[i] as DomNode;
      if (!isComment(child)) {
        visit(child);
        continue;
      }
      const end = conditionals?.get(i);
      if (end === undefined) continue;
      const condition = conditionOf(child);
      const content = children.slice(i + 1, end);
      if (DROPPED_CONDITIONS.test(condition)) {
        if (LIST_MARKER_CONDITION.test(condition)) this.noteListMarker(content);
        i = end;
      } else if (NOTE_CONDITIONS.test(condition) && content.every((node) => plainTextOf(node) === '')) {
        i = end;
      }
    }
  }

  private walkNode(node: DomNode, context: WalkContext): void {
    if (isText(node)) {
      this.addText(node.data, context);
    } else if (isElement(node)) {
      this.walkElement(node, context);
    }
  }

  private walkElement(element: DomElement, context: WalkContext): void {
    const name = element.name;
    if (isDroppedElement(name)) {
      if (EMBEDDED_ELEMENTS.has(name)) this.warn('embed-removed', name);
      return;
    }
    const attributes = element.attribs;
    if (attributes.hidden !== undefined) return;
    const style = parseInlineStyle(attributes.style);
    if (style.hidden || isWordComment(attributes.class, style)) return;
    if (style.msoList !== null && /^\s*ignore\b/i.test(style.msoList)) {
      // Word's typed-out bullet, when it comes without the conditional around it.
      this.noteListMarker([element]);
      return;
    }
    if (context.depth >= this.settings.maxDepth) {
      this.flattenDeep(element, context);
      return;
    }
    if (this.pageReaders.length > 0 && this.walkPageMarkup(element, context)) return;
    const inner = innerContext(element, style, context);
    switch (name) {
      case 'br':
        this.addLineBreak(context);
        return;
      case 'hr':
        this.addRule();
        return;
      case 'img':
        this.refuseImage(element);
        return;
      case 'a':
        this.walkLink(element, inner);
        return;
      case 'ul':
      case 'ol':
      case 'menu':
      case 'dir':
        this.walkList(element, inner);
        return;
      case 'li':
        if (this.topSink instanceof ListSink) this.walkListItem(element, inner);
        else this.walkBlock(element, inner, null);
        return;
      case 'table':
        if (context.inTable || !(this.topSink instanceof BlockSink)) this.walkBlock(element, { ...inner, inTable: true }, null);
        else this.walkTable(element, inner);
        return;
      case 'blockquote':
        if (!this.walkOwnBlock(element)) this.walkBlock(element, inner, QUOTE);
        return;
      case 'aside':
        if (!this.walkOwnBlock(element)) this.walkBlock(element, inner, null);
        return;
      case 'pre':
        this.walkBlock(element, { ...inner, pre: true }, null);
        return;
      case 'p':
        this.walkBlock(element, inner, this.paragraphKind(attributes.class, style));
        return;
      case 'figure':
        if (!this.walkOwnBlock(element)) this.walkBlock(element, inner, null);
        return;
      case 'q':
        // Browsers draw quote marks round a q; typography then nests them.
        this.addText('"', inner);
        this.walkChildren(element, inner);
        this.addText('"', inner);
        return;
      case 'span': {
        const ending = readParagraphEnd(element);
        if (ending !== null) {
          this.addParagraphEnd(ending, context);
          return;
        }
      }
    }
    const heading = HEADING_LEVELS[name];
    if (heading !== undefined) {
      this.walkBlock(element, inner, { type: 'heading', tag: heading });
    } else if (BLOCK_ELEMENTS.has(name)) {
      this.walkBlock(element, inner, null);
    } else {
      this.walkChildren(element, inner);
    }
  }

  /** A block boundary before and after; `kind` (a heading, a quotation) for the blocks inside, else as around it. */
  private walkBlock(element: DomElement, context: WalkContext, kind: BlockKind | null): void {
    this.flush();
    if (kind !== null) this.kinds.push(kind);
    this.walkChildren(element, context);
    this.flush();
    if (kind !== null) this.kinds.pop();
  }

  private paragraphKind(className: string | undefined, style: InlineStyle): BlockKind | null {
    const placement = this.topSink instanceof BlockSink ? wordListPlacement(style.msoList) : null;
    if (placement !== null) return { type: 'word-list-item', placement, marker: null };
    if (className !== undefined && WORD_QUOTE_CLASSES.test(className)) return QUOTE;
    return null;
  }

  private walkLink(element: DomElement, context: WalkContext): void {
    if (context.link !== null) {
      // A link inside a link keeps its text only, as in the export.
      this.walkChildren(element, context);
      return;
    }
    const decision = decideLink(element.attribs.href, this.settings.baseUrl);
    if (decision.kind === 'refused') this.warn('link-not-allowed', decision.shown);
    if (decision.kind === 'text' && isSectionAnchor(element)) return;
    if (decision.kind !== 'link') {
      this.walkChildren(element, context);
      return;
    }
    const title = collapseWhiteSpace(cleanText(element.attribs.title ?? '')).trim();
    this.walkChildren(element, { ...context, link: { url: decision.url, title: title === '' ? null : title } });
  }

  private walkList(element: DomElement, context: WalkContext): void {
    this.flush();
    const parent = this.topSink;
    const ordered = element.name === 'ol';
    const list = new ListSink(ordered ? 'number' : 'bullet', ordered ? listStart(element.attribs.start) : 1);
    if (parent instanceof ListSink) parent.finishItem();
    this.sinks.push(list);
    this.walkChildren(element, { ...context, link: null });
    this.flush();
    this.sinks.pop();
    const node = list.build();
    if (node === null) return;
    if (parent instanceof ListSink) parent.addNestedList(node);
    else this.place(parent, node);
  }

  private walkListItem(element: DomElement, context: WalkContext): void {
    const list = this.topSink as ListSink;
    this.flush();
    list.finishItem();
    this.walkChildren(element, context);
    this.flush();
    list.finishItem();
  }

  private walkTable(table: DomElement, context: WalkContext): void {
    this.flush();
    const parent = this.topSink as BlockSink;
    const rows: CellDraft[][] = [];
    this.walkTableSection(table, context, rows, 0);
    const node = tableFromRows(rows);
    if (node !== null) this.place(parent, node);
  }

  /** Rows of a table, through thead, tbody and tfoot. Stray content becomes a cell of its own, never lost. */
  private walkTableSection(section: DomElement, context: WalkContext, rows: CellDraft[][], level: number): void {
    let looseRow: CellDraft[] | null = null;
    this.forEachChild(section, (child) => {
      if (isText(child) && child.data.trim() === '') return;
      const name = isElement(child) ? child.name : '';
      if (name === 'tr') {
        looseRow = null;
        rows.push(this.walkRow(child as DomElement, context));
      } else if ((name === 'thead' || name === 'tbody' || name === 'tfoot') && level < 2) {
        looseRow = null;
        this.walkTableSection(child as DomElement, context, rows, level + 1);
      } else if (name === 'caption') {
        // The caption is visible text: it goes before the table.
        this.walkBlock(child as DomElement, context, null);
      } else if (isText(child) || (isElement(child) && !isDroppedElement(name))) {
        if (looseRow === null) {
          looseRow = [];
          rows.push(looseRow);
        }
        looseRow.push(this.walkCell(child, context));
      }
    });
  }

  private walkRow(row: DomElement, context: WalkContext): CellDraft[] {
    const cells: CellDraft[] = [];
    this.forEachChild(row, (child) => {
      if (isText(child) && child.data.trim() === '') return;
      if (isElement(child) && isDroppedElement(child.name)) return;
      cells.push(this.walkCell(child, context));
    });
    return cells;
  }

  /** A td or th; anything else found in a row is a cell holding it. */
  private walkCell(cell: DomNode, context: WalkContext): CellDraft {
    const isCell = isElement(cell) && (cell.name === 'td' || cell.name === 'th');
    const sink = new BlockSink(false);
    this.sinks.push(sink);
    this.kinds.push(PARAGRAPH);
    const inner: WalkContext = { ...context, link: null, inTable: true, depth: context.depth + 1 };
    if (isCell) this.walkChildren(cell, inner);
    else this.walkNode(cell, inner);
    this.flush();
    this.kinds.pop();
    this.sinks.pop();
    const attributes = isCell ? cell.attribs : {};
    return {
      blocks: sink.close(),
      header: isCell && cell.name === 'th',
      colSpan: spanAttribute(attributes.colspan),
      rowSpan: spanAttribute(attributes.rowspan),
    };
  }

  /** Markup of one of our own nodes (src/nodes), or another site's like it, read into that node; false when it is none (or cannot stand here). */
  private walkOwnBlock(element: DomElement): boolean {
    const sink = this.topSink;
    if (!(sink instanceof BlockSink) || !sink.isBody) return false;
    const node = readOwnBlock(element, this.settings.typography);
    if (node === null) return false;
    this.flush();
    this.place(sink, node);
    return true;
  }

  /** Markup of a node split over the page: its part in the text read into it, its part elsewhere left out; false when it is none. */
  private walkPageMarkup(element: DomElement, context: WalkContext): boolean {
    for (const reader of this.pageReaders) {
      if (reader.leavesOut(element)) return true;
      const read = reader.readInline(element);
      if (read === null) continue;
      if ('node' in read) {
        this.addInlineNode(read.node, context);
      } else {
        this.addText(read.text, context);
        this.warn(read.warning, read.subject);
      }
      return true;
    }
    return false;
  }

  /** Pictures are never hot-linked: an image must be added from disk, so the editor is told which one was left out. */
  private refuseImage(image: DomElement): void {
    this.warn('image-not-imported', leftOutImageName(image.attribs.alt, image.attribs.src));
  }

  /** Past the depth limit: the rest of this element's text, read without recursion. */
  private flattenDeep(element: DomElement, context: WalkContext): void {
    this.warn('too-deep', '', this.settings.maxDepth);
    const stack: DomNode[] = [element];
    while (stack.length > 0 && !this.full) {
      const node = stack.pop() as DomNode;
      if (isText(node)) {
        this.addText(node.data, context);
        continue;
      }
      if (!isElement(node) || isDroppedElement(node.name)) continue;
      if (node.name === 'br') this.addLineBreak(context);
      else if (BLOCK_ELEMENTS.has(node.name)) this.addText(' ', context);
      for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i] as DomNode);
    }
  }
}

/** The first of our own nodes whose markup the element is, read; null when it is none of theirs. */
function readOwnBlock(element: DomElement, typography: boolean): SerializedLexicalNode | null {
  for (const { htmlImport } of customNodes) {
    if (htmlImport.readBlock === undefined || htmlImport.blockElements?.includes(element.name) !== true) continue;
    const node = htmlImport.readBlock(element, typography);
    if (node !== null) return node;
  }
  return null;
}

/** Our own node whose paragraph-closing mark the element is (the end mark's span), read; null when it is none. */
function readParagraphEnd(element: DomElement): SerializedLexicalNode | null {
  for (const { htmlImport } of customNodes) {
    const node = htmlImport.readParagraphEnd?.(element) ?? null;
    if (node !== null) return node;
  }
  return null;
}

function innerContext(element: DomElement, style: InlineStyle, context: WalkContext): WalkContext {
  const tagFormat = FORMAT_ELEMENTS[element.name] ?? 0;
  const format = applyStyleFormat(context.format | tagFormat, style);
  const dir = element.attribs.dir?.trim().toLowerCase();
  const direction: Direction = dir === 'rtl' ? 'rtl' : dir === 'ltr' ? 'ltr' : context.direction;
  return { ...context, format, direction, depth: context.depth + 1 };
}

function isWordComment(className: string | undefined, style: InlineStyle): boolean {
  if (style.msoElement !== null && style.msoElement.startsWith('comment')) return true;
  return className !== undefined && WORD_COMMENT_CLASSES.test(className);
}
