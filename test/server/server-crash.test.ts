import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addToken } from '../../src/server/newsroom-tokens';
import { serverDatabaseFile } from '../../src/server/store/open-server-database';
import { makeTempDir, removeTempDir } from '../main/store/store-fixtures';
import { allAcknowledged, connectEditor, pause, waitUntil, type TestEditor } from './server-fixtures';
import { spawnServer, type ServerProcess } from './server-process';

let dataDir: string;
let editors: TestEditor[];
let servers: ServerProcess[];

beforeEach(async () => {
  dataDir = await makeTempDir();
  editors = [];
  servers = [];
});
afterEach(async () => {
  for (const editor of editors) editor.close();
  for (const server of servers) server.child.kill('SIGKILL');
  await removeTempDir(dataDir);
});

async function started(): Promise<ServerProcess> {
  const server = await spawnServer(dataDir);
  servers.push(server);
  return server;
}

function editor(url: string, token: string): TestEditor {
  const connected = connectEditor(url, 'story-1', token);
  editors.push(connected);
  return connected;
}

const edit = (i: number) => `e${i};`;

describe('copydesk server as a process', () => {
  it('keeps every edit it had acknowledged when it is killed with SIGKILL in the middle of a stream of edits', async () => {
    const token = addToken(dataDir, 'jane', new Date());
    const first = await started();
    expect(first.banner).toBe(`Copydesk newsroom server: ${first.url} (data ${dataDir})\n`);
    const writer = editor(first.url, token);
    await allAcknowledged(writer);

    // Acknowledged: the provider's count of updates the server has not confirmed is back to 0, so every edit made so far is confirmed.
    let made = 0;
    let acknowledged = 0;
    writer.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
      if (number === 0) acknowledged = made;
    });
    const type = (count: number) => {
      for (let i = 0; i < count; i += 1) {
        writer.text.insert(writer.text.length, edit(made));
        made += 1;
      }
    };
    // Bursts of ten edits; after every third the writer waits for the server to confirm all it sent.
    for (let burst = 0; acknowledged < 100; burst += 1) {
      type(10);
      if (burst % 3 === 2) await allAcknowledged(writer);
      else await pause(5);
    }
    // A burst in flight when the server dies, and more edits while it is gone.
    type(10);
    first.child.kill('SIGKILL');
    type(20);
    await pause(50);
    expect((await first.exited).signal).toBe('SIGKILL');
    const confirmed = acknowledged;
    // The writer goes away with its unconfirmed edits, so nothing can send them again.
    writer.close();

    const second = await started();
    const reader = editor(second.url, token);
    await allAcknowledged(reader);
    const expected = Array.from({ length: confirmed }, (_, i) => edit(i)).join('');
    const text = reader.text.toString();
    expect(text.startsWith(expected), `the first ${confirmed} edits are there (the server has ${text.length} characters)`).toBe(true);
    // Everything it kept came from the one ordered stream.
    expect(expected.length <= text.length && text === Array.from({ length: text.split(';').length - 1 }, (_, i) => edit(i)).join('')).toBe(true);
  }, 60_000);

  it('stores the open documents and exits 0 on SIGTERM, leaving one compacted state and no pending updates', async () => {
    const token = addToken(dataDir, 'jane', new Date());
    const server = await started();
    const writer = editor(server.url, token);
    await allAcknowledged(writer);
    for (let i = 0; i < 30; i += 1) writer.text.insert(writer.text.length, edit(i));
    await allAcknowledged(writer);

    server.child.kill('SIGTERM');
    const { code, stderr } = await server.exited;
    expect(code).toBe(0);
    expect(stderr).toContain('stopped; every document is stored');
    await waitUntil(() => writer.provider.synced === false, 'the writer sees the server go');

    const db = new Database(serverDatabaseFile(dataDir), { readonly: true });
    const stored = db.prepare('SELECT (SELECT count(*) FROM documents) AS states, (SELECT count(*) FROM document_updates) AS pending').get();
    db.close();
    expect(stored).toEqual({ states: 1, pending: 0 });
  }, 60_000);
});
