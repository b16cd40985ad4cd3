import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { storeDeskDocuments } from '../../../src/main/newsroom/desk-documents';
import { DeskPictures } from '../../../src/main/newsroom/desk-pictures';
import { startDeskSync, type DeskSync } from '../../../src/main/newsroom/desk-sync';
import { storeProfilePictures } from '../../../src/main/newsroom/profile-pictures';
import { profilePaths } from '../../../src/main/profile/profile-dir';
import type { NewsroomServer } from '../../../src/server/newsroom-server';
import { addToken } from '../../../src/server/newsroom-tokens';
import { openServerStore } from '../../../src/server/store/server-store';
import { pictureDocumentName } from '../../../src/shared/newsroom/desk-protocol';
import { writePicture } from '../../../src/shared/newsroom/picture-document';
import { allAcknowledged, connectEditor, waitUntil, type TestEditor } from '../../server/server-fixtures';
import { cli } from '../cli/cli-fixtures';
import { makeTempDir, openTestStore, removeTempDir } from '../store/store-fixtures';
import { serveDesk } from './desk-fixtures';
import { filesIn, holds, importPicture, picture, setLead, sha256Of, storyWithLead, type PictureProfile } from './picture-fixtures';
import { DeskWebSocket } from '../../../src/main/newsroom/desk-websocket';

let dirs: string[];
let cleanups: (() => unknown)[];
let server: NewsroomServer;
let data: string;
let token: string;

beforeEach(async () => {
  dirs = [];
  cleanups = [];
  data = await tempDir();
  token = addToken(data, 'jane', new Date());
  server = await serveDesk(data);
});
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await server.stop();
  for (const dir of dirs) await removeTempDir(dir);
});

async function tempDir(): Promise<string> {
  const dir = await makeTempDir();
  dirs.push(dir);
  return dir;
}

async function profile(): Promise<PictureProfile> {
  const dir = await tempDir();
  const { store } = openTestStore(dir);
  cleanups.push(() => store.close());
  return { dir, store, images: profilePaths(dir).images };
}

function sync(at: PictureProfile): DeskSync {
  const started = startDeskSync({ serverUrl: server.url, token, documents: storeDeskDocuments(at.store), pictures: storeProfilePictures(at.store, at.images) });
  cleanups.push(() => started.stop());
  return started;
}

/** The picture transport alone on a socket of its own, as a profile's sync holds it. */
function transport(at: PictureProfile): DeskPictures {
  const socket = new HocuspocusProviderWebsocket({ url: server.url, WebSocketPolyfill: DeskWebSocket });
  const pictures = new DeskPictures(socket, token, storeProfilePictures(at.store, at.images));
  cleanups.push(() => socket.destroy(), () => pictures.stop());
  return pictures;
}

function rawClient(name: string): TestEditor {
  const client = connectEditor(server.url, name, token);
  cleanups.push(() => client.close());
  return client;
}

describe('pictures on the desk', () => {
  it('a story’s picture goes to the desk when the sync starts, and another profile fetches it into its images', async () => {
    const a = await profile();
    const lead = await importPicture(a, picture(1600, 900));
    storyWithLead(a.store, lead);
    await sync(a).whenLevel(10_000);

    const b = await profile();
    expect(await holds(b, lead)).toBe(false);
    expect(await transport(b).fetch(lead)).toBe('stored');
    expect(await holds(b, lead)).toBe(true);
    expect(await filesIn(b.images)).toEqual([`${lead}.png`]);
    expect(b.store.images.storedExt(lead)).toBe('png');
  });

  it('a story arriving with a picture this profile lacks waits, fetches it from the desk and is taken in, author photo too', async () => {
    const a = await profile();
    const lead = await importPicture(a, picture(1600, 900));
    const photo = await importPicture(a, picture(400, 400));
    const author = a.store.authors.create({ name: 'Jane Smith', role: 'Health editor', organisation: '', email: '', photoSha256: photo });
    const id = storyWithLead(a.store, lead);
    a.store.saveStory(id, a.store.getStory(id).revision, { bylines: [{ authorId: author.id, role: '', organisation: '' }] });
    await sync(a).whenLevel(10_000);

    const b = await profile();
    await sync(b).whenLevel(15_000);
    expect(b.store.getStory(id)).toMatchObject({ headline: 'Night shifts on the wards', leadImage: { sha256: lead }, bylines: [{ authorId: author.id }] });
    expect(await holds(b, lead)).toBe(true);
    expect(b.store.authors.list('').find((found) => found.id === author.id)).toMatchObject({ name: 'Jane Smith', photo: { sha256: photo } });
    expect(await holds(b, photo)).toBe(true);
  });

  it('puts up more pictures than it opens at once, and another profile fetches them all', async () => {
    const a = await profile();
    const shas: string[] = [];
    for (let index = 0; index < 9; index += 1) {
      shas.push(await importPicture(a, picture(100 + index, 100)));
      storyWithLead(a.store, shas[index]!);
    }
    await sync(a).whenLevel(10_000);

    const b = await profile();
    const pictures = transport(b);
    expect(await Promise.all(shas.map((sha256) => pictures.fetch(sha256)))).toEqual(shas.map(() => 'stored'));
    expect(await filesIn(b.images)).toEqual(shas.map((sha256) => `${sha256}.png`).sort());
    expect(pictures.idle).toBe(true);
  });

  it('a picture saved into a story while the sync runs goes up with the save', async () => {
    const a = await profile();
    const { id } = a.store.createStory({ section: 'News', headline: 'Night shifts on the wards' });
    const running = sync(a);
    await running.whenLevel(10_000);
    const added = await importPicture(a, picture(800, 600));
    setLead(a.store, id, added);
    await running.whenLevel(10_000);

    const b = await profile();
    expect(await transport(b).fetch(added)).toBe('stored');
    expect(await holds(b, added)).toBe(true);
  });

  it('copydesk sync join puts the pictures of the profile’s stories on the desk before it says they are in sync', async () => {
    const a = await profile();
    const lead = await importPicture(a, picture(1200, 800));
    storyWithLead(a.store, lead);
    const joined = await cli(['sync', 'join', server.url, `--token=${token}`, '--profile', a.dir]);
    expect(joined.code, joined.stderr).toBe(0);

    const b = await profile();
    expect(await transport(b).fetch(lead)).toBe('stored');
  });

  it('a picture whose file changed on disk is not put on the desk, and the sync still gets level', async () => {
    const a = await profile();
    const lead = await importPicture(a, picture(1600, 900));
    await writeFile(join(a.images, `${lead}.png`), picture(1600, 900));
    storyWithLead(a.store, lead);
    await sync(a).whenLevel(10_000);

    const b = await profile();
    expect(await transport(b).fetch(lead)).toBe('not-on-desk');
  });

  it('a picture the desk does not have is not on the desk, and nothing is stored', async () => {
    const b = await profile();
    const absent = sha256Of(picture(10, 10));
    expect(await transport(b).fetch(absent)).toBe('not-on-desk');
    expect(await filesIn(b.images)).toEqual([]);
    expect(b.store.images.has(absent)).toBe(false);
  });

  it('a fetch told to wait gets a picture put on the desk while it waits', async () => {
    const bytes = picture(640, 480);
    const late = sha256Of(bytes);
    const publisher = rawClient(pictureDocumentName(late));
    await allAcknowledged(publisher);
    const b = await profile();
    const pictures = transport(b);
    const fetching = pictures.fetch(late, { waitMs: 10_000 });
    await waitUntil(() => pictures.awaited().includes(late), 'the fetch found the desk without the picture and waits');
    writePicture(publisher.doc, { bytes, ext: 'png' });
    expect(await fetching).toBe('stored');
    expect(await holds(b, late)).toBe(true);
  });

  it('refuses, storing nothing, a picture on the desk that is not an image', async () => {
    // The server checks only that the bytes hash to the name; the profile checks they are a picture.
    const notAnImage = new TextEncoder().encode('<script>alert(1)</script>');
    const sha256 = sha256Of(notAnImage);
    const forger = rawClient(pictureDocumentName(sha256));
    await allAcknowledged(forger);
    writePicture(forger.doc, { bytes: notAnImage, ext: 'png' });
    await allAcknowledged(forger);

    const b = await profile();
    expect(await transport(b).fetch(sha256)).toBe('refused');
    expect(await filesIn(b.images)).toEqual([]);
    expect(b.store.images.has(sha256)).toBe(false);
  });

  it('refuses, storing nothing, a picture whose bytes are not the one named (a tampered server database)', async () => {
    const named = sha256Of(picture(1600, 900));
    const doc = new Y.Doc();
    writePicture(doc, { bytes: picture(1600, 900), ext: 'png' });
    // Past the server's own check: written into its database while it is stopped.
    const port = server.port;
    await server.stop();
    const serverStore = openServerStore(data);
    serverStore.documents.replaceState(pictureDocumentName(named), Y.encodeStateAsUpdate(doc), new Date());
    serverStore.close();
    server = await serveDesk(data, port);

    const b = await profile();
    expect(await transport(b).fetch(named)).toBe('refused');
    expect(await filesIn(b.images)).toEqual([]);
    expect(b.store.images.has(named)).toBe(false);
  });

  it('carries a picture of 2.5 MB', async () => {
    const a = await profile();
    const large = await importPicture(a, picture(4000, 3000, 2_500_000));
    expect(await transport(a).publish(large)).toBe('on-desk');

    const b = await profile();
    expect(await transport(b).fetch(large)).toBe('stored');
    expect(await holds(b, large)).toBe(true);
  });
});
