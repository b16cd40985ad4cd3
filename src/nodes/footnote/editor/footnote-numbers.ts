import type { LexicalEditor, NodeKey } from 'lexical';

/** One note as the editor lists it: its node and its text, in document order. */
export interface ListedFootnote {
  readonly key: NodeKey;
  readonly text: string;
}

/**
 * The body's footnotes in document order and the one whose note is open:
 * kept by FootnotePlugin as notes come and go, read by each marker (its
 * number) and by the notes list under the body. One per editor.
 */
export class FootnoteList {
  private notes: readonly ListedFootnote[] = [];
  private numbers = new Map<NodeKey, number>();
  private openKey: NodeKey | null = null;
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly all = (): readonly ListedFootnote[] => this.notes;

  readonly opened = (): NodeKey | null => this.openKey;

  /** The note's number (1 for the first in the body), or 0 before the list has seen it. */
  numberOf(key: NodeKey): number {
    return this.numbers.get(key) ?? 0;
  }

  set(notes: readonly ListedFootnote[]): void {
    const same = notes.length === this.notes.length && notes.every((note, i) => note.key === this.notes[i]!.key && note.text === this.notes[i]!.text);
    if (same) return;
    this.notes = notes;
    this.numbers = new Map(notes.map((note, i) => [note.key, i + 1]));
    this.changed();
  }

  /** Opens one note's editor (null closes it). */
  open(key: NodeKey | null): void {
    if (key === this.openKey) return;
    this.openKey = key;
    this.changed();
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}

const lists = new WeakMap<LexicalEditor, FootnoteList>();

/** The editor's footnote list, made on first use. */
export function footnoteList(editor: LexicalEditor): FootnoteList {
  let list = lists.get(editor);
  if (list === undefined) {
    list = new FootnoteList();
    lists.set(editor, list);
  }
  return list;
}
