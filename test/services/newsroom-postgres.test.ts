/** The newsroom server with its documents and tokens in PostgreSQL (postgres-fixtures.ts says which database). */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startNewsroomServer } from '../../src/server/newsroom-server';
import { addSharedToken } from '../../src/server/shared-tokens';
import { serverDatabaseFile } from '../../src/server/store/open-server-database';
import { pictureDocumentName } from '../../src/shared/newsroom/desk-protocol';
import { readPicture, writePicture, type DeskPicture } from '../../src/shared/newsroom/picture-document';
import { pngBytes } from '../support/image-bytes';
import { makeTempDir, removeTempDir } from '../main/store/store-fixtures';
import { deleteStoryTakingItsPicture, editDroppingAPicture, onlyInA, sha256Of, sharedWithB } from '../server/picture-collection-scenario';
import { allAcknowledged, connectEditor, pause, waitUntil, type TestEditor } from '../server/server-fixtures';
import { spawnServer, type ServerProcess } from '../server/server-process';
import { emptyDatabase, sql, URL } from './postgres-fixtures';

let dataDir: string;
let editors: TestEditor[];
let processes: ServerProcess[];

beforeEach(async () => {
  await emptyDatabase();
  dataDir = await makeTempDir();
  editors = [];
  processes = [];
});
afterEach(async () => {
  for (const editor of editors) editor.close();
  for (const server of processes) server.child.kill('SIGKILL');
  await removeTempDir(dataDir);
});

function editor(url: string, token: string, documentName = 'story-1'): TestEditor {
  const connected = connectEditor(url, documentName, token);
  editors.push(connected);
  return connected;
}

const edit = (i: number) => `e${i};`;

describe('copydesk server --postgres URL', () => {
  it('merges two editors, keeps the documents and tokens in PostgreSQL (nothing in the data folder) across a restart, compacted', async () => {
    const token = await addSharedToken(URL, 'jane', new Date());
    const first = await startNewsroomServer({ dataDir, port: 0, host: '127.0.0.1', postgresUrl: URL, log: () => undefined });
    const a = editor(first.url, token);
    const b = editor(first.url, token);
    await Promise.all([allAcknowledged(a), allAcknowledged(b)]);
    a.text.insert(0, 'Talks resumed.');
    b.text.insert(0, 'Breaking: ');
    await Promise.all([allAcknowledged(a), allAcknowledged(b)]);
    const merged = a.text.toString();
    expect(merged).toContain('Talks resumed.');
    expect(b.text.toString()).toBe(merged);
    a.close();
    b.close();
    await first.stop();
    expect(await sql('SELECT (SELECT count(*) FROM documents)::int AS states, (SELECT count(*) FROM document_updates)::int AS pending')).toEqual([{ states: 1, pending: 0 }]);
    expect(existsSync(serverDatabaseFile(dataDir))).toBe(false);

    const second = await startNewsroomServer({ dataDir, port: 0, host: '127.0.0.1', postgresUrl: URL, log: () => undefined });
    try {
      const late = editor(second.url, token);
      await allAcknowledged(late);
      expect(late.text.toString()).toBe(merged);
    } finally {
      await second.stop();
    }
  });

  it('keeps a picture under its own sha256, and never logs or stores a refused one', async () => {
    const token = await addSharedToken(URL, 'jane', new Date());
    const log: string[] = [];
    const first = await startNewsroomServer({ dataDir, port: 0, host: '127.0.0.1', postgresUrl: URL, log: (line) => log.push(line) });
    const bytes = pngBytes(1200, 800);
    const name = pictureDocumentName(createHash('sha256').update(bytes).digest('hex'));
    const writer = editor(first.url, token, name);
    const forger = editor(first.url, token, pictureDocumentName('0'.repeat(64)));
    await Promise.all([allAcknowledged(writer), allAcknowledged(forger)]);
    writePicture(writer.doc, { bytes, ext: 'png' });
    writePicture(forger.doc, { bytes, ext: 'png' });
    await allAcknowledged(writer);
    await waitUntil(() => log.length > 0, 'the forged picture is refused');
    writer.close();
    forger.close();
    await first.stop();

    const second = await startNewsroomServer({ dataDir, port: 0, host: '127.0.0.1', postgresUrl: URL, log: () => undefined });
    try {
      const reader = editor(second.url, token, name);
      const forged = editor(second.url, token, pictureDocumentName('0'.repeat(64)));
      await Promise.all([allAcknowledged(reader), allAcknowledged(forged)]);
      expect(readPicture(reader.doc)).toEqual({ bytes, ext: 'png' });
      // Neither stored nor logged: nothing of it comes back from PostgreSQL.
      expect(forged.doc.store.clients.size).toBe(0);
    } finally {
      await second.stop();
    }
  });

  it('takes a picture only a story deleted for good showed off the desk, its rows gone, and takes it back later', async () => {
    const gone = pictureDocumentName(sha256Of(onlyInA.bytes));
    const rowsOf = async () =>
      sql('SELECT (SELECT count(*) FROM documents WHERE name = $1)::int AS states, (SELECT count(*) FROM document_updates WHERE name = $1)::int AS pending', [gone]);
    let starts = 0;
    const start = async () => {
      // After the deletion's server stops: none of the picture is left in PostgreSQL, nor remembered as deleted.
      if (++starts === 3) {
        expect(await rowsOf()).toEqual([{ states: 0, pending: 0 }]);
        expect(await sql('SELECT name FROM deleted_documents')).toEqual([{ name: 'story/a' }]);
      }
      const log: string[] = [];
      const server = await startNewsroomServer({ dataDir, port: 0, host: '127.0.0.1', postgresUrl: URL, log: (line) => log.push(line) });
      return { ...server, log };
    };
    await deleteStoryTakingItsPicture({ start, token: await addSharedToken(URL, 'jane', new Date()), editor });
    expect(await rowsOf()).toEqual([{ states: 1, pending: 0 }]);
  });

  it('sweeps away a picture an edit dropped once the grace period is over, its rows gone, and keeps one another story shows', async () => {
    const rowsOf = async (picture: DeskPicture) =>
      sql('SELECT (SELECT count(*) FROM documents WHERE name = $1)::int + (SELECT count(*) FROM document_updates WHERE name = $1)::int AS kept', [
        pictureDocumentName(sha256Of(picture.bytes)),
      ]);
    const start = async () => {
      const log: string[] = [];
      const server = await startNewsroomServer({ dataDir, port: 0, host: '127.0.0.1', postgresUrl: URL, log: (line) => log.push(line), pictureGraceMs: 2_000 });
      return { ...server, log };
    };
    await editDroppingAPicture({ start, token: await addSharedToken(URL, 'jane', new Date()), editor }, 2_000);
    expect(await rowsOf(onlyInA)).toEqual([{ kept: 0 }]);
    expect(await rowsOf(sharedWithB)).not.toEqual([{ kept: 0 }]);
  });

  it('never drops another server’s edits when it stores: two servers on one database, each storing its own copy, keep both', async () => {
    const token = await addSharedToken(URL, 'jane', new Date());
    // No Redis between them, so neither sees the other's edit: only the stores can bring them together.
    const [first, second] = await Promise.all(
      ['first', 'second'].map((name) => startNewsroomServer({ dataDir: join(dataDir, name), port: 0, host: '127.0.0.1', postgresUrl: URL, log: () => undefined })),
    );
    // Both have the story open before either edits it.
    const a = editor(first!.url, token);
    const b = editor(second!.url, token);
    await Promise.all([allAcknowledged(a), allAcknowledged(b)]);
    a.text.insert(0, 'Kept by the first.');
    b.text.insert(0, 'Kept by the second.');
    await Promise.all([allAcknowledged(a), allAcknowledged(b)]);
    expect(b.text.toString()).toBe('Kept by the second.');
    a.close();
    b.close();
    await first!.stop();
    await second!.stop();

    const third = await startNewsroomServer({ dataDir: join(dataDir, 'third'), port: 0, host: '127.0.0.1', postgresUrl: URL, log: () => undefined });
    try {
      const reader = editor(third.url, token);
      await allAcknowledged(reader);
      // Both were typed at the start of the story: Yjs orders the two the same way everywhere, by client.
      expect(['Kept by the first.Kept by the second.', 'Kept by the second.Kept by the first.']).toContain(reader.text.toString());
    } finally {
      await third.stop();
    }
  });

  it('keeps every edit it had acknowledged when the server process is killed with SIGKILL in the middle of a stream of edits', async () => {
    const token = await addSharedToken(URL, 'jane', new Date());
    const first = await spawnServer(dataDir, ['--postgres', URL]);
    processes.push(first);
    const writer = editor(first.url, token);
    await allAcknowledged(writer);
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
    for (let burst = 0; acknowledged < 100; burst += 1) {
      type(10);
      if (burst % 3 === 2) await allAcknowledged(writer);
      else await pause(5);
    }
    type(10);
    first.child.kill('SIGKILL');
    type(20);
    await pause(50);
    expect((await first.exited).signal).toBe('SIGKILL');
    const confirmed = acknowledged;
    writer.close();

    const second = await spawnServer(dataDir, ['--postgres', URL]);
    processes.push(second);
    const reader = editor(second.url, token);
    await allAcknowledged(reader);
    const text = reader.text.toString();
    const expected = Array.from({ length: confirmed }, (_, i) => edit(i)).join('');
    expect(text.startsWith(expected), `the first ${confirmed} edits are there (the server has ${text.length} characters)`).toBe(true);
    expect(text).toBe(Array.from({ length: text.split(';').length - 1 }, (_, i) => edit(i)).join(''));
  }, 60_000);

  it('stops, saying why, when it loses its PostgreSQL connection, rather than run on acknowledging nothing', async () => {
    const token = await addSharedToken(URL, 'jane', new Date());
    const log: string[] = [];
    const server = await startNewsroomServer({ dataDir, port: 0, host: '127.0.0.1', postgresUrl: URL, log: (line) => log.push(line) });
    const writer = editor(server.url, token);
    await allAcknowledged(writer);
    writer.text.insert(0, 'Kept.');
    await allAcknowledged(writer);
    await sql('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
    expect((await server.failed).message).toMatch(/^(Lost the connection to PostgreSQL|The connection to PostgreSQL) at postgres:\/\/copydesk_test:\*\*\*@/);
    await waitUntil(() => writer.provider.synced === false, 'the editor sees the server go');
    // The last store failed and said so; the updates it would have folded in stay logged.
    expect(log).toContainEqual(expect.stringContaining('could not store story-1'));
    const next = await startNewsroomServer({ dataDir, port: 0, host: '127.0.0.1', postgresUrl: URL, log: () => undefined });
    try {
      const reader = editor(next.url, token);
      await allAcknowledged(reader);
      expect(reader.text.toString()).toBe('Kept.');
    } finally {
      await next.stop();
    }
  });

  it('brings a database set up by the first schema forward, keeping its stories, and adds the tokens and the deleted stories to it', async () => {
    const before = new Y.Doc();
    before.getText('body').insert(0, 'From before.');
    await sql(`CREATE TABLE documents (name text PRIMARY KEY, state bytea NOT NULL, stored_at timestamptz NOT NULL);
               CREATE TABLE document_updates (id bigserial PRIMARY KEY, name text NOT NULL, data bytea NOT NULL);
               CREATE TABLE copydesk_server_schema (version integer NOT NULL);
               INSERT INTO copydesk_server_schema (version) VALUES (1)`);
    await sql('INSERT INTO documents (name, state, stored_at) VALUES ($1, $2, now())', ['story-1', Buffer.from(Y.encodeStateAsUpdate(before))]);
    const token = await addSharedToken(URL, 'jane', new Date());
    expect(await sql('SELECT version FROM copydesk_server_schema')).toEqual([{ version: 3 }]);
    expect(await sql('SELECT count(*)::int AS deleted FROM deleted_documents')).toEqual([{ deleted: 0 }]);
    const server = await startNewsroomServer({ dataDir, port: 0, host: '127.0.0.1', postgresUrl: URL, log: () => undefined });
    try {
      const writer = editor(server.url, token);
      await allAcknowledged(writer);
      expect(writer.text.toString()).toBe('From before.');
      writer.text.insert(writer.text.length, ' And after.');
      await allAcknowledged(writer);
      writer.close();
    } finally {
      await server.stop();
    }
    const [stored] = await sql('SELECT state, version FROM documents');
    const after = new Y.Doc();
    Y.applyUpdate(after, stored!.state as Uint8Array);
    expect(after.getText('body').toString()).toBe('From before. And after.');
    expect(Number(stored!.version)).toBeGreaterThan(0);
  });

  it('refuses a PostgreSQL database set up by a newer Copydesk, and a URL it cannot reach, with a message', async () => {
    const ok = await startNewsroomServer({ dataDir, port: 0, host: '127.0.0.1', postgresUrl: URL, log: () => undefined });
    await ok.stop();
    await sql('UPDATE copydesk_server_schema SET version = 99');
    await expect(startNewsroomServer({ dataDir, port: 0, host: '127.0.0.1', postgresUrl: URL, log: () => undefined })).rejects.toThrow(
      'set up by a newer version of Copydesk (schema 99',
    );
    const wrong = URL.replace(/:[^:@/]*@/, ':not-the-password@');
    await expect(startNewsroomServer({ dataDir, port: 0, host: '127.0.0.1', postgresUrl: wrong, log: () => undefined })).rejects.toThrow(
      /Could not use the PostgreSQL database at postgres:\/\/copydesk_test:\*\*\*@/,
    );
    // Each refusal let go of the data folder.
    const again = await startNewsroomServer({ dataDir, port: 0, host: '127.0.0.1', log: () => undefined });
    await again.stop();
  });
});
