import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import * as Y from 'yjs';
import { deskAuthorsOf, writeDeskAuthor } from '../../src/shared/newsroom/desk-authors';
import { NEWSROOM_DOCUMENT, pictureDocumentName, writeDeskMessage } from '../../src/shared/newsroom/desk-protocol';
import { readPicture, writePicture, type DeskPicture } from '../../src/shared/newsroom/picture-document';
import { applyStoryChanges, storyDocument } from '../../src/shared/newsroom/story-document';
import type { LeadImage, StoryChanges } from '../../src/shared/story/story-schema';
import { gifBytes, pngBytes } from '../support/image-bytes';
import { AUTHOR_A, bodyOf, paragraph, story, storedForm, text } from '../shared/newsroom/story-fixtures';
import { allAcknowledged, waitUntil, type TestEditor } from './server-fixtures';

/** A desk to run the scenario on (SQLite or PostgreSQL): how to start its server, a token, and editors the test bed closes. */
export type ScenarioDesk = {
  start(): Promise<{ url: string; log: string[]; stop(): Promise<void> }>;
  token: string;
  editor(url: string, token: string, documentName: string): TestEditor;
};

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The picture only story A shows, one story B shows too, and an author's photo. */
export const onlyInA: DeskPicture = { bytes: pngBytes(1200, 800), ext: 'png' };
export const sharedWithB: DeskPicture = { bytes: pngBytes(640, 480), ext: 'png' };
const photo: DeskPicture = { bytes: gifBytes(200, 200), ext: 'gif' };

/** The picture as a story shows it (a body image's fields, the lead image's too). */
const image = ({ bytes, ext }: DeskPicture): LeadImage => ({
  sha256: sha256Of(bytes),
  ext: ext as LeadImage['ext'],
  width: 1200,
  height: 800,
  alt: 'A ward',
  caption: 'The ward',
  credit: 'Photo: A Photographer',
});
export const imageBlock = (picture: DeskPicture) => ({ type: 'image', version: 1, ...image(picture) });

/** What a profile does on the desk: put a picture up, write a story, edit one, look for a picture (null: its document is empty). */
export function deskClient({ token, editor }: Omit<ScenarioDesk, 'start'>) {
  return {
    async putUp(url: string, picture: DeskPicture) {
      const writer = editor(url, token, pictureDocumentName(sha256Of(picture.bytes)));
      await allAcknowledged(writer);
      writePicture(writer.doc, picture);
      await allAcknowledged(writer);
      writer.close();
    },
    async writeStory(url: string, id: string, content: Parameters<typeof story>[0]) {
      const writer = editor(url, token, `story/${id}`);
      await allAcknowledged(writer);
      Y.applyUpdate(writer.doc, Y.encodeStateAsUpdate(storyDocument(story({ id, ...content }))));
      await allAcknowledged(writer);
      writer.close();
    },
    /** Saves `changes` into the story's document as a profile's save does (dropping a picture, adding one). */
    async edit(url: string, id: string, changes: StoryChanges) {
      const writer = editor(url, token, `story/${id}`);
      await allAcknowledged(writer);
      applyStoryChanges(writer.doc, changes);
      await allAcknowledged(writer);
      writer.close();
    },
    async onDesk(url: string, picture: DeskPicture) {
      const reader = editor(url, token, pictureDocumentName(sha256Of(picture.bytes)));
      await allAcknowledged(reader);
      const found = readPicture(reader.doc);
      reader.close();
      return found;
    },
  };
}

/**
 * Story A (showing onlyInA, and `sharedWithB` as its lead image), story B
 * (showing `sharedWithB`) and an author with `photo`; A deleted for good: only
 * onlyInA goes, for good across a restart, and a story showing it later
 * puts it up again. Leaves the server stopped.
 */
export async function deleteStoryTakingItsPicture({ start, token, editor }: ScenarioDesk): Promise<void> {
  const { putUp, writeStory, onDesk } = deskClient({ token, editor });
  const expectOnlyAsPictureGone = async (url: string) => {
    expect(await onDesk(url, onlyInA)).toBeNull();
    expect(await onDesk(url, sharedWithB)).toEqual(sharedWithB);
    expect(await onDesk(url, photo)).toEqual(photo);
  };

  const first = await start();
  for (const picture of [onlyInA, sharedWithB, photo]) await putUp(first.url, picture);
  await writeStory(first.url, 'a', { body: storedForm(bodyOf(paragraph(text('Wards close.')), imageBlock(onlyInA))), leadImage: image(sharedWithB) });
  await writeStory(first.url, 'b', { body: storedForm(bodyOf(paragraph(text('Beds are short.')), imageBlock(sharedWithB))) });
  const newsroom = editor(first.url, token, NEWSROOM_DOCUMENT);
  await allAcknowledged(newsroom);
  const at = '2026-03-02T09:00:00.000Z';
  const author = { id: AUTHOR_A, name: 'Ann Writer', role: '', organisation: '', email: '', createdAt: at, modifiedAt: at, deletedAt: null, mergedInto: null };
  writeDeskAuthor(deskAuthorsOf(newsroom.doc), { ...author, photoSha256: sha256Of(photo.bytes) });
  await allAcknowledged(newsroom);
  newsroom.close();
  await first.stop();

  const second = await start();
  const deleter = editor(second.url, token, 'story/a');
  await allAcknowledged(deleter);
  deleter.provider.sendStateless(writeDeskMessage({ type: 'delete-for-good' }));
  await waitUntil(() => second.log.some((line) => line.startsWith('removed ')), 'the server has removed the pictures');
  expect(second.log).toEqual([expect.stringMatching(/ deleted story\/a for good$/), 'removed 1 picture only story/a used']);
  await expectOnlyAsPictureGone(second.url);
  await second.stop();

  const third = await start();
  await expectOnlyAsPictureGone(third.url);
  // Another story shows the same picture later: it goes up again, and stays.
  await putUp(third.url, onlyInA);
  await writeStory(third.url, 'c', { body: storedForm(bodyOf(imageBlock(onlyInA))) });
  expect(third.log).toEqual([]);
  await third.stop();

  const fourth = await start();
  expect(await onDesk(fourth.url, onlyInA)).toEqual(onlyInA);
  await fourth.stop();
}

/**
 * Story A shows onlyInA and `sharedWithB`, story B shows `sharedWithB`; an
 * edit drops onlyInA from A. Once the grace period the server was started
 * with is over, the sweep removes onlyInA alone, and a profile on the
 * newsroom document is told. Leaves the server stopped.
 */
export async function editDroppingAPicture({ start, token, editor }: ScenarioDesk, graceMs: number): Promise<void> {
  const { putUp, writeStory, edit, onDesk } = deskClient({ token, editor });
  const { url, log, stop } = await start();
  for (const picture of [onlyInA, sharedWithB]) await putUp(url, picture);
  await writeStory(url, 'a', { body: storedForm(bodyOf(paragraph(text('Wards close.')), imageBlock(onlyInA), imageBlock(sharedWithB))) });
  await writeStory(url, 'b', { body: storedForm(bodyOf(imageBlock(sharedWithB))) });

  // A profile syncing: told which pictures went.
  const profile = editor(url, token, NEWSROOM_DOCUMENT);
  await allAcknowledged(profile);
  await edit(url, 'a', { body: storedForm(bodyOf(paragraph(text('Wards close.')))) });
  await waitUntil(() => log.includes('removed 1 picture no story uses'), 'the sweep removed the picture dropped', 4 * graceMs);
  expect(log).toEqual(['removed 1 picture no story uses']);
  await waitUntil(() => profile.messages.length > 0, 'the profile was told');
  expect(profile.messages).toEqual([{ type: 'pictures-removed', sha256s: [sha256Of(onlyInA.bytes)] }]);
  expect(await onDesk(url, onlyInA)).toBeNull();
  expect(await onDesk(url, sharedWithB)).toEqual(sharedWithB);
  await stop();
}
