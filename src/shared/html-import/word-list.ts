import type { SerializedLexicalNode } from '../nodes/lexical-json';
import { listItemNode, listNode, numberListItems, type Direction, type ListType } from './lexical-nodes';

/**
 * Word does not write lists as lists. Each item is a paragraph such as
 * `<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'>`
 * whose bullet or number is typed-out text inside `<![if !supportLists]>`.
 * This turns a run of such paragraphs back into real, nested lists.
 */

export interface WordListPlacement {
  /** The list instance (Word's lfo number, with its list definition). */
  listId: string;
  /** 1 for the outer list. */
  level: number;
}

/** Word's nesting goes to nine levels. */
const MAX_LEVEL = 9;

const MSO_LIST = /^\s*(l\d+)\s+level(\d+)\s+(lfo\d+)/i;

/** Where a paragraph sits in a Word list, from its `mso-list` style; null for anything else. */
export function wordListPlacement(msoList: string | null): WordListPlacement | null {
  if (msoList === null) return null;
  const match = MSO_LIST.exec(msoList);
  if (match === null) return null;
  const level = Math.min(Math.max(Number(match[2]), 1), MAX_LEVEL);
  return { listId: `${(match[1] as string).toLowerCase()} ${(match[3] as string).toLowerCase()}`, level };
}

/** "1.", "2)", "(3)", "a.", "iv." — a number, letter or numeral with its punctuation. Bullets (·, o, §, •, –) are anything else. */
const NUMBER_MARKER = /^\(?(\d{1,9}|[a-z]{1,3}|[ivxlcdm]{1,8})[.)]$/i;

export interface ListMarker {
  listType: ListType;
  /** The number on a numbered item, when it is a plain number. */
  number: number | null;
}

/** Whether Word's typed-out marker is a bullet or a number. */
export function classifyMarker(marker: string | null): ListMarker {
  const text = (marker ?? '').trim();
  const match = NUMBER_MARKER.exec(text);
  if (match === null) return { listType: 'bullet', number: null };
  const digits = match[1] as string;
  return { listType: 'number', number: /^\d+$/.test(digits) ? Number(digits) : null };
}

class OpenList {
  /** Items, and nested lists still being filled (each becomes an item holding the list). */
  readonly items: Array<SerializedLexicalNode | OpenList> = [];

  constructor(
    readonly level: number,
    readonly listType: ListType,
    readonly start: number,
  ) {}
}

/**
 * Builds one list from consecutive Word list paragraphs. `accepts` says
 * whether a paragraph continues the list; when it does not, the caller takes
 * the finished list and starts another.
 */
export class WordListAssembler {
  private readonly stack: OpenList[] = [];
  private readonly root: OpenList;

  constructor(
    private readonly listId: string,
    marker: ListMarker,
  ) {
    this.root = openList(1, marker);
    this.stack.push(this.root);
  }

  /** Whether an item belongs in this list: the same Word list, or deeper inside it. */
  accepts(placement: WordListPlacement, marker: ListMarker): boolean {
    if (placement.level > 1) return true;
    return placement.listId === this.listId && marker.listType === this.root.listType;
  }

  add(placement: WordListPlacement, marker: ListMarker, children: SerializedLexicalNode[], direction: Direction): void {
    while (this.top.level > placement.level) this.stack.pop();
    if (this.top.level === placement.level && this.top.listType !== marker.listType && this.stack.length > 1) {
      // A bullet list under a numbered item after a numbered one: a new nested list.
      this.stack.pop();
    }
    while (this.top.level < placement.level) {
      const nested = openList(this.top.level + 1, marker);
      this.top.items.push(nested);
      this.stack.push(nested);
    }
    this.top.items.push(listItemNode(children, 0, direction));
  }

  /** The finished list. */
  finish(): SerializedLexicalNode {
    return buildList(this.root);
  }

  private get top(): OpenList {
    return this.stack[this.stack.length - 1] as OpenList;
  }
}

function openList(level: number, marker: ListMarker): OpenList {
  return new OpenList(level, marker.listType, marker.number ?? 1);
}

function buildList(list: OpenList): SerializedLexicalNode {
  const items = list.items.map((item) => (item instanceof OpenList ? listItemNode([buildList(item)], 0, null) : item));
  numberListItems(items, list.start);
  return listNode(list.listType, list.start, items);
}
