import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deskAuthorsOf, writeDeskAuthor } from '../../src/shared/newsroom/desk-authors';
import { NEWSROOM_DOCUMENT, pictureDocumentName, writeDeskMessage } from '../../src/shared/newsroom/desk-protocol';
import { readPicture, writePicture, type DeskPicture } from '../../src/shared/newsroom/picture-document';
import { storyDocument } from '../../src/shared/newsroom/story-document';
import { addToken } from '../../src/server/newsroom-tokens';
import type { LeadImage } from '../../src/shared/story/story-schema';
import { gifBytes, pngBytes } from '../support/image-bytes';
import { AUTHOR_A, bodyOf, paragraph, story, storedForm, text } from '../shared/newsroom/story-fixtures';
import { allAcknowledged, serverTestBed, waitUntil } from './server-fixtures';

const bed = serverTestBed();
const { server, editor } = bed;

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const only: DeskPicture = { bytes: pngBytes(1200, 800), ext: 'png' };
const shared: DeskPicture = { bytes: pngBytes(640, 480), ext: 'png' };
const photo: DeskPicture = { bytes: gifBytes(200, 200), ext: 'gif' };

/** The picture as a story shows it (a body image's fields, the lead image's too). */
const image = ({ bytes, ext }: DeskPicture): LeadImage => ({ sha256: sha256Of(bytes), ext: ext as LeadImage['ext'], width: 1200, height: 800, alt: 'A ward', caption: 'The ward', credit: 'Photo: A Photographer' });

/** Puts a picture up on the desk as a profile does. */
async function putUp(url: string, token: string, picture: DeskPicture): Promise<void> {
  const writer = editor(url, token, pictureDocumentName(sha256Of(picture.bytes)));
  await allAcknowledged(writer);
  writePicture(writer.doc, picture);
  await allAcknowledged(writer);
  writer.close();
}

/** Writes a story into its document on the desk as a profile does. */
async function writeStory(url: string, token: string, id: string, content: Parameters<typeof story>[0]): Promise<void> {
  const writer = editor(url, token, `story/${id}`);
  await allAcknowledged(writer);
  Y.applyUpdate(writer.doc, Y.encodeStateAsUpdate(storyDocument(story({ id, ...content }))));
  await allAcknowledged(writer);
  writer.close();
}

/** The picture a fresh client finds on the desk, or null when its document is empty. */
async function pictureOnDesk(url: string, token: string, picture: DeskPicture): Promise<DeskPicture | null> {
  const reader = editor(url, token, pictureDocumentName(sha256Of(picture.bytes)));
  await allAcknowledged(reader);
  const found = readPicture(reader.doc);
  reader.close();
  return found;
}

describe('deleting a story for good takes the pictures only it used off the desk', () => {
  it('removes a picture only the deleted story showed, keeps those another story or an author uses, and takes the picture back later', async () => {
    const jane = addToken(bed.dataDir, 'jane', new Date());
    const first = await server();
    for (const picture of [only, shared, photo]) await putUp(first.url, jane, picture);
    await writeStory(first.url, jane, 'a', { body: storedForm(bodyOf(paragraph(text('Wards close.')), { type: 'image', version: 1, ...image(only) })), leadImage: image(shared) });
    await writeStory(first.url, jane, 'b', { body: storedForm(bodyOf(paragraph(text('Beds are short.')), { type: 'image', version: 1, ...image(shared) })) });
    const newsroom = editor(first.url, jane, NEWSROOM_DOCUMENT);
    await allAcknowledged(newsroom);
    const at = '2026-03-02T09:00:00.000Z';
    const author = { id: AUTHOR_A, name: 'Ann Writer', role: '', organisation: '', email: '', createdAt: at, modifiedAt: at, deletedAt: null };
    writeDeskAuthor(deskAuthorsOf(newsroom.doc), { ...author, photoSha256: sha256Of(photo.bytes) });
    await allAcknowledged(newsroom);
    newsroom.close();
    await first.stop();

    const second = await server();
    const deleter = editor(second.url, jane, 'story/a');
    await allAcknowledged(deleter);
    deleter.provider.sendStateless(writeDeskMessage({ type: 'delete-for-good' }));
    await waitUntil(() => second.log.some((line) => line.startsWith('removed ')), 'the server has removed the pictures');
    expect(second.log).toEqual(['jane deleted story/a for good', 'removed 1 picture only story/a used']);
    expect(await pictureOnDesk(second.url, jane, only)).toBeNull();
    expect(await pictureOnDesk(second.url, jane, shared)).toEqual(shared);
    expect(await pictureOnDesk(second.url, jane, photo)).toEqual(photo);
    await second.stop();

    const third = await server();
    expect(await pictureOnDesk(third.url, jane, only)).toBeNull();
    expect(await pictureOnDesk(third.url, jane, shared)).toEqual(shared);
    expect(await pictureOnDesk(third.url, jane, photo)).toEqual(photo);
    // Another story shows the same picture later: it goes up again, and stays.
    await putUp(third.url, jane, only);
    await writeStory(third.url, jane, 'c', { body: storedForm(bodyOf({ type: 'image', version: 1, ...image(only) })) });
    expect(third.log).toEqual([]);
    await third.stop();

    const fourth = await server();
    expect(await pictureOnDesk(fourth.url, jane, only)).toEqual(only);
  });
});
