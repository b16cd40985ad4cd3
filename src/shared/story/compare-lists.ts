import type { FieldChange } from './field-change';

type ListLabels = { added: string; removed: string; reordered: string };

/**
 * A list whose items are known by a key (bylines by author, related stories
 * by target, tags by themselves): the items added and removed, then, when
 * the items in both versions stand in another order, the order before and
 * after.
 */
export function listChanges<T>(
  older: readonly T[],
  newer: readonly T[],
  keyOf: (item: T) => string,
  describe: (item: T) => string,
  labels: ListLabels,
): FieldChange[] {
  const olderKeys = new Set(older.map(keyOf));
  const newerKeys = new Set(newer.map(keyOf));
  const out: FieldChange[] = [
    ...older.filter((item) => !newerKeys.has(keyOf(item))).map((item): FieldChange => ({ change: 'removed', label: labels.removed, text: describe(item) })),
    ...newer.filter((item) => !olderKeys.has(keyOf(item))).map((item): FieldChange => ({ change: 'added', label: labels.added, text: describe(item) })),
  ];
  const keptBefore = older.filter((item) => newerKeys.has(keyOf(item)));
  const keptAfter = newer.filter((item) => olderKeys.has(keyOf(item)));
  if (keptBefore.some((item, index) => keyOf(item) !== keyOf(keptAfter[index]!))) {
    out.push({ change: 'replaced', label: labels.reordered, from: inOrder(keptBefore, describe), to: inOrder(keptAfter, describe) });
  }
  return out;
}

/** Pairs the items both lists have (by key), in the newer list's order. */
export function keptPairs<T>(older: readonly T[], newer: readonly T[], keyOf: (item: T) => string): Array<[T, T]> {
  const before = new Map(older.map((item) => [keyOf(item), item]));
  return newer.flatMap((item): Array<[T, T]> => {
    const was = before.get(keyOf(item));
    return was === undefined ? [] : [[was, item]];
  });
}

function inOrder<T>(items: readonly T[], describe: (item: T) => string): string {
  return items.map((item, index) => `${index + 1}. ${describe(item)}`).join('  ');
}
