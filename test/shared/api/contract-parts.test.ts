import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { operationNames } from '../../../src/shared/api/contract';

const partsFolder = join(__dirname, '../../../src/shared/api/contract');

/** Tables are spread into one object, where a name defined twice would silently replace the other. */
it('assembles the operations of every capability file, each name defined once', async () => {
  const defined: string[] = [];
  for (const file of readdirSync(partsFolder).filter((name) => name !== 'operation.ts')) {
    const part = (await import(join(partsFolder, file))) as Record<string, unknown>;
    const tables = Object.entries(part).filter(([name]) => name.endsWith('Operations'));
    expect(tables, `${file} exports one table of operations`).toHaveLength(1);
    defined.push(...Object.keys(tables[0]![1] as object));
  }
  expect(defined.toSorted()).toEqual(operationNames.toSorted());
});
