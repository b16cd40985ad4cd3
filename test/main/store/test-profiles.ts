import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { makeTempDir, openTestStore, removeTempDir, testClock } from './store-fixtures';

/** A profile of a test: its store, the store's file and the clock it reads. */
export type TestProfile = ReturnType<typeof openTestStore>;

/**
 * Profiles that each hold their own store file, in one temporary folder,
 * with clocks starting at the given times (profiles apart on a desk):
 * opened before each test and handed to `opened`, closed and removed after it.
 */
export function profilesForEachTest<Name extends string>(
  clockStarts: Record<Name, string>,
  opened: (profiles: Record<Name, TestProfile>, dir: string) => void,
): void {
  let dir: string;
  let profiles: TestProfile[] = [];
  beforeEach(async () => {
    dir = await makeTempDir();
    const named = {} as Record<Name, TestProfile>;
    for (const [name, start] of Object.entries(clockStarts) as Array<[Name, string]>) {
      await mkdir(join(dir, name));
      named[name] = openTestStore(join(dir, name), testClock(start));
    }
    profiles = Object.values(named);
    opened(named, dir);
  });
  afterEach(async () => {
    for (const profile of profiles) profile.store.close();
    await removeTempDir(dir);
  });
}
