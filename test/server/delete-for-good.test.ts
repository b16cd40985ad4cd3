import { mkdirSync, readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DELETED_FOR_GOOD_REASON, writeDeskMessage } from '../../src/shared/newsroom/desk-protocol';
import { addToken } from '../../src/server/newsroom-tokens';
import { serverDatabaseFile } from '../../src/server/store/open-server-database';
import { allAcknowledged, pause, serverTestBed, waitUntil } from './server-fixtures';

const bed = serverTestBed();
const { server, editor } = bed;

function storedNames(): { documents: string[]; updates: string[]; deleted: { name: string; deleted_by: string }[] } {
  const db = new Database(serverDatabaseFile(bed.dataDir), { readonly: true });
  try {
    return {
      documents: db.prepare<[], { name: string }>('SELECT name FROM documents ORDER BY name').all().map((row) => row.name),
      updates: db.prepare<[], { name: string }>('SELECT DISTINCT name FROM document_updates ORDER BY name').all().map((row) => row.name),
      deleted: db.prepare<[], { name: string; deleted_by: string }>('SELECT name, deleted_by FROM deleted_documents').all(),
    };
  } finally {
    db.close();
  }
}

describe('deleting a story for good on the server', () => {
  it('drops its document, tells its other editors, and refuses it to everyone after, across a restart', async () => {
    const jane = addToken(bed.dataDir, 'jane', new Date());
    const sam = addToken(bed.dataDir, 'sam', new Date());
    const first = await server();
    const a = editor(first.url, jane, 'story/s1');
    const b = editor(first.url, sam, 'story/s1');
    const other = editor(first.url, sam, 'story/s2');
    await Promise.all([allAcknowledged(a), allAcknowledged(b), allAcknowledged(other)]);
    a.text.insert(0, 'Leaked memo names the trust chair.');
    other.text.insert(0, 'Board papers published.');
    await waitUntil(() => b.text.toString() === 'Leaked memo names the trust chair.', 'the second editor has the text');
    await allAcknowledged(other);

    a.provider.sendStateless(writeDeskMessage({ type: 'delete-for-good' }));
    await waitUntil(() => b.messages.length > 0, 'the other editor is told');
    expect(b.messages).toEqual([{ type: 'deleted-for-good', by: 'jane' }]);
    expect(first.log).toContain('jane deleted story/s1 for good');

    // Sam's copy, still open, keeps typing: none of it is kept.
    b.text.insert(0, 'Update: ');
    await pause(300);
    const late = editor(first.url, sam, 'story/s1');
    await waitUntil(() => late.refusals.length > 0, 'a later editor is refused');
    expect(late.refusals).toEqual([DELETED_FOR_GOOD_REASON]);
    expect(late.text.toString()).toBe('');

    await first.stop();
    const stored = storedNames();
    expect(stored.documents).toEqual(['story/s2']);
    expect(stored.updates).toEqual([]);
    expect(stored.deleted).toEqual([{ name: 'story/s1', deleted_by: 'jane' }]);
    // Nothing of its text is left readable in the file.
    expect(readFileSync(serverDatabaseFile(bed.dataDir)).includes('Leaked memo')).toBe(false);
    expect(readFileSync(serverDatabaseFile(bed.dataDir)).includes('Board papers published.')).toBe(true);

    const second = await server();
    const afterRestart = editor(second.url, jane, 'story/s1');
    const kept = editor(second.url, jane, 'story/s2');
    await waitUntil(() => afterRestart.refusals.length > 0, 'refused after a restart too');
    expect(afterRestart.refusals).toEqual([DELETED_FOR_GOOD_REASON]);
    await waitUntil(() => kept.text.toString() === 'Board papers published.', 'the other story is untouched');
  });

  it('deletes only a story’s document, and only for an editor with a token', async () => {
    const jane = addToken(bed.dataDir, 'jane', new Date());
    const { url, log } = await server();
    const list = editor(url, jane, 'newsroom');
    const story = editor(url, jane, 'story/s1');
    await Promise.all([allAcknowledged(list), allAcknowledged(story)]);
    list.text.insert(0, 'the desk’s list');
    story.text.insert(0, 'Kept.');
    await Promise.all([allAcknowledged(list), allAcknowledged(story)]);

    list.provider.sendStateless(writeDeskMessage({ type: 'delete-for-good' }));
    const stranger = editor(url, 'not-a-token', 'story/s1');
    stranger.provider.sendStateless(writeDeskMessage({ type: 'delete-for-good' }));
    await waitUntil(() => log.some((line) => line.includes('only a story')), 'the request for the list is refused');
    await waitUntil(() => stranger.refusals.length > 0, 'the stranger is refused');
    await pause(300);

    const again = editor(url, jane, 'story/s1');
    await waitUntil(() => again.text.toString() === 'Kept.', 'the story is still there');
    expect(storedNames().deleted).toEqual([]);
    expect(story.messages).toEqual([]);
  });

  it('brings a data folder from before deletions forward, keeping its stories', async () => {
    const before = new Y.Doc();
    before.getText('body').insert(0, 'From before.');
    mkdirSync(bed.dataDir, { recursive: true });
    const db = new Database(serverDatabaseFile(bed.dataDir));
    db.exec(`CREATE TABLE documents (name TEXT PRIMARY KEY, state BLOB NOT NULL, stored_at TEXT NOT NULL);
             CREATE TABLE document_updates (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, data BLOB NOT NULL);
             CREATE TABLE tokens (name TEXT PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL);
             PRAGMA user_version = 1;`);
    db.prepare('INSERT INTO documents (name, state, stored_at) VALUES (?, ?, ?)').run('story/s1', Y.encodeStateAsUpdate(before), new Date().toISOString());
    db.close();
    const jane = addToken(bed.dataDir, 'jane', new Date());
    const { url } = await server();
    const reader = editor(url, jane, 'story/s1');
    await waitUntil(() => reader.text.toString() === 'From before.', 'the story from before is there');
    expect(storedNames().deleted).toEqual([]);
  });
});
