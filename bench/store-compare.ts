import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { openStore, type Store } from '../src/main/store/store';
import type * as StoreModule from '../src/main/store/store';
import type { StoryBody } from '../src/shared/story/story-schema';
import { parseBenchOptions } from './bench-options';
import { median, percentile, reportLine, type BenchResult } from './bench-report';
import {
  firstPage,
  LONG_STORY_WORDS,
  prepareLibrary,
  SEARCH_ROUNDS,
  SEARCHES,
  START_MS,
  withTypedWord,
} from './store-bench';
import { createStoryGenerator } from './story-generator';

const SAVES = 100;
const COMPARE_DIR = resolve(__dirname, '.work/compare');

type Side = { name: string; store: Store };

/**
 * `npx tsx bench/store-compare.ts --against REV [--stories N]`: the store's
 * search and autosave budgets measured for this working tree and for git
 * revision REV in one process, on two copies of the same seeded library,
 * taking turns call by call. On a shared machine only figures measured
 * side by side like this compare (bench/README.md budgets); both sides must share the
 * schema version of the cached library.
 */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const revision = argv[argv.indexOf('--against') + 1];
  if (!argv.includes('--against') || revision === undefined) throw new Error('Name the revision to compare with: --against main');
  const count = parseBenchOptions(argv).stories ?? 50_000;
  const size = `${count.toLocaleString('en-GB')} stories`;
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-store-compare-'));
  const sides: Side[] = [];
  try {
    const theirs = await storeModuleAt(revision);
    const generator = createStoryGenerator();
    const clock = { ms: START_MS };
    const now = () => new Date(clock.ms);
    const files = [join(dir, 'ours.db'), join(dir, 'theirs.db')] as const;
    prepareLibrary(files[0], generator, count, clock, (line) => console.log(line));
    copyFileSync(files[0], files[1]);
    console.log(`load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} CPUs`);
    sides.push({ name: 'this tree', store: openStore({ file: files[0], Database, now }) });
    sides.push({ name: revision, store: theirs.openStore({ file: files[1], Database, now }) });

    const queries = generator.searches(SEARCHES);
    const searchTimes = takeTurns(sides, queries.length, SEARCH_ROUNDS * queries.length, (side, call) =>
      side.store.listStories({ ...firstPage, query: queries[call % queries.length]! }),
    );
    const long = generator.story(LONG_STORY_WORDS);
    const stories = sides.map((side) => {
      const created = side.store.createStory(long);
      return side.store.saveStory(created.id, created.revision, { body: long.body });
    });
    const saveTimes = takeTurns(sides, 5, SAVES, (side, call) => {
      const index = sides.indexOf(side);
      clock.ms += 1000;
      const body: StoryBody = withTypedWord(long.body, call);
      stories[index] = side.store.saveStory(stories[index]!.id, stories[index]!.revision, { body });
    });

    const words = stories[0]!.wordCount.toLocaleString('en-GB');
    sides.forEach((side, index) => {
      const search = searchTimes[index]!;
      const save = saveTimes[index]!;
      const results: BenchResult[] = [
        { name: `search (${queries.length} queries) [${side.name}]`, size, median: median(search), p95: percentile(search, 95), budget: 30, budgetOn: 'p95' },
        { name: `autosave [${side.name}]`, size: `${words}-word story`, median: median(save), p95: percentile(save, 95), budget: 5 },
      ];
      for (const result of results) console.log(reportLine(result));
    });
    const ratio = (times: number[][], pick: (samples: number[]) => number) => (pick(times[0]!) / pick(times[1]!)).toFixed(2);
    console.log(
      `this tree / ${revision}: search median ${ratio(searchTimes, median)}, p95 ${ratio(searchTimes, (t) => percentile(t, 95))}; autosave median ${ratio(saveTimes, median)}, p95 ${ratio(saveTimes, (t) => percentile(t, 95))}`,
    );
    console.log(`load average ${loadavg()[0]!.toFixed(1)} at the end`);
  } finally {
    for (const side of sides) side.store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The store module of `revision`, from a copy of its src and resources extracted once into bench/.work/compare. */
async function storeModuleAt(revision: string): Promise<typeof StoreModule> {
  const commit = execFileSync('git', ['rev-parse', '--verify', `${revision}^{commit}`], { encoding: 'utf8' }).trim();
  const root = join(COMPARE_DIR, commit);
  if (!existsSync(join(root, 'src'))) {
    mkdirSync(root, { recursive: true });
    const archive = execFileSync('git', ['archive', '--format=tar', commit, 'src', 'resources'], { maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', root], { input: archive });
  }
  return (await import(pathToFileURL(join(root, 'src/main/store/store.ts')).href)) as typeof StoreModule;
}

/** `warmUp` and then `calls` timed calls on each side, one side then the other, alternating who goes first. */
function takeTurns(sides: Side[], warmUp: number, calls: number, work: (side: Side, call: number) => unknown): number[][] {
  const times = sides.map(() => [] as number[]);
  for (let call = 0; call < calls + warmUp; call += 1) {
    const order = call % 2 === 0 ? sides : [...sides].reverse();
    for (const side of order) {
      const started = performance.now();
      work(side, call);
      if (call >= warmUp) times[sides.indexOf(side)]!.push(performance.now() - started);
    }
  }
  return times;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
