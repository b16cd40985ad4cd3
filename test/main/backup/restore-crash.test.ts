import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../../src/main/backup/backups';
import { openStore, type Store } from '../../../src/main/store/store';
import { libraryQuery, makeTempDir, paragraphs, removeTempDir, withDatabase } from '../store/store-fixtures';

/** How many times a restore is killed: a short run by default, `COPYDESK_CRASH_KILLS=100` (npm run test:crash) on demand. */
const KILLS = Number(process.env.COPYDESK_CRASH_KILLS ?? 6);
const RUNNER = resolve(__dirname, '../../support/restore-runner.ts');
const SMALL = 20;
const LARGE = 60;

let dir: string;
let database: string;
const backups: string[] = [];

function addStories(store: Store, count: number, from: number): void {
  for (let i = from; i < from + count; i += 1) {
    const story = store.createStory({ section: 'News', headline: `Filler ${i}` });
    const text = `Ward ${i} rota `.repeat(600);
    store.saveStory(story.id, story.revision, { body: paragraphs(text) });
  }
}

beforeAll(async () => {
  dir = await makeTempDir();
  database = join(dir, 'copydesk.db');
  const store = openStore({ file: database, Database });
  addStories(store, SMALL, 0);
  backups.push((await createBackup(store, dir, new Date('2026-03-02T09:00:00.000Z'))).name);
  addStories(store, LARGE - SMALL, SMALL);
  backups.push((await createBackup(store, dir, new Date('2026-03-02T10:00:00.000Z'))).name);
  store.close();
});

afterAll(async () => {
  await removeTempDir(dir);
});

/** Starts the runner, lets it restore for a random while, and kills it with SIGKILL; resolves with the restores it finished. */
function restoreThenKill(): Promise<number> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', RUNNER, dir, ...backups], { stdio: ['ignore', 'pipe', 'pipe'] });
    let restores = 0;
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      restores += chunk.toString().split('\n').filter((line) => line.startsWith('restored ')).length;
      timer ??= setTimeout(() => child.kill('SIGKILL'), 50 + Math.random() * 500);
    });
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the restore runner exited by itself (${code}): ${stderr}`));
      else resolveRun(restores);
    });
  });
}

/** The fillers of one backup, plus at most the one story saved after the restore. */
function fillerCount(): number {
  const store = openStore({ file: database, Database });
  try {
    const headlines = store
      .listStories(libraryQuery({ limit: 200 }))
      .rows.map((row) => row.headline);
    expect(headlines.filter((headline) => headline.startsWith('Saved after restore')).length).toBeLessThanOrEqual(1);
    return headlines.filter((headline) => headline.startsWith('Filler ')).length;
  } finally {
    store.close();
  }
}

describe('restore under kill -9', () => {
  it(`always leaves a complete database, the old or the restored one (${KILLS} kills)`, async () => {
    let restores = 0;
    const seen = new Set<number>();
    for (let kill = 0; kill < KILLS; kill += 1) {
      restores += await restoreThenKill();
      expect(existsSync(database)).toBe(true);
      withDatabase(database, (db) => expect(db.pragma('integrity_check', { simple: true })).toBe('ok'));
      const fillers = fillerCount();
      expect([SMALL, LARGE]).toContain(fillers);
      seen.add(fillers);
      for (const file of readdirSync(dir)) {
        if (file.includes('.before-restore-')) rmSync(join(dir, file), { force: true });
      }
    }
    console.info(`restore crash safety: ${KILLS} kills survived, ${restores} restores finished between them, databases seen: ${[...seen].join(', ')} stories`);
    expect(restores).toBeGreaterThan(0);
  }, 60_000 + KILLS * 8_000);
});
