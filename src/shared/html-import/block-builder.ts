import { TEXT_FORMAT, type SerializedLexicalNode } from '../nodes/lexical-json';
import { BlockSink, ListSink, type Sink } from './block-sinks';
import { cleanText, collapseWhiteSpace } from './clean-text';
import type { DomNode } from './dom-nodes';
import { plainTextOf } from './dom-text';
import { importWarning, type ImportSource, type ImportWarning, type ImportWarningCode } from './import-warning';
import { InlineBuffer, runsToNodes, splitAndTrim, type InlineRun, type LinkTarget } from './inline-runs';
import { headingNode, horizontalRuleNode, paragraphNode, quoteNode, type Direction, type HeadingTag } from './lexical-nodes';
import { typesetRuns } from './run-typography';
import { classifyMarker, type WordListPlacement } from './word-list';

/** What the HTML around a piece of text says about it. */
export interface WalkContext {
  readonly format: number;
  readonly link: LinkTarget | null;
  readonly pre: boolean;
  readonly direction: Direction;
  readonly depth: number;
  /** Inside a table cell or list item, where another table can only be flattened into blocks. */
  readonly inTable: boolean;
}

/** What the blocks being collected become. */
export type BlockKind =
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

export const PARAGRAPH: BlockKind = { type: 'paragraph' };
export const QUOTE: BlockKind = { type: 'quote' };

/**
 * What the HTML walker has read so far, becoming blocks: the inline content
 * of the block being collected, the sinks (body, list, table cell) blocks go
 * into, and the limits and warnings. HtmlWalker (html-walker.ts) reads the
 * elements into it.
 */
export class BlockBuilder {
  protected readonly body = new BlockSink(true);
  protected readonly sinks: Sink[] = [this.body];
  protected readonly kinds: BlockKind[] = [PARAGRAPH];
  private readonly inline = new InlineBuffer();
  private inlineDirection: Direction = null;
  protected readonly warnings: ImportWarning[] = [];
  private readonly warned = new Set<string>();
  private nodeCount = 0;
  protected full = false;
  private firstBlock = true;

  constructor(protected readonly settings: WalkSettings) {}

  /** A Word list item's typed-out bullet or number, kept aside to tell bullets from numbers. */
  protected noteListMarker(nodes: readonly DomNode[]): void {
    const kind = this.kinds[this.kinds.length - 1];
    if (kind?.type !== 'word-list-item' || kind.marker !== null) return;
    kind.marker = nodes.map(plainTextOf).join('');
  }

  // Inline content

  protected addText(data: string, context: WalkContext): void {
    const cleaned = cleanText(data);
    const text = context.pre ? cleaned : collapseWhiteSpace(cleaned);
    if (text === '') return;
    if (this.inline.isEmpty) this.inlineDirection = context.direction;
    const before = this.inline.runs.length;
    this.inline.addText(text, context.format, context.link, context.pre);
    this.count(this.inline.runs.length - before);
  }

  protected addLineBreak(context: WalkContext): void {
    if (this.inline.isEmpty) this.inlineDirection = context.direction;
    this.inline.addLineBreak(context.link);
    this.count(1);
  }

  protected addInlineNode(node: SerializedLexicalNode, context: WalkContext): void {
    if (this.inline.isEmpty) this.inlineDirection = context.direction;
    this.inline.addInlineNode(node);
    this.count(1);
  }

  protected addParagraphEnd(node: SerializedLexicalNode, context: WalkContext): void {
    if (this.inline.isEmpty) this.inlineDirection = context.direction;
    this.inline.addParagraphEnd(node);
    this.count(1);
  }

  protected addRule(): void {
    this.flush();
    const sink = this.topSink;
    if (sink instanceof BlockSink && sink.isBody) this.place(sink, horizontalRuleNode());
  }

  // Blocks

  /** Ends the block being collected: its runs become one or more blocks of the current kind in the current sink. */
  protected flush(): void {
    if (this.inline.isEmpty) return;
    const runs = this.inline.take();
    const direction = this.inlineDirection === 'rtl' ? 'rtl' : null;
    const sink = this.topSink;
    const kind = this.kinds[this.kinds.length - 1] ?? PARAGRAPH;
    // A paragraph-closing node (the end mark) only stands at the body's top level, after a paragraph or quotation; elsewhere it is left out.
    const endFits = sink instanceof BlockSink && sink.isBody && (kind.type === 'paragraph' || kind.type === 'quote');
    for (const part of splitAndTrim(endFits ? runs : runs.filter((run) => run.kind !== 'paragraph-end'))) {
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
        this.placeWithParagraphEnds(sink, kind.type, runs, direction);
    }
  }

  /**
   * A paragraph or quotation. Our end mark closes the paragraph it stands in
   * (docs/export-format.md), so it becomes its own node after the text
   * before it.
   */
  private placeWithParagraphEnds(sink: BlockSink, type: 'paragraph' | 'quote', runs: InlineRun[], direction: Direction): void {
    let start = 0;
    for (let i = 0; i <= runs.length; i += 1) {
      const run = runs[i];
      if (run !== undefined && run.kind !== 'paragraph-end') continue;
      const children = runsToNodes(trimEdges(runs.slice(start, i)));
      if (children.length > 0) this.place(sink, type === 'quote' ? quoteNode(children, direction) : paragraphNode(children, direction));
      if (run !== undefined) this.place(sink, run.node);
      start = i + 1;
    }
  }

  protected place(sink: BlockSink, node: SerializedLexicalNode): void {
    sink.push(node);
    this.count(1);
  }

  protected get topSink(): Sink {
    return this.sinks[this.sinks.length - 1] as Sink;
  }

  // Limits and warnings

  protected count(nodes: number): void {
    this.nodeCount += nodes;
    if (this.nodeCount <= this.settings.maxNodes || this.full) return;
    this.full = true;
    this.warn('too-large', '');
  }

  protected warn(code: ImportWarningCode, subject: string, limit = 0): void {
    const key = `${code}\u0000${subject}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.warnings.push(importWarning(code, this.settings.source, subject, limit));
  }
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
