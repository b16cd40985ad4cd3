import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { addToken } from '../../src/server/newsroom-tokens';
import { serverDatabaseFile } from '../../src/server/store/open-server-database';
import { allAcknowledged, pause, startTestServer, waitUntil, serverTestBed } from './server-fixtures';

const bed = serverTestBed();
const { server, editor } = bed;

describe('the newsroom server', () => {
  it('merges two editors’ typing in one story, and gives an editor who joins later all of it', async () => {
    const jane = addToken(bed.dataDir, 'jane', new Date());
    const sam = addToken(bed.dataDir, 'sam@desk', new Date());
    const { url } = await server();
    const a = editor(url, jane);
    const b = editor(url, sam);
    await Promise.all([allAcknowledged(a), allAcknowledged(b)]);

    a.text.insert(0, 'Talks resumed today.');
    await waitUntil(() => b.text.toString() === 'Talks resumed today.', 'the second editor sees the first one’s text');
    // Both type at once, at either end of the sentence.
    a.text.insert(0, 'Breaking: ');
    b.text.insert(b.text.length, ' More follows.');
    const merged = 'Breaking: Talks resumed today. More follows.';
    await waitUntil(() => a.text.toString() === merged && b.text.toString() === merged, 'both editors have both edits');

    const late = editor(url, jane);
    await waitUntil(() => late.text.toString() === merged, 'the late editor has everything');
  });

  it('keeps the stories across a restart on the same data folder, stored as one compacted state', async () => {
    const token = addToken(bed.dataDir, 'jane', new Date());
    const first = await server();
    const a = editor(first.url, token);
    const other = editor(first.url, token, 'story-2');
    await allAcknowledged(a);
    for (const word of ['One ', 'two ', 'three.']) a.text.insert(a.text.length, word);
    other.text.insert(0, 'Another story.');
    await Promise.all([allAcknowledged(a), allAcknowledged(other)]);
    a.close();
    other.close();
    await first.stop();
    const db = new Database(serverDatabaseFile(bed.dataDir), { readonly: true });
    const stored = db.prepare('SELECT (SELECT count(*) FROM documents) AS states, (SELECT count(*) FROM document_updates) AS pending').get();
    db.close();
    expect(stored).toEqual({ states: 2, pending: 0 });

    const second = await server();
    const reader = editor(second.url, token);
    const otherReader = editor(second.url, token, 'story-2');
    await waitUntil(() => reader.text.toString() === 'One two three.' && otherReader.text.toString() === 'Another story.', 'both stories are back');
  });

  it('reports a store that fails, loses nothing and still stops', async () => {
    const token = addToken(bed.dataDir, 'jane', new Date());
    const first = await server();
    // Every write of a document's state fails, as on a full disk; the update log still takes each edit.
    const db = new Database(serverDatabaseFile(bed.dataDir));
    db.exec(`CREATE TRIGGER no_room BEFORE INSERT ON documents BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;`);
    db.close();
    const a = editor(first.url, token);
    await allAcknowledged(a);
    a.text.insert(0, 'Kept in the log.');
    await allAcknowledged(a);
    a.close();
    await first.stop();
    expect(first.log).toContainEqual(expect.stringMatching(/^could not store story-1 \(database or disk is full\); its updates stay logged/));

    const fixed = new Database(serverDatabaseFile(bed.dataDir));
    fixed.exec('DROP TRIGGER no_room');
    fixed.close();
    const second = await server();
    const reader = editor(second.url, token);
    await waitUntil(() => reader.text.toString() === 'Kept in the log.', 'the text is back');
  });

  it('refuses to start a second server on a data folder that one is running on, and listens again once it stops', async () => {
    const first = await startTestServer(bed.dataDir);
    await expect(startTestServer(bed.dataDir)).rejects.toThrow(`Another copydesk server is already running on ${bed.dataDir}.`);
    await first.stop();
    await server();
  });

  it('refuses a client with an unknown token or with none, who then neither reads nor writes', async () => {
    const token = addToken(bed.dataDir, 'jane', new Date());
    const { url, log } = await server();
    const member = editor(url, token);
    await allAcknowledged(member);
    member.text.insert(0, 'Embargoed until Monday.');
    await allAcknowledged(member);

    const stranger = editor(url, 'not-a-token-anyone-was-given');
    const anonymous = editor(url, null);
    await waitUntil(() => stranger.refusals.length > 0 && anonymous.refusals.length > 0, 'both are refused');
    expect(stranger.refusals[0]).toBe('permission-denied');
    stranger.text.insert(0, 'Vandalism. ');
    anonymous.text.insert(0, 'Graffiti. ');
    await pause(500);
    expect(stranger.text.toString()).toBe('Vandalism. ');
    expect(anonymous.text.toString()).toBe('Graffiti. ');
    expect(member.text.toString()).toBe('Embargoed until Monday.');
    expect(log).toEqual([expect.stringContaining('unknown or revoked token'), expect.stringContaining('no token')]);
    // The refused tokens are not written anywhere.
    expect(log.join('\n')).not.toContain('not-a-token-anyone-was-given');
  });
});
