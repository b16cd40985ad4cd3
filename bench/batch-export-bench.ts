import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { runCli } from '../src/main/cli/run-cli';
import { profilePaths } from '../src/main/profile/profile-dir';
import { openStore } from '../src/main/store/store';
import { median, reportLine, type BenchResult } from './bench-report';
import { createStoryGenerator } from './story-generator';

export type BatchExportBenchOptions = {
  /** The budget (bench/README.md) is for 1,000 stories of about 1,000 words. */
  stories?: number;
  runs?: number;
  log?: (line: string) => void;
};

const ROOT = resolve(import.meta.dirname, '..');
const BATCH = 250;

/**
 * The budget of bench/README.md: batch export of 1,000 stories of about 1,000 words from the
 * command line, ≤ 5 s. Measured through the real command (`copydesk export
 * --all`): in-process via runCli, and as a spawned process so Node's start-up
 * and opening the profile count too (the built bin when there is a build,
 * else the source through tsx, which adds its own compile time).
 */
export async function runBatchExportBench(options: BatchExportBenchOptions = {}): Promise<BenchResult[]> {
  const count = options.stories ?? 1_000;
  const runs = Math.max(3, options.runs ?? 3);
  const log = options.log ?? ((line: string) => console.log(line));
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-batch-bench-'));
  const size = `${count.toLocaleString('en-GB')} stories of ~1,000 words`;
  try {
    seed(dir, count);
    const results: BenchResult[] = [];
    const inProcess: number[] = [];
    const spawned: number[] = [];
    const built = existsSync(join(ROOT, 'out', 'cli', 'copydesk.cjs'));
    const [command, prefix] = built
      ? [process.execPath, [join(ROOT, 'bin', 'copydesk.cjs')]]
      : [join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'src', 'main', 'cli', 'copydesk.ts')]];
    // Interleaved, so both see the same machine load.
    for (let run = 0; run < runs; run += 1) {
      const out = join(dir, `out-${run}`);
      const started = performance.now();
      const code = await runCli(['export', '--all', '--out', out, '--profile', dir], {
        stdout: () => undefined,
        stderr: () => undefined,
        env: {},
      });
      inProcess.push(performance.now() - started);
      check(code, out, count);

      const spawnOut = join(dir, `spawned-${run}`);
      const spawnStarted = performance.now();
      const child = spawnSync(command, [...prefix, 'export', '--all', '--out', spawnOut, '--profile', dir], {
        encoding: 'utf8',
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      spawned.push(performance.now() - spawnStarted);
      if (child.status !== 0) throw new Error(`copydesk exited ${child.status}: ${child.stderr}`);
      check(0, spawnOut, count);
      rmSync(out, { recursive: true, force: true });
      rmSync(spawnOut, { recursive: true, force: true });
    }
    for (const result of [
      { name: `batch export, in-process runCli (${runs} runs)`, size, median: median(inProcess), budget: 5_000 },
      {
        name: `batch export, spawned ${built ? 'bin/copydesk.cjs' : 'tsx src/main/cli/copydesk.ts'} (${runs} runs)`,
        size,
        median: median(spawned),
        budget: 5_000,
      },
    ]) {
      results.push(result);
      log(reportLine(result));
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A profile of `count` active stories with bylines, tags and bodies of about 1,000 words, through the real store. */
function seed(dir: string, count: number): void {
  const generator = createStoryGenerator(1_000);
  const store = openStore({ file: profilePaths(dir).database, Database });
  try {
    const authors = generator.authors.map((author) => store.authors.create(author));
    for (let start = 0; start < count; start += BATCH) {
      store.runInTransaction(() => {
        for (let i = start; i < Math.min(count, start + BATCH); i += 1) {
          const story = generator.story(900 + (i % 200));
          const created = store.createStory(story);
          store.saveStory(created.id, created.revision, {
            body: story.body,
            status: story.status,
            tags: story.tags,
            publishDate: '2026-11-26T09:00:00.000Z',
            bylines: story.authorIndexes.map((index) => {
              const author = authors[index]!;
              return { authorId: author.id, role: author.role, organisation: author.organisation };
            }),
          });
        }
      });
    }
  } finally {
    store.close();
  }
}

function check(code: number, out: string, count: number): void {
  const files = readdirSync(out).filter((name) => name.endsWith('.html')).length;
  if (code !== 0 || files !== count) throw new Error(`the export wrote ${files} of ${count} files (exit ${code})`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runBatchExportBench().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  });
}
