import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pictureDocumentName } from '../../src/shared/newsroom/desk-protocol';
import { readPicture, writePicture } from '../../src/shared/newsroom/picture-document';
import { addToken } from '../../src/server/newsroom-tokens';
import { gifBytes, pngBytes } from '../support/image-bytes';
import { allAcknowledged, serverTestBed, waitUntil } from './server-fixtures';

const bed = serverTestBed();
const { server, editor } = bed;

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

type Server = Awaited<ReturnType<typeof server>>;

/** An editor on the picture's document, once the server has answered it. */
async function openPicture(on: Server, token: string, name: string): Promise<ReturnType<typeof editor>> {
  const client = editor(on.url, token, name);
  await allAcknowledged(client);
  return client;
}

/** Puts the picture up whole, as a profile does. */
async function putPicture(on: Server, token: string, name: string, bytes: Uint8Array): Promise<void> {
  const writer = await openPicture(on, token, name);
  writePicture(writer.doc, { bytes, ext: 'png' });
  await allAcknowledged(writer);
}

/** The server stopped and started again: its document under `name` as stored, and what the new server logged. */
async function afterRestart(running: Server, token: string, name: string): Promise<{ doc: ReturnType<typeof editor>['doc']; log: string[] }> {
  await running.stop();
  const restarted = await server();
  return { doc: (await openPicture(restarted, token, name)).doc, log: restarted.log };
}

describe('pictures on the server', () => {
  it('keeps a picture written under its own sha256, across a restart', async () => {
    const jane = addToken(bed.dataDir, 'jane', new Date());
    const bytes = pngBytes(1200, 800);
    const name = pictureDocumentName(sha256Of(bytes));
    const first = await server();
    await putPicture(first, jane, name, bytes);
    const stored = await afterRestart(first, jane, name);
    expect(readPicture(stored.doc)).toEqual({ bytes, ext: 'png' });
    expect([...first.log, ...stored.log]).toEqual([]);
  });

  it('refuses, logs and never stores a picture whose bytes do not hash to its name', async () => {
    const jane = addToken(bed.dataDir, 'jane', new Date());
    const named = pngBytes(1200, 800);
    const name = pictureDocumentName(sha256Of(named));
    const first = await server();
    const forger = await openPicture(first, jane, name);
    writePicture(forger.doc, { bytes: pngBytes(40, 40), ext: 'png' });
    await waitUntil(() => first.log.length > 0, 'the server logs the refusal');
    expect(first.log[0]).toMatch(new RegExp(`^refused jane's write to ${name}: its bytes' sha256 is ${sha256Of(pngBytes(40, 40))}, not the one it is named after`));
    expect(forger.provider.unsyncedChanges).toBeGreaterThan(0);
    expect((await afterRestart(first, jane, name)).doc.store.clients.size).toBe(0);
  });

  it('refuses any change to a picture on the desk, and the picture stays as it was', async () => {
    const jane = addToken(bed.dataDir, 'jane', new Date());
    const sam = addToken(bed.dataDir, 'sam', new Date());
    const bytes = pngBytes(1200, 800);
    const name = pictureDocumentName(sha256Of(bytes));
    const first = await server();
    await putPicture(first, jane, name, bytes);

    const meddler = await openPicture(first, sam, name);
    meddler.doc.getMap('picture').set('ext', 'gif');
    await waitUntil(() => first.log.length > 0, 'the server logs the refusal');
    expect(first.log).toEqual([`refused sam's write to ${name}: the picture is on the desk already, and a picture never changes`]);
    expect(readPicture((await afterRestart(first, jane, name)).doc)).toEqual({ bytes, ext: 'png' });
  });

  it('refuses a picture document holding anything besides the picture, or under a name that is not a sha256', async () => {
    const jane = addToken(bed.dataDir, 'jane', new Date());
    const bytes = gifBytes(30, 20);
    const name = pictureDocumentName(sha256Of(bytes));
    const first = await server();
    const extra = await openPicture(first, jane, name);
    extra.doc.transact(() => {
      writePicture(extra.doc, { bytes, ext: 'gif' });
      extra.doc.getText('note').insert(0, 'smuggled');
    });
    const malformed = await openPicture(first, jane, 'picture/not-a-sha');
    writePicture(malformed.doc, { bytes, ext: 'gif' });
    await waitUntil(() => first.log.length === 2, 'the server logs both refusals');
    expect(first.log.sort()).toEqual([
      `refused jane's write to ${name}: it does not hold one picture (its bytes and type) and nothing else`,
      `refused jane's write to picture/not-a-sha: not a picture’s name (picture/ and a sha256 in lower-case hex)`,
    ]);
  });
});
