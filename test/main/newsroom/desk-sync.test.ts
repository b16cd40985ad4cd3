import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addToken, revokeToken } from '../../../src/server/newsroom-tokens';
import type { NewsroomServer } from '../../../src/server/newsroom-server';
import { storyFromDocument } from '../../../src/shared/newsroom/story-document';
import { storyDocumentName } from '../../../src/shared/newsroom/desk-protocol';
import { connectEditor, waitUntil, type TestEditor } from '../../server/server-fixtures';
import { cli } from '../cli/cli-fixtures';
import { makeTempDir, paragraphs, removeTempDir } from '../store/store-fixtures';
import { documentIn, editDocument, serveDesk, withProfile, writeStory } from './desk-fixtures';

let dirs: string[];
let servers: NewsroomServer[];
let editors: TestEditor[];

beforeEach(() => {
  dirs = [];
  servers = [];
  editors = [];
});
afterEach(async () => {
  for (const editor of editors) editor.close();
  for (const server of servers) await server.stop();
  for (const dir of dirs) await removeTempDir(dir);
});

async function tempDir(): Promise<string> {
  const dir = await makeTempDir();
  dirs.push(dir);
  return dir;
}

async function serve(dataDir: string, port = 0): Promise<NewsroomServer> {
  const server = await serveDesk(dataDir, port);
  servers.push(server);
  return server;
}

async function stop(server: NewsroomServer): Promise<void> {
  servers = servers.filter((other) => other !== server);
  await server.stop();
}

/** A desk with one editor's token, and an empty profile. */
async function desk() {
  const data = await tempDir();
  const token = addToken(data, 'jane', new Date());
  const server = await serve(data);
  return { data, token, server };
}

async function emptyProfile(): Promise<string> {
  const dir = await tempDir();
  withProfile(dir, () => undefined);
  return dir;
}

const sync = (dir: string, ...args: string[]) => cli(['sync', ...args, '--profile', dir]);

async function statusOf(dir: string) {
  const run = await sync(dir, 'status', '--json');
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as { joined: boolean; serverUrl: string | null; lastSyncedAt: string | null; waiting: { waiting: number; stories: { storyId: string; waiting: number }[]; authors: number } };
}

describe('copydesk sync join', () => {
  it('checks the token, keeps the membership and sends the profile’s stories up to the server', async () => {
    const { token, server } = await desk();
    const profile = await emptyProfile();
    const lead = writeStory(profile, 'Ward closures', 'Three wards closed.', 'Staff moved.');
    const other = writeStory(profile, 'Pay talks resume', 'Talks resumed today.');

    const joined = await sync(profile, 'join', server.url, `--token=${token}`);
    expect(joined, joined.stderr).toMatchObject({ code: 0, stdout: `Joined the desk at ${server.url}; 2 stories in sync.\n` });

    // The server holds both stories: an editor's client reads them there.
    const reader = connectEditor(server.url, storyDocumentName(lead), token);
    editors.push(reader);
    await waitUntil(() => reader.provider.synced, 'the reader has the story');
    expect(storyFromDocument(reader.doc)).toMatchObject({ headline: 'Ward closures', body: paragraphs('Three wards closed.', 'Staff moved.') });
    expect(documentIn(profile, other)?.headline).toBe('Pay talks resume');

    const status = await statusOf(profile);
    expect(status).toMatchObject({ joined: true, serverUrl: server.url, waiting: { waiting: 0, stories: [] } });
    expect(status.lastSyncedAt).not.toBeNull();
    // The token is kept, never shown.
    const plain = await sync(profile, 'status');
    expect(JSON.stringify(status) + plain.stdout + joined.stdout).not.toContain(token);
    expect(withProfile(profile, (store) => store.desk.membership()?.token)).toBe(token);
  });

  it('refuses an unknown or revoked token, storing nothing', async () => {
    const { data, token, server } = await desk();
    revokeToken(data, 'jane');
    const profile = await emptyProfile();
    const id = writeStory(profile, 'Ward closures', 'Three wards closed.');

    for (const tried of [token, 'a-token-no-one-was-given']) {
      const run = await sync(profile, 'join', server.url, `--token=${tried}`);
      expect(run.code).not.toBe(0);
      expect(run.stderr).toContain(`The desk at ${server.url} refused the token: it is unknown or was revoked.`);
      expect(run.stderr + run.stdout).not.toContain(tried);
    }
    expect(withProfile(profile, (store) => [store.desk.membership(), store.documents.state(id)])).toEqual([null, null]);
    expect(await statusOf(profile)).toMatchObject({ joined: false, serverUrl: null });
  });

  it('refuses an address that is not ws:// or wss://, and a server that does not answer, within the timeout', async () => {
    const profile = await emptyProfile();
    const http = await sync(profile, 'join', 'http://127.0.0.1:1234', '--token', 'secret');
    expect(http.code).not.toBe(0);
    expect(http.stderr).toContain('Give the desk server’s address as ws://HOST:PORT or wss://HOST');

    const { server } = await desk();
    const { url } = server;
    await stop(server);
    const started = Date.now();
    const nobody = await sync(profile, 'join', url, '--token', 'secret', '--timeout', '2');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(nobody.code).not.toBe(0);
    expect(nobody.stderr).toContain(`Could not reach a desk server at ${url} within 2 s.`);
    expect(nobody.stderr).not.toContain('secret');
    expect(withProfile(profile, (store) => store.desk.membership())).toBeNull();
  });
});

describe('copydesk sync now', () => {
  it('is refused at once when the token was revoked since joining, the edits still waiting', async () => {
    const { data, token, server } = await desk();
    const profile = await emptyProfile();
    const id = writeStory(profile, 'Ward closures', 'Three wards closed.');
    expect((await sync(profile, 'join', server.url, `--token=${token}`)).code).toBe(0);
    editDocument(profile, id, { headline: 'Ward closures spread' });
    revokeToken(data, 'jane');

    const started = Date.now();
    const run = await sync(profile, 'now', '--timeout', '30');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(`The desk at ${server.url} refused this profile's token: it is unknown or was revoked.`);
    expect(run.stderr).toContain('1 change waits in this profile and goes up at the next sync.');
    expect(run.stderr).not.toContain(token);
    expect((await statusOf(profile)).waiting.waiting).toBe(1);
  });

  it('says the profile has not joined a desk', async () => {
    const profile = await emptyProfile();
    const run = await sync(profile, 'now');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('This profile has not joined a desk. Join one first: copydesk sync join URL --token TOKEN.');
  });

  it('merges two profiles’ offline edits once the server is back, and a profile joining late gets every story', async () => {
    const { data, token, server } = await desk();
    const { port, url } = server;
    const jane = await emptyProfile();
    const sam = await emptyProfile();
    const id = writeStory(jane, 'The NHS needs a plan', 'Waiting lists grew.', 'Staff are tired.');
    expect((await sync(jane, 'join', url, `--token=${token}`)).code).toBe(0);
    expect((await sync(sam, 'join', url, `--token=${token}`)).code).toBe(0);
    expect(documentIn(sam, id)?.headline).toBe('The NHS needs a plan');

    await stop(server);
    editDocument(jane, id, { headline: 'The NHS needs a plan now' });
    editDocument(jane, id, { bodyEdit: { baseBlocks: 2, at: 0, remove: 1, insert: paragraphs('Waiting lists grew again.').root.children } });
    editDocument(sam, id, { headline: 'Why the NHS needs a plan', status: 'ready' });
    const waiting = await statusOf(jane);
    expect(waiting.waiting.waiting).toBe(2);
    expect(waiting.waiting.stories).toEqual([{ storyId: id, waiting: 2 }]);

    const offline = await sync(jane, 'now', '--timeout', '2');
    expect(offline.code).not.toBe(0);
    expect(offline.stderr).toContain(`Could not reach the desk at ${url} within 2 s: the server may be down, or this machine offline. 2 changes wait in this profile and go up at the next sync.`);
    expect((await statusOf(jane)).waiting.waiting).toBe(2);

    await serve(data, port);
    for (const profile of [jane, sam, jane]) {
      const run = await sync(profile, 'now');
      expect(run, run.stderr).toMatchObject({ code: 0, stdout: `In sync with the desk at ${url}: 1 story.\n` });
    }
    const merged = documentIn(jane, id);
    expect(merged).toMatchObject({
      headline: 'Why the NHS needs a plan now',
      status: 'ready',
      body: paragraphs('Waiting lists grew again.', 'Staff are tired.'),
    });
    expect(documentIn(sam, id)).toEqual(merged);
    for (const profile of [jane, sam]) expect((await statusOf(profile)).waiting).toEqual({ waiting: 0, stories: [], authors: 0 });
    // The rows that search, the library and the exporter read follow, each side keeping its own version from before the merge.
    for (const profile of [jane, sam]) {
      withProfile(profile, (store) => {
        expect(store.getStory(id)).toMatchObject({ headline: merged!.headline, status: "ready", body: JSON.parse(JSON.stringify(merged!.body)) });
        expect(store.revisions.list(id).map((revision) => revision.reason)).toContain('before-merge');
      });
    }

    // A third profile joining late gets every story, the second written on the other profile.
    const other = writeStory(sam, 'Pay talks resume', 'Talks resumed today.');
    expect((await sync(sam, 'now')).code).toBe(0);
    const late = await emptyProfile();
    expect((await sync(late, 'join', url, `--token=${token}`)).code).toBe(0);
    expect(documentIn(late, id)).toEqual(merged);
    expect(documentIn(late, other)?.headline).toBe('Pay talks resume');
    expect(withProfile(late, (store) => store.getStory(other).headline)).toBe('Pay talks resume');
  });
});
