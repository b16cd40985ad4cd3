import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addToken } from '../../src/server/newsroom-tokens';
import { serverDatabaseFile } from '../../src/server/store/open-server-database';
import { NEWSROOM_DOCUMENT, writeDeskMessage } from '../../src/shared/newsroom/desk-protocol';
import type { DeskPicture } from '../../src/shared/newsroom/picture-document';
import { bodyOf, paragraph, storedForm, text } from '../shared/newsroom/story-fixtures';
import { deskClient, editDroppingAPicture, imageBlock, onlyInA, sha256Of, sharedWithB } from './picture-collection-scenario';
import { allAcknowledged, pause, serverTestBed, waitUntil } from './server-fixtures';

const bed = serverTestBed();
/** Short, for the test; the sweep first looks a quarter of it after a change. */
const GRACE_MS = 3_000;

describe('the desk sweeps away the pictures no story uses any more', () => {
  it('removes a picture an edit dropped once the grace period is over, and keeps one another story still shows', async () => {
    const fileHolds = (picture: DeskPicture) => readFileSync(serverDatabaseFile(bed.dataDir)).includes(Buffer.from(picture.bytes));
    const desk = { start: () => bed.server({ pictureGraceMs: GRACE_MS }), token: addToken(bed.dataDir, 'jane', new Date()), editor: bed.editor };
    await editDroppingAPicture(desk, GRACE_MS);
    // None of its bytes are left readable in the database file; the picture still shown is there.
    expect(fileHolds(onlyInA)).toBe(false);
    expect(fileHolds(sharedWithB)).toBe(true);
  });

  it('keeps a picture dropped and put back within the grace period (an undo)', async () => {
    const { putUp, writeStory, edit, onDesk } = deskClient({ token: addToken(bed.dataDir, 'jane', new Date()), editor: bed.editor });
    const { url, log } = await bed.server({ pictureGraceMs: GRACE_MS });
    await putUp(url, onlyInA);
    const shown = { body: storedForm(bodyOf(paragraph(text('Wards close.')), imageBlock(onlyInA))) };
    await writeStory(url, 'a', shown);

    await edit(url, 'a', { body: storedForm(bodyOf(paragraph(text('Wards close.')))) });
    // Past the sweep's first look (a quarter of the grace period), well before the grace period ends.
    await pause(GRACE_MS / 2);
    await edit(url, 'a', shown);
    await pause(2 * GRACE_MS);
    expect(log).toEqual([]);
    expect(await onDesk(url, onlyInA)).toEqual(onlyInA);
  });
});

describe('the desk says which pictures it lacks', () => {
  it('answers a profile asking on the newsroom document, to it alone', async () => {
    const token = addToken(bed.dataDir, 'jane', new Date());
    const { url } = await bed.server();
    await deskClient({ token, editor: bed.editor }).putUp(url, onlyInA);
    const asking = bed.editor(url, token, NEWSROOM_DOCUMENT);
    const other = bed.editor(url, token, NEWSROOM_DOCUMENT);
    await allAcknowledged(asking);
    await allAcknowledged(other);
    const [there, absent] = [sha256Of(onlyInA.bytes), sha256Of(sharedWithB.bytes)];
    asking.provider.sendStateless(writeDeskMessage({ type: 'which-pictures-lacking', id: 7, sha256s: [there, absent] }));
    await waitUntil(() => asking.messages.length > 0, 'the server answered');
    expect(asking.messages).toEqual([{ type: 'pictures-lacking', id: 7, sha256s: [absent] }]);
    await pause(200);
    expect(other.messages).toEqual([]);
  });
});
