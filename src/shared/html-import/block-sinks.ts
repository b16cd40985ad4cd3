import type { SerializedLexicalNode } from '../nodes/lexical-json';
import type { InlineRun } from './inline-runs';
import { runsToNodes } from './inline-runs';
import { indentListItems, listItemNode, listNode, numberListItems, type Direction, type ListType } from './lexical-nodes';
import { WordListAssembler, type ListMarker, type WordListPlacement } from './word-list';

/**
 * Where finished blocks go while the HTML is walked: the body itself or a
 * table cell (BlockSink), or a list being filled (ListSink).
 */

export class BlockSink {
  private readonly blocks: SerializedLexicalNode[] = [];
  private wordList: WordListAssembler | null = null;

  /** The body's top level, the only place for pull-quotes, images, rules and the end mark. */
  constructor(readonly isBody: boolean) {}

  push(node: SerializedLexicalNode): void {
    this.closeWordList();
    this.add(node);
  }

  /** A Word list paragraph: continues the Word list being rebuilt, or starts one. */
  pushWordListItem(placement: WordListPlacement, marker: ListMarker, children: SerializedLexicalNode[], direction: Direction): void {
    if (this.wordList !== null && !this.wordList.accepts(placement, marker)) this.closeWordList();
    this.wordList ??= new WordListAssembler(placement.listId, marker);
    this.wordList.add(placement, marker, children, direction);
  }

  /** The blocks, once nothing more comes. */
  close(): SerializedLexicalNode[] {
    this.closeWordList();
    return this.blocks;
  }

  private closeWordList(): void {
    if (this.wordList === null) return;
    this.add(this.wordList.finish());
    this.wordList = null;
  }

  private add(node: SerializedLexicalNode): void {
    if (node.type === 'list') indentListItems(node);
    this.blocks.push(node);
  }
}

/**
 * A list being filled. Everything inside one `li` is one item: its
 * paragraphs are joined by line breaks (a Lexical list item holds text, not
 * blocks); a nested list becomes an item of its own holding that list.
 */
export class ListSink {
  private readonly items: SerializedLexicalNode[] = [];
  private pending: InlineRun[] = [];
  private pendingDirection: Direction = null;

  constructor(
    private readonly listType: ListType,
    private readonly start: number,
  ) {}

  /** One paragraph of the current item. */
  addContent(runs: readonly InlineRun[], direction: Direction): void {
    if (this.pending.length === 0) {
      this.pendingDirection = direction;
    } else {
      this.pending.push({ kind: 'linebreak', link: null });
    }
    for (const run of runs) this.pending.push(run);
  }

  /** Ends the current item (an `li` closed, or a nested list begins). */
  finishItem(): void {
    if (this.pending.length === 0) return;
    const children = runsToNodes(this.pending);
    if (children.length > 0) this.items.push(listItemNode(children, 0, this.pendingDirection));
    this.pending = [];
    this.pendingDirection = null;
  }

  addNestedList(list: SerializedLexicalNode): void {
    this.finishItem();
    this.items.push(listItemNode([list], 0, null));
  }

  /** The list, or null when it has no items. */
  build(): SerializedLexicalNode | null {
    this.finishItem();
    if (this.items.length === 0) return null;
    numberListItems(this.items, this.start);
    return listNode(this.listType, this.start, this.items);
  }
}

export type Sink = BlockSink | ListSink;

/** An `ol`'s start attribute as a list's first number: a whole number in reason, else 1. */
export function listStart(value: string | undefined): number {
  const start = value === undefined ? NaN : Number.parseInt(value, 10);
  return Number.isSafeInteger(start) && start >= 0 && start <= 1_000_000 ? start : 1;
}
