import * as Y from 'yjs';

/** How a list's items are kept in the story document and told apart. */
export interface ListKind<T> {
  /** What tells two items apart: the same key is the same item, whoever added it. */
  key(item: T): string;
  /** The item as the document holds it. */
  write(item: T): unknown;
  /** The item back from the document. */
  read(stored: unknown): T;
  /** Changes a held item in place to become `item` (same key); absent, a changed item is replaced whole. */
  update?(stored: unknown, item: T): void;
}

/**
 * The list as the document holds it, each key once: when two editors added
 * the same item offline both copies are kept in the document, and the first
 * is read.
 */
export function readList<T>(array: Y.Array<unknown>, kind: ListKind<T>): T[] {
  const seen = new Set<string>();
  const items: T[] = [];
  for (const stored of array) {
    const item = kind.read(stored);
    const key = kind.key(item);
    if (seen.has(key)) continue;
    seen.add(key);
    items.push(item);
  }
  return items;
}

/**
 * Makes `array` hold `next` with the fewest changes: items no longer there
 * are deleted, new ones inserted where they stand, kept ones changed in
 * place, so that another editor's concurrent additions and edits of other
 * items survive the merge.
 */
export function writeList<T>(array: Y.Array<unknown>, next: readonly T[], kind: ListKind<T>): void {
  const wanted = new Set(next.map((item) => kind.key(item)));
  const keys: string[] = [];
  for (const stored of array) keys.push(kind.key(kind.read(stored)));
  for (let i = keys.length - 1; i >= 0; i -= 1) {
    const key = keys[i]!;
    const firstCopy = keys.indexOf(key) === i;
    if (!wanted.has(key) || !firstCopy) {
      array.delete(i, 1);
      keys.splice(i, 1);
    }
  }
  next.forEach((item, i) => {
    const key = kind.key(item);
    const at = keys.indexOf(key, i);
    if (at === i) {
      updateItem(array, i, item, kind);
      return;
    }
    if (at > i) {
      array.delete(at, 1);
      keys.splice(at, 1);
    }
    array.insert(i, [kind.write(item)]);
    keys.splice(i, 0, key);
  });
}

function updateItem<T>(array: Y.Array<unknown>, i: number, item: T, kind: ListKind<T>): void {
  const stored = array.get(i);
  if (JSON.stringify(kind.read(stored)) === JSON.stringify(item)) return;
  if (kind.update !== undefined) {
    kind.update(stored, item);
    return;
  }
  array.delete(i, 1);
  array.insert(i, [kind.write(item)]);
}

/** A list of plain values, each kept whole: changing one replaces it. */
export function wholeItems<T>(key: (item: T) => string): ListKind<T> {
  return { key, write: (item) => item, read: (stored) => stored as T };
}

/** A list of records kept as Y.Maps, so two editors changing different fields of one item both keep their change. */
export function recordItems<T extends Record<string, string>>(key: (item: T) => string, fields: readonly (keyof T & string)[]): ListKind<T> {
  return {
    key,
    write: (item) => new Y.Map(fields.map((field): [string, string] => [field, String(item[field])])),
    read: (stored) => Object.fromEntries(fields.map((field) => [field, String((stored as Y.Map<string>).get(field) ?? '')])) as T,
    update: (stored, item) => {
      const map = stored as Y.Map<string>;
      for (const field of fields) {
        const value = String(item[field]);
        if (map.get(field) !== value) map.set(field, value);
      }
    },
  };
}
