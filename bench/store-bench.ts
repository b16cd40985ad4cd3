import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { createApiService } from '../src/main/api/api-service';
import { defaultSettings } from '../src/main/settings/load-settings';
import { profilePaths } from '../src/main/profile/profile-dir';
import { LATEST_SCHEMA_VERSION } from '../src/main/store/migrations';
import { openStore, type Store } from '../src/main/store/store';
import type { ListStoriesQuery, StoryBody } from '../src/shared/story/story-schema';
import { parseBenchOptions } from './bench-options';
import { formatMs, median, percentile, reportLine, type BenchResult } from './bench-report';
import { measureSaveBytes } from './save-bench';
import { createStoryGenerator, GENERATOR_VERSION } from './story-generator';

export type StoreBenchOptions = {
  /** Library size; the budgets (bench/README.md) are for 50,000. */
  stories?: number;
  log?: (line: string) => void;
};

const BATCH = 500;
const RUNS = 30;
export const SEARCHES = 60;
export const SEARCH_ROUNDS = 3;
export const LONG_STORY_WORDS = 10_000;
/** The library spans five years of work, so modified dates look like a real profile's. */
const HISTORY_MS = 5 * 365 * 24 * 3600 * 1000;
export const START_MS = Date.parse('2021-01-04T09:00:00.000Z');
/** Seeded libraries kept between runs (seeding 50,000 stories takes minutes). */
const CACHE_DIR = resolve(__dirname, '.work/store');

export const firstPage: ListStoriesQuery = {
  view: 'active',
  status: null,
  section: null,
  query: '',
  sort: 'modified',
  offset: 0,
  limit: 100,
};

/**
 * The store's budgets (bench/README.md) on a generated library: the library's first
 * page, full-text search and the autosave of a 10,000-word story. Seeding
 * goes through the real Store methods, in batches of one transaction each;
 * every measured operation is a real Store (or API) call.
 */
export async function runStoreBench(options: StoreBenchOptions = {}): Promise<BenchResult[]> {
  const count = options.stories ?? 50_000;
  const log = options.log ?? ((line: string) => console.log(line));
  const size = `${count.toLocaleString('en-GB')} stories`;
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-store-bench-'));
  const file = profilePaths(dir).database;
  const clock = { ms: START_MS };
  const now = () => new Date(clock.ms);
  const results: BenchResult[] = [];
  const record = (result: BenchResult) => {
    results.push(result);
    log(reportLine(result));
  };

  // Shared machines are noisy; the load says how much to trust the figures.
  log(`load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} CPUs`);
  try {
    const generator = createStoryGenerator();
    prepareLibrary(file, generator, count, clock, log);

    const openStarted = performance.now();
    const store = openStore({ file, Database, now });
    log(`open with quick check   ${size}   ${formatMs(performance.now() - openStarted)}   (no budget)`);

    const api = createApiService({
      store,
      settings: defaultSettings,
      appVersion: 'bench',
      profileDir: dir,
      settingsFile: profilePaths(dir).settings,
    });
    for (let i = 0; i < 5; i += 1) store.listStories(firstPage);
    record(timed('library first page', size, 10, () => store.listStories(firstPage)));
    const apiTimes: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const started = performance.now();
      const result = await api.dispatch('listStories', {});
      apiTimes.push(performance.now() - started);
      if (!result.ok) throw new Error(result.error.message);
    }
    record({ name: 'library first page (API call)', size, median: median(apiTimes), budget: 10 });
    for (const sort of ['status', 'section', 'author'] as const) {
      record(timed(`library sorted by ${sort}`, size, 10, () => store.listStories({ ...firstPage, sort })));
    }

    const queries = generator.searches(SEARCHES);
    for (const query of queries) store.listStories({ ...firstPage, query });
    const searchTimes: number[] = [];
    for (let round = 0; round < SEARCH_ROUNDS; round += 1) {
      for (const query of queries) {
        const started = performance.now();
        store.listStories({ ...firstPage, query });
        searchTimes.push(performance.now() - started);
      }
    }
    record({
      name: `search (${queries.length} queries)`,
      size,
      median: median(searchTimes),
      p95: percentile(searchTimes, 95),
      budget: 30,
      budgetOn: 'p95',
    });

    const longSave = measureLongSave(store, generator, clock);
    record(longSave.result);
    const tick = () => {
      clock.ms += 1000;
    };
    for (const result of await measureSaveBytes(api, store, longSave.body, longSave.storyId, withTypedWord, tick, log)) record(result);
    log(`delete for good (purge, index merge, WAL checkpoint)   ${size}   median ${formatMs(measureDeleteForever(store, generator))}   (no budget)`);
    store.close();
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Puts the seeded library at `file`: a copy of the cached one for this size,
 * generator and schema version when there is one (the generator is wound on
 * past the seeded stories, so what follows is the same either way), otherwise
 * seeded afresh and then cached. Delete bench/.work/store to seed again.
 */
export function prepareLibrary(
  file: string,
  generator: ReturnType<typeof createStoryGenerator>,
  count: number,
  clock: { ms: number },
  log: (line: string) => void,
): void {
  const size = `${count.toLocaleString('en-GB')} stories`;
  const cached = join(CACHE_DIR, `library-${count}-generator${GENERATOR_VERSION}-schema${LATEST_SCHEMA_VERSION}.db`);
  const step = HISTORY_MS / count;
  const started = performance.now();
  const reused = existsSync(cached);
  if (reused) {
    copyFileSync(cached, file);
    for (let i = 0; i < count; i += 1) {
      generator.story();
      clock.ms += step;
    }
  } else {
    const store = openStore({ file, Database, now: () => new Date(clock.ms) });
    seed(store, generator, count, clock, step);
    store.close();
    mkdirSync(CACHE_DIR, { recursive: true });
    copyFileSync(file, `${cached}.partial`);
    renameSync(`${cached}.partial`, cached);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const megabytes = Math.round(statSync(file).size / 1_048_576).toLocaleString('en-GB');
  const how = reused ? `copied from ${relative(process.cwd(), cached)}` : 'seeded, and cached for the next run';
  log(`${size} (database ${megabytes} MB) ${how} in ${seconds} s`);
}

function seed(
  store: Store,
  generator: ReturnType<typeof createStoryGenerator>,
  count: number,
  clock: { ms: number },
  step: number,
): void {
  const authors = generator.authors.map((author) => store.authors.create(author));
  for (let start = 0; start < count; start += BATCH) {
    store.runInTransaction(() => {
      for (let i = start; i < Math.min(count, start + BATCH); i += 1) {
        const story = generator.story();
        clock.ms += step;
        const created = store.createStory(story);
        store.saveStory(created.id, created.revision, {
          body: story.body,
          status: story.status,
          tags: story.tags,
          bylines: story.authorIndexes.map((index) => {
            const author = authors[index]!;
            return { authorId: author.id, role: author.role, organisation: author.organisation };
          }),
        });
        if (i % 25 === 7) store.setArchived(created.id, true);
        if (i % 100 === 11) store.setTrashed(created.id, true);
      }
    });
  }
}

/** Autosave of a 10,000-word story: each run changes one paragraph, as typing would. */
function measureLongSave(
  store: Store,
  generator: ReturnType<typeof createStoryGenerator>,
  clock: { ms: number },
): { result: BenchResult; storyId: string; body: StoryBody } {
  const long = generator.story(LONG_STORY_WORDS);
  const created = store.createStory(long);
  let story = store.saveStory(created.id, created.revision, { body: long.body });
  const words = story.wordCount.toLocaleString('en-GB');
  const times: number[] = [];
  let body = long.body;
  for (let run = 0; run < RUNS + 5; run += 1) {
    clock.ms += 1000;
    body = withTypedWord(long.body, run);
    const started = performance.now();
    story = store.saveStory(story.id, story.revision, { body });
    if (run >= 5) times.push(performance.now() - started);
  }
  return {
    result: { name: 'autosave', size: `${words}-word story`, median: median(times), p95: percentile(times, 95), budget: 5 },
    storyId: story.id,
    body,
  };
}

/** "Delete for good" of an ordinary story: rare, but it merges the whole search index to purge the story's words. */
function measureDeleteForever(store: Store, generator: ReturnType<typeof createStoryGenerator>): number {
  const times: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    const story = generator.story();
    const created = store.createStory(story);
    store.saveStory(created.id, created.revision, { body: story.body });
    const started = performance.now();
    store.deleteStoryForever(created.id);
    times.push(performance.now() - started);
  }
  return median(times);
}

/** The body with one more word typed into a paragraph in the middle. */
export function withTypedWord(body: StoryBody, run: number): StoryBody {
  const children = [...body.root.children];
  const middle = Math.floor(children.length / 2) + (run % 10);
  const block = children[middle] as (typeof children)[number] & { children?: { text?: string }[] };
  const first = block.children?.[0];
  if (block.children !== undefined && first?.text !== undefined) {
    children[middle] = { ...block, children: [{ ...first, text: `${first.text} edit${run}` }, ...block.children.slice(1)] };
  }
  return { ...body, root: { ...body.root, children } };
}

function timed(name: string, size: string, budget: number, work: () => unknown): BenchResult {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return { name, size, median: median(times), budget };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runStoreBench(parseBenchOptions(process.argv.slice(2))).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  });
}
