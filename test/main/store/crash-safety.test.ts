import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/main/store/store';
import { makeTempDir, removeTempDir, withDatabase } from './store-fixtures';

/** How many times the writer is killed: a short run by default, `COPYDESK_CRASH_KILLS=100` (npm run test:crash) on demand. */
const KILLS = Number(process.env.COPYDESK_CRASH_KILLS ?? 8);
const WRITER = resolve(__dirname, '../../support/crash-writer.ts');

let dir: string;
let file: string;
let storyId: string;

beforeAll(async () => {
  dir = await makeTempDir();
  file = join(dir, 'copydesk.db');
  const store = openStore({ file, Database });
  storyId = store.createStory({ section: 'News', headline: 'Crash test' }).id;
  store.close();
});

afterAll(async () => {
  await removeTempDir(dir);
});

type Run = { acked: { revision: number; hash: string }[]; inFlight: string | undefined };

/** Starts the writer, lets it save for a random while after its first commit, and kills it with SIGKILL. */
function saveThenKill(): Promise<Run> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, file, storyId], { stdio: ['ignore', 'pipe', 'pipe'] });
    const run: Run = { acked: [], inFlight: undefined };
    let buffered = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        const [kind, a, b] = line.split(' ');
        if (kind === 'try') run.inFlight = a;
        if (kind === 'ack') run.acked.push({ revision: Number(a), hash: b! });
      }
      if (timer === undefined && run.acked.length > 0) {
        timer = setTimeout(() => child.kill('SIGKILL'), Math.random() * 400);
      }
    });
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the writer exited by itself (${code}): ${stderr}`));
      else resolveRun(run);
    });
  });
}

describe('crash safety', () => {
  it(`keeps every acknowledged save when the saving process is killed (${KILLS} kills)`, async () => {
    let verified = 0;
    let committedUnacknowledged = 0;
    for (let kill = 0; kill < KILLS; kill += 1) {
      const run = await saveThenKill();
      const last = run.acked.at(-1)!;

      withDatabase(file, (db) => expect(db.pragma('integrity_check', { simple: true })).toBe('ok'));
      const store = openStore({ file, Database });
      try {
        const story = store.getStory(storyId);
        const hash = createHash('sha256').update(JSON.stringify(story.body)).digest('hex');
        // Every acknowledged save is there: the last one, or the one in flight when the kill came.
        expect(story.revision).toBeGreaterThanOrEqual(last.revision);
        expect(story.revision).toBeLessThanOrEqual(last.revision + 1);
        if (story.revision === last.revision) expect(hash).toBe(last.hash);
        else {
          expect(hash).toBe(run.inFlight);
          committedUnacknowledged += 1;
        }
        store.revisions.list(storyId);
      } finally {
        store.close();
      }
      verified += run.acked.length;
    }
    console.info(
      `crash safety: ${KILLS} kills survived, ${verified} acknowledged saves, ${committedUnacknowledged} kills between a commit and its acknowledgement`,
    );
    expect(verified).toBeGreaterThanOrEqual(KILLS);
  }, 60_000 + KILLS * 5_000);
});
