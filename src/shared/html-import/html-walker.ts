import { TEXT_FORMAT, type SerializedLexicalNode } from '../nodes/lexical-json';
import { BlockSink, ListSink, type Sink } from './block-sinks';
import { cleanText, collapseWhiteSpace } from './clean-text';
import { isComment, isElement, isText, type DomElement, type DomNode, type DomParent } from './dom-nodes';
import { hasClass, isDroppedElement, plainTextOf } from './dom-text';
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
import { importWarning, type ImportSource, type ImportWarning, type ImportWarningCode } from './import-warning';
import { InlineBuffer, runsToNodes, splitAndTrim, type InlineRun, type LinkTarget } from './inline-runs';
import { applyStyleFormat, parseInlineStyle, type InlineStyle } from './inline-style';
import { endMarkNode, headingNode, horizontalRuleNode, paragraphNode, quoteNode, type Direction, type HeadingTag } from './lexical-nodes';
import { decideLink } from './link-url';
import { END_MARK_CLASS, IMAGE_CLASS, isPullQuoteMarkup, readImage, readPullQuote } from './own-markup';
import { typesetRuns } from './run-typography';
import { spanAttribute, tableFromRows, type CellDraft } from './table-rows';
import { classifyMarker, wordListPlacement, type WordListPlacement } from './word-list';

/** What the HTML around a piece of text says about it. */
interface WalkContext {
  readonly format: number;
  readonly link: LinkTarget | null;
  readonly pre: boolean;
  readonly direction: Direction;
  readonly depth: number;
  /** Inside a table cell or list item, where another table can only be flattened into blocks. */
  readonly inTable: boolean;
}

/** What the blocks being collected become. */
type BlockKind =
  | { type: 'paragraph' }
  | { type: 'quote' }
  | { type: 'heading'; tag: HeadingTag }
  | { type: 'word-list-item'; placement: WordListPlacement; marker: string | null };

export interface WalkLimits {
  /** Elements nested deeper than this are taken as plain text. */
  maxDepth: number;
  /** Nodes (blocks and text runs) after which the rest is left out. */
  maxNodes: number;
}

export interface WalkSettings extends WalkLimits {
  source: ImportSource;
  baseUrl: string | null;
  openQuoteDepth: number;
  /** House typography on every block; off for our own export, whose text is already as its editors left it. */
  typography: boolean;
}

const PARAGRAPH: BlockKind = { type: 'paragraph' };
const QUOTE: BlockKind = { type: 'quote' };
const CONDITIONAL_OPEN = /^\[if\s+([^\]]*)\]$/i;
const CONDITIONAL_CLOSE = /^\[endif\]$/i;

/**
 * One pass over the parsed HTML, building Lexical JSON as it goes. Recursion
 * follows the element nesting only up to `maxDepth`; anything deeper is read
 * iteratively as plain text, so no input can overflow the stack.
 */
export class HtmlWalker {
  private readonly body = new BlockSink(true);
  private readonly sinks: Sink[] = [this.body];
  private readonly kinds: BlockKind[] = [PARAGRAPH];
  private readonly inline = new InlineBuffer();
  private inlineDirection: Direction = null;
  private readonly warnings: ImportWarning[] = [];
  private readonly warned = new Set<string>();
  private nodeCount = 0;
  private full = false;
  private firstBlock = true;

  constructor(private readonly settings: WalkSettings) {}

  run(document: DomParent): { nodes: SerializedLexicalNode[]; warnings: ImportWarning[] } {
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
      const condition = (CONDITIONAL_OPEN.exec(child.data.trim())?.[1] ?? '').trim();
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
        if (!(isPullQuoteMarkup(element) && this.walkOwnFigure(element))) this.walkBlock(element, inner, QUOTE);
        return;
      case 'aside':
        if (!(isPullQuoteMarkup(element) && this.walkOwnFigure(element))) this.walkBlock(element, inner, null);
        return;
      case 'pre':
        this.walkBlock(element, { ...inner, pre: true }, null);
        return;
      case 'p':
        this.walkBlock(element, inner, this.paragraphKind(attributes.class, style));
        return;
      case 'figure':
        if (!this.walkOwnFigure(element)) this.walkBlock(element, inner, null);
        return;
      case 'q':
        // Browsers draw quote marks round a q; typography then nests them.
        this.addText('"', inner);
        this.walkChildren(element, inner);
        this.addText('"', inner);
        return;
      case 'span':
        if (hasClass(element, END_MARK_CLASS)) {
          this.addEndMark(context);
          return;
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

  private noteListMarker(nodes: readonly DomNode[]): void {
    const kind = this.kinds[this.kinds.length - 1];
    if (kind?.type !== 'word-list-item' || kind.marker !== null) return;
    kind.marker = nodes.map(plainTextOf).join('');
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

  /** A pull-quote (ours or another site's) or our own image figure, read into its node; false when it is not one (or cannot stand here). */
  private walkOwnFigure(figure: DomElement): boolean {
    const sink = this.topSink;
    if (!(sink instanceof BlockSink) || !sink.isBody) return false;
    const { typography } = this.settings;
    const node = hasClass(figure, IMAGE_CLASS) ? readImage(figure, typography) : isPullQuoteMarkup(figure) ? readPullQuote(figure, typography) : null;
    if (node === null) return false;
    this.flush();
    this.place(sink, node);
    return true;
  }

  /** Pictures are never hot-linked: an image must be added from disk, so the editor is told which one was left out. */
  private refuseImage(image: DomElement): void {
    this.warn('image-not-imported', imageName(image.attribs.alt, image.attribs.src));
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

  // Inline content

  private addText(data: string, context: WalkContext): void {
    const cleaned = cleanText(data);
    const text = context.pre ? cleaned : collapseWhiteSpace(cleaned);
    if (text === '') return;
    if (this.inline.isEmpty) this.inlineDirection = context.direction;
    const before = this.inline.runs.length;
    this.inline.addText(text, context.format, context.link, context.pre);
    this.count(this.inline.runs.length - before);
  }

  private addLineBreak(context: WalkContext): void {
    if (this.inline.isEmpty) this.inlineDirection = context.direction;
    this.inline.addLineBreak(context.link);
    this.count(1);
  }

  private addEndMark(context: WalkContext): void {
    if (this.inline.isEmpty) this.inlineDirection = context.direction;
    this.inline.addEndMark();
    this.count(1);
  }

  private addRule(): void {
    this.flush();
    const sink = this.topSink;
    if (sink instanceof BlockSink && sink.isBody) this.place(sink, horizontalRuleNode());
  }

  // Blocks

  /** Ends the block being collected: its runs become one or more blocks of the current kind in the current sink. */
  private flush(): void {
    if (this.inline.isEmpty) return;
    const runs = this.inline.take();
    const direction = this.inlineDirection === 'rtl' ? 'rtl' : null;
    const sink = this.topSink;
    const kind = this.kinds[this.kinds.length - 1] ?? PARAGRAPH;
    // The end mark only stands at the body's top level, after a paragraph or quotation; elsewhere it is left out.
    const endMarkFits = sink instanceof BlockSink && sink.isBody && (kind.type === 'paragraph' || kind.type === 'quote');
    for (const part of splitAndTrim(endMarkFits ? runs : runs.filter((run) => run.kind !== 'endmark'))) {
      const typeset = this.settings.typography ? typesetRuns(part, this.firstBlock ? this.settings.openQuoteDepth : 0) : part;
      this.firstBlock = false;
      if (sink instanceof ListSink) {
        sink.addContent(typeset, direction);
      } else {
        this.placeInline(sink, kind, typeset, direction);
      }
    }
  }

  private placeInline(sink: BlockSink, kind: BlockKind, runs: InlineRun[], direction: Direction): void {
    switch (kind.type) {
      case 'heading': {
        // Headings are bold by design; bold inside one says nothing more.
        const children = runsToNodes(runs, TEXT_FORMAT.bold);
        if (children.length > 0) this.place(sink, headingNode(kind.tag, children, direction));
        return;
      }
      case 'word-list-item': {
        const children = runsToNodes(runs);
        if (children.length > 0) sink.pushWordListItem(kind.placement, classifyMarker(kind.marker), children, direction);
        this.count(1);
        return;
      }
      default:
        this.placeWithEndMarks(sink, kind.type, runs, direction);
    }
  }

  /**
   * A paragraph or quotation. Our end mark closes the paragraph it stands in
   * (docs/export-format.md), so it becomes its own node after the text
   * before it.
   */
  private placeWithEndMarks(sink: BlockSink, type: 'paragraph' | 'quote', runs: InlineRun[], direction: Direction): void {
    let start = 0;
    for (let i = 0; i <= runs.length; i += 1) {
      if (i < runs.length && runs[i]?.kind !== 'endmark') continue;
      const children = runsToNodes(trimEdges(runs.slice(start, i)));
      if (children.length > 0) this.place(sink, type === 'quote' ? quoteNode(children, direction) : paragraphNode(children, direction));
      if (i < runs.length) this.place(sink, endMarkNode());
      start = i + 1;
    }
  }

  private place(sink: BlockSink, node: SerializedLexicalNode): void {
    sink.push(node);
    this.count(1);
  }

  private get topSink(): Sink {
    return this.sinks[this.sinks.length - 1] as Sink;
  }

  // Limits and warnings

  private count(nodes: number): void {
    this.nodeCount += nodes;
    if (this.nodeCount <= this.settings.maxNodes || this.full) return;
    this.full = true;
    this.warn('too-large', '');
  }

  private warn(code: ImportWarningCode, subject: string, limit = 0): void {
    const key = `${code}\u0000${subject}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.warnings.push(importWarning(code, this.settings.source, subject, limit));
  }
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

/** Pairs each conditional-comment opener with its [endif], in one pass; null when there are no comments. */
function matchConditionals(children: readonly DomNode[]): Map<number, number> | null {
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

/** The "#" or "¶" link a page puts beside a heading to link to it: a symbol, not words. */
function isSectionAnchor(link: DomElement): boolean {
  return (link.attribs.href ?? '').trim().startsWith('#') && /^[^\p{L}\p{N}]{1,2}$/u.test(plainTextOf(link));
}

function listStart(value: string | undefined): number {
  const start = value === undefined ? NaN : Number.parseInt(value, 10);
  return Number.isSafeInteger(start) && start >= 0 && start <= 1_000_000 ? start : 1;
}

/** Without the spaces next to an end mark that was taken out of the text. */
function trimEdges(runs: InlineRun[]): InlineRun[] {
  const trimmed = runs.slice();
  const first = trimmed[0];
  if (first?.kind === 'text' && first.text.startsWith(' ')) trimmed[0] = { ...first, text: first.text.trimStart() };
  const last = trimmed[trimmed.length - 1];
  if (last?.kind === 'text' && last.text.endsWith(' ')) trimmed[trimmed.length - 1] = { ...last, text: last.text.trimEnd() };
  return trimmed.filter((run) => run.kind !== 'text' || run.text !== '');
}

const NAME_MAX = 60;

/** How the editor will recognise a left-out picture: its alt text, else its file name. */
function imageName(alt: string | undefined, src: string | undefined): string {
  const text = collapseWhiteSpace(cleanText(alt ?? '')).trim();
  if (text !== '') return `“${shorten(text)}”`;
  const source = (src ?? '').trim();
  if (source.startsWith('data:')) return 'a picture embedded in the copied text';
  const file = source.split(/[?#]/)[0]?.split(/[/\\]/).pop() ?? '';
  let name = file;
  try {
    name = decodeURIComponent(file);
  } catch {
    // keep it as written
  }
  name = collapseWhiteSpace(cleanText(name)).trim();
  return name === '' ? 'an image without a name' : shorten(name);
}

function shorten(text: string): string {
  return text.length <= NAME_MAX ? text : `${text.slice(0, NAME_MAX - 1)}…`;
}
