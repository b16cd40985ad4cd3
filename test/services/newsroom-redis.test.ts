/**
 * Several newsroom servers behind a balancer: instances sharing one
 * PostgreSQL (postgres-fixtures.ts) and one Redis, named by
 * COPYDESK_TEST_REDIS_URL; by default Debian's redis-server on loopback
 * (`redis-server --daemonize yes`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startNewsroomServer, type NewsroomServer } from '../../src/server/newsroom-server';
import { DELETED_FOR_GOOD_REASON, writeDeskMessage } from '../../src/shared/newsroom/desk-protocol';
import { addSharedToken } from '../../src/server/shared-tokens';
import { cli } from '../main/cli/cli-fixtures';
import { makeTempDir, removeTempDir } from '../main/store/store-fixtures';
import { allAcknowledged, connectEditor, pause, waitUntil, type TestEditor } from '../server/server-fixtures';
import { spawnServer, type ServerProcess } from '../server/server-process';
import { emptyDatabase, sql, URL as POSTGRES } from './postgres-fixtures';

const REDIS = process.env.COPYDESK_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

let dir: string;
let editors: TestEditor[];
let servers: NewsroomServer[];
let processes: ServerProcess[];
let redisServers: ChildProcess[];

beforeEach(async () => {
  await emptyDatabase();
  dir = await makeTempDir();
  editors = [];
  servers = [];
  processes = [];
  redisServers = [];
});
afterEach(async () => {
  for (const editor of editors) editor.close();
  await Promise.all(servers.map((server) => server.stop()));
  for (const server of processes) server.child.kill('SIGKILL');
  for (const redis of redisServers) redis.kill('SIGKILL');
  await removeTempDir(dir);
});

/** A Redis of the test's own on a free loopback port, for the test to stop and start again. */
async function privateRedis(port?: number): Promise<{ url: string; port: number; stop(): Promise<void> }> {
  const chosen = port ?? (await freePort());
  const child = spawn('redis-server', ['--port', String(chosen), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'inherit'] });
  redisServers.push(child);
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (text: string) => (output += text));
  await waitUntil(() => output.includes('Ready to accept connections'), 'the private Redis is ready');
  return {
    url: `redis://127.0.0.1:${chosen}`,
    port: chosen,
    stop: async () => {
      child.kill('SIGKILL');
      await once(child, 'exit');
    },
  };
}

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as { port: number };
  probe.close();
  return port;
}

/** One instance, in this process, with its own data folder, sharing the database and Redis with the others. */
async function instance(name: string, log: string[] = [], redisUrl = REDIS): Promise<NewsroomServer> {
  const server = await startNewsroomServer({
    dataDir: join(dir, name),
    port: 0,
    host: '127.0.0.1',
    postgresUrl: POSTGRES,
    redisUrl,
    log: (line) => log.push(line),
  });
  servers.push(server);
  return server;
}

function editor(url: string, token: string, documentName = 'story-1'): TestEditor {
  const connected = connectEditor(url, documentName, token);
  editors.push(connected);
  return connected;
}

describe('several copydesk servers sharing PostgreSQL and Redis', () => {
  it('relays each editor’s typing to the editor on the other instance, and stores the merged story for a fresh instance', async () => {
    const jane = await addSharedToken(POSTGRES, 'jane', new Date());
    const sam = await addSharedToken(POSTGRES, 'sam', new Date());
    // One instance is the command itself, in its own process; the other runs here.
    const first = await spawnServer(join(dir, 'first'), ['--postgres', POSTGRES, '--redis', REDIS]);
    processes.push(first);
    const second = await instance('second');
    const a = editor(first.url, jane);
    const b = editor(second.url, sam);
    await Promise.all([allAcknowledged(a), allAcknowledged(b)]);

    a.text.insert(0, 'Talks resumed today.');
    await waitUntil(() => b.text.toString() === 'Talks resumed today.', 'the editor on the second instance sees the first one’s text');
    // Both type at once, at either end of the sentence, several times over.
    for (let i = 0; i < 5; i += 1) {
      a.text.insert(0, `a${i} `);
      b.text.insert(b.text.length, ` b${i}`);
      await pause(10);
    }
    const merged = 'a4 a3 a2 a1 a0 Talks resumed today. b0 b1 b2 b3 b4';
    await waitUntil(() => a.text.toString() === merged && b.text.toString() === merged, 'both editors have every edit');
    await Promise.all([allAcknowledged(a), allAcknowledged(b)]);

    a.close();
    b.close();
    first.child.kill('SIGTERM');
    await Promise.all([first.exited, second.stop()]);
    expect((await first.exited).code).toBe(0);
    expect(await sql('SELECT (SELECT count(*) FROM documents)::int AS states, (SELECT count(*) FROM document_updates)::int AS pending')).toEqual([{ states: 1, pending: 0 }]);

    const fresh = await instance('fresh');
    const late = editor(fresh.url, jane);
    await allAcknowledged(late);
    expect(late.text.toString()).toBe(merged);
  });

  it('deletes a story for good on every instance: the editor on the other one is told, and nothing of it is stored again', async () => {
    const jane = await addSharedToken(POSTGRES, 'jane', new Date());
    const sam = await addSharedToken(POSTGRES, 'sam', new Date());
    const firstLog: string[] = [];
    const first = await instance('first', firstLog);
    const second = await instance('second');
    const a = editor(first.url, jane, 'story/s1');
    const b = editor(second.url, sam, 'story/s1');
    const kept = editor(second.url, sam, 'story/s2');
    await Promise.all([allAcknowledged(a), allAcknowledged(b), allAcknowledged(kept)]);
    a.text.insert(0, 'Leaked memo names the trust chair.');
    kept.text.insert(0, 'Board papers published.');
    await waitUntil(() => b.text.toString() === 'Leaked memo names the trust chair.', 'the other instance’s editor has the text');
    await allAcknowledged(kept);

    a.provider.sendStateless(writeDeskMessage({ type: 'delete-for-good' }));
    await waitUntil(() => b.messages.length > 0, 'the editor on the other instance is told');
    expect(b.messages).toEqual([{ type: 'deleted-for-good', by: 'jane' }]);
    expect(firstLog).toContain('jane deleted story/s1 for good');
    // Its copy on the second instance is still open there; what it types is not kept.
    b.text.insert(0, 'Update: ');
    await pause(300);
    b.close();
    kept.close();
    await Promise.all([first.stop(), second.stop()]);
    servers.length = 0;
    expect(await sql(`SELECT name FROM documents UNION ALL SELECT DISTINCT name FROM document_updates ORDER BY name`)).toEqual([{ name: 'story/s2' }]);

    const fresh = await instance('fresh');
    const late = editor(fresh.url, sam, 'story/s1');
    await waitUntil(() => late.refusals.length > 0, 'a later editor is refused');
    expect(late.refusals).toEqual([DELETED_FOR_GOOD_REASON]);
  });

  it('closes a revoked token’s connections on every instance at once and refuses it on each, leaving the others be', async () => {
    const janeToken = await addSharedToken(POSTGRES, 'jane', new Date());
    const samToken = await addSharedToken(POSTGRES, 'sam', new Date());
    const firstLog: string[] = [];
    const secondLog: string[] = [];
    const first = await instance('first', firstLog);
    const second = await instance('second', secondLog);
    const janeOnFirst = editor(first.url, janeToken);
    const janeOnSecond = editor(second.url, janeToken);
    const sam = editor(second.url, samToken);
    await Promise.all([janeOnFirst, janeOnSecond, sam].map(allAcknowledged));
    const closedAt: number[] = [];
    for (const jane of [janeOnFirst, janeOnSecond]) jane.provider.on('close', () => closedAt.push(Date.now()));

    // Revoked from the command line, which talks to neither instance, only to their database.
    const revokedAt = Date.now();
    expect(await cli(['server', 'token', 'revoke', 'jane', '--postgres', POSTGRES])).toMatchObject({ code: 0, stdout: 'Revoked jane.\n' });
    await waitUntil(() => closedAt.length >= 2, 'both of jane’s connections are closed', 2_000);
    expect(Math.max(...closedAt) - revokedAt).toBeLessThan(2_000);
    expect(firstLog).toContainEqual(expect.stringContaining('the token "jane" was revoked'));
    expect(secondLog).toContainEqual(expect.stringContaining('the token "jane" was revoked'));
    // Each provider reconnects by itself a second later, and its token is refused there.
    await waitUntil(() => janeOnFirst.refusals.length > 0 && janeOnSecond.refusals.length > 0, 'jane’s reconnections are refused', 5_000);

    janeOnFirst.text.insert(0, 'After revoking.');
    sam.text.insert(0, 'Sam goes on.');
    await allAcknowledged(sam);
    // A token added now is let in on the other instance at once.
    const added = await cli(['server', 'token', 'add', 'lee', '--postgres', POSTGRES]);
    expect(added.code).toBe(0);
    const lee = editor(first.url, added.stdout.trim());
    await waitUntil(() => lee.text.toString() === 'Sam goes on.', 'lee, added after the start, reads sam’s edit through the other instance');
    expect(lee.refusals).toEqual([]);
    expect(sam.text.toString()).toBe('Sam goes on.');

    const listed = await cli(['server', 'token', 'list', '--json', '--postgres', POSTGRES]);
    expect((JSON.parse(listed.stdout) as { tokens: { name: string }[] }).tokens.map((token) => token.name)).toEqual(['sam', 'lee']);
  });

  it('goes on storing and acknowledging edits while Redis is gone, without stopping, and the instances catch up once it is back', async () => {
    const token = await addSharedToken(POSTGRES, 'jane', new Date());
    const redis = await privateRedis();
    const first = await spawnServer(join(dir, 'first'), ['--postgres', POSTGRES, '--redis', redis.url]);
    processes.push(first);
    const secondLog: string[] = [];
    const second = await instance('second', secondLog, redis.url);
    const a = editor(first.url, token);
    const b = editor(second.url, token);
    await Promise.all([allAcknowledged(a), allAcknowledged(b)]);
    a.text.insert(0, 'Before.');
    await waitUntil(() => b.text.toString() === 'Before.', 'the edit crosses over while Redis runs');

    await redis.stop();
    a.text.insert(a.text.length, ' A while gone.');
    b.text.insert(0, 'B while gone. ');
    await Promise.all([allAcknowledged(a), allAcknowledged(b)]);
    await waitUntil(() => secondLog.some((line) => line.startsWith('lost Redis at')), 'the instance says it lost Redis');
    // Past the Redis client's retries (about ten seconds), when its queued publishes fail.
    await pause(12_000);
    expect(first.child.exitCode).toBeNull();
    expect(a.text.toString()).toBe('Before. A while gone.');

    await privateRedis(redis.port);
    await waitUntil(() => secondLog.some((line) => /^Redis at .* is back$/.test(line)), 'the instance says Redis is back', 10_000);
    // What each missed of the other is exchanged without waiting for a new edit.
    const merged = 'B while gone. Before. A while gone.';
    await waitUntil(() => a.text.toString() === merged && b.text.toString() === merged, 'both editors have every edit again', 5_000);
    a.text.insert(a.text.length, ' [a]');
    await waitUntil(() => b.text.toString() === `${merged} [a]`, 'a new edit crosses over again');
    expect(first.child.exitCode).toBeNull();
  }, 60_000);

  it('refuses to start, saying why, without Redis, without PostgreSQL, or with a Redis URL that is not one, and lets go of its data folder', async () => {
    const dataDir = join(dir, 'desk');
    const started = Date.now();
    await expect(
      startNewsroomServer({ dataDir, port: 0, host: '127.0.0.1', postgresUrl: POSTGRES, redisUrl: 'redis://127.0.0.1:1', log: () => undefined }),
    ).rejects.toThrow(/^Could not reach Redis at redis:\/\/127\.0\.0\.1:1 \(.*ECONNREFUSED.*\)\. Check --redis URL and that redis-server runs there\.$/);
    expect(Date.now() - started).toBeLessThan(6_000);

    const noPostgres = await cli(['server', '--data', dataDir, '--redis', REDIS]);
    expect(noPostgres.code).toBe(2);
    expect(noPostgres.stderr).toContain('--redis needs --postgres URL');
    const notRedis = await cli(['server', '--data', dataDir, '--postgres', POSTGRES, '--redis', 'http://secret:word@127.0.0.1']);
    expect(notRedis.code).toBe(3);
    expect(notRedis.stderr).toContain('"http://secret:***@127.0.0.1/" is not a Redis URL');
    expect(notRedis.stderr).not.toContain('word');

    // Each refusal let go of the data folder.
    const server = await startNewsroomServer({ dataDir, port: 0, host: '127.0.0.1', postgresUrl: POSTGRES, redisUrl: REDIS, log: () => undefined });
    await server.stop();
  });
});
