import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addToken } from '../../src/server/newsroom-tokens';
import { serverDatabaseFile } from '../../src/server/store/open-server-database';
import { pictureDocumentName, writeDeskMessage } from '../../src/shared/newsroom/desk-protocol';
import type { DeskPicture } from '../../src/shared/newsroom/picture-document';
import { bodyOf, storedForm } from '../shared/newsroom/story-fixtures';
import { deleteStoryTakingItsPicture, deskClient, imageBlock, onlyInA, sha256Of, sharedWithB } from './picture-collection-scenario';
import { allAcknowledged, serverTestBed, waitUntil } from './server-fixtures';

const bed = serverTestBed();

describe('deleting a story for good takes the pictures only it used off the desk', () => {
  it('removes a picture only the deleted story showed, keeps those another story or an author uses, and takes the picture back later', async () => {
    const fileHolds = (picture: DeskPicture) => readFileSync(serverDatabaseFile(bed.dataDir)).includes(Buffer.from(picture.bytes));
    let starts = 0;
    const start = async () => {
      // After the deletion's server stops: none of the picture's bytes are left readable in the file (secure_delete), the others are.
      if (++starts === 3) {
        expect(fileHolds(onlyInA)).toBe(false);
        expect(fileHolds(sharedWithB)).toBe(true);
      }
      return bed.server();
    };
    await deleteStoryTakingItsPicture({ start, token: addToken(bed.dataDir, 'jane', new Date()), editor: bed.editor });
  });

  it('leaves a picture someone has open as the story is deleted (being fetched or put up), and says so', async () => {
    const token = addToken(bed.dataDir, 'jane', new Date());
    const { putUp, writeStory, onDesk } = deskClient({ token, editor: bed.editor });
    const { url, log } = await bed.server();
    await putUp(url, onlyInA);
    await writeStory(url, 'a', { body: storedForm(bodyOf(imageBlock(onlyInA))) });
    const fetching = bed.editor(url, token, pictureDocumentName(sha256Of(onlyInA.bytes)));
    await allAcknowledged(fetching);

    const deleter = bed.editor(url, token, 'story/a');
    await allAcknowledged(deleter);
    deleter.provider.sendStateless(writeDeskMessage({ type: 'delete-for-good' }));
    await waitUntil(() => log.some((line) => line.startsWith('removed ')), 'the server has looked at the pictures');
    expect(log).toContain('removed 0 pictures only story/a used (1 open now, left on the desk)');
    fetching.close();
    expect(await onDesk(url, onlyInA)).toEqual(onlyInA);
  });
});
