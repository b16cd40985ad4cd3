import { diffArrays } from 'diff';

/**
 * Items matched in order: equal ones first (a longest common run), then,
 * among the items between two equal runs, each removed one with the first
 * added one `alike` accepts.
 */
export function matchInOrder<T>(
  older: readonly T[],
  newer: readonly T[],
  equal: (a: T, b: T) => boolean,
  alike: (a: T, b: T) => boolean = () => false,
): { pairs: Array<[T, T]>; removed: T[]; added: T[] } {
  const pairs: Array<[T, T]> = [];
  const removed: T[] = [];
  const added: T[] = [];
  let before: T[] = [];
  let after: T[] = [];
  const settle = () => {
    const left = [...after];
    for (const item of before) {
      const match = left.findIndex((candidate) => alike(item, candidate));
      if (match === -1) removed.push(item);
      else pairs.push([item, left.splice(match, 1)[0]!]);
    }
    added.push(...left);
    before = [];
    after = [];
  };
  let olderAt = 0;
  let newerAt = 0;
  for (const change of diffArrays([...older], [...newer], { comparator: equal })) {
    const count = change.value.length;
    if (change.removed) {
      before.push(...older.slice(olderAt, olderAt + count));
      olderAt += count;
    } else if (change.added) {
      after.push(...newer.slice(newerAt, newerAt + count));
      newerAt += count;
    } else {
      settle();
      for (let i = 0; i < count; i += 1) pairs.push([older[olderAt + i]!, newer[newerAt + i]!]);
      olderAt += count;
      newerAt += count;
    }
  }
  settle();
  return { pairs, removed, added };
}
