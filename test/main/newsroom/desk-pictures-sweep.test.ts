import type { Extension } from '@hocuspocus/server';
import { describe, expect, it } from 'vitest';
import { openServerStore } from '../../../src/server/store/server-store';
import { isPictureDocument, pictureDocumentName } from '../../../src/shared/newsroom/desk-protocol';
import { waitUntil } from '../../server/server-fixtures';
import { liveDesksForEachTest } from './desk-fixtures';
import { importPicture, picture, setLead, storyWithLead } from './picture-fixtures';

const { desk, pictureProfile, live } = liveDesksForEachTest();

/** Short, for the test: the desk removes a picture no story uses about this long after the edit that dropped it. */
const GRACE_MS = 1_000;

/** Counts, on the server, each picture document a profile opens. */
function pictureOpens(): { opened: string[]; extension: Extension } {
  const opened: string[] = [];
  return {
    opened,
    extension: {
      extensionName: 'TestPictureOpens',
      async connected({ documentName }) {
        if (isPictureDocument(documentName)) opened.push(documentName);
      },
    },
  };
}

/** Whether the server's database holds the picture (read beside the running server, as the token commands do). */
function kept(data: string, sha256: string): boolean {
  const store = openServerStore(data);
  try {
    return store.documents.read(pictureDocumentName(sha256)).length > 0;
  } finally {
    store.close();
  }
}

describe('pictures on the desk, checked cheaply and swept', () => {
  it('a sync start asks the desk which pictures it lacks and opens only those pictures’ documents', async () => {
    const { opened, extension } = pictureOpens();
    const server = await desk({ extensions: [extension] });
    const jane = await pictureProfile();
    jane.store.desk.join(server.url, server.token);
    const shas: string[] = [];
    for (let index = 0; index < 6; index += 1) {
      shas.push(await importPicture(jane, picture(100 + index, 100)));
      storyWithLead(jane.store, shas[index]!);
    }
    const first = live(jane.store, server, { pictures: jane.pictures });
    await first.whenLevel(15_000);
    expect(opened.sort()).toEqual(shas.map(pictureDocumentName).sort());
    first.stop();

    // All six are on the desk: the next start opens none of them.
    opened.length = 0;
    const second = live(jane.store, server, { pictures: jane.pictures });
    await second.whenLevel(15_000);
    expect(opened).toEqual([]);
    second.stop();

    // The desk lost one since (removed while no story there showed it): the next start puts up that one alone.
    await server.stop();
    const serverStore = openServerStore(server.data);
    expect(serverStore.documents.forget(pictureDocumentName(shas[0]!))).toBe(true);
    serverStore.close();
    await server.restart();
    opened.length = 0;
    await live(jane.store, server, { pictures: jane.pictures }).whenLevel(15_000);
    expect(opened).toEqual([pictureDocumentName(shas[0]!)]);
    expect(kept(server.data, shas[0]!)).toBe(true);
  });

  it('an edit dropping a picture takes it off the desk after the grace period, and a save showing it again puts it back at once', async () => {
    const server = await desk({ pictureGraceMs: GRACE_MS });
    const jane = await pictureProfile();
    jane.store.desk.join(server.url, server.token);
    const lead = await importPicture(jane, picture(1600, 900));
    const first = storyWithLead(jane.store, lead);
    const sync = live(jane.store, server, { pictures: jane.pictures });
    await sync.whenLevel(15_000);
    expect(kept(server.data, lead)).toBe(true);

    setLead(jane.store, first, null);
    await waitUntil(() => !kept(server.data, lead), 'the desk removed the picture no story shows', 10 * GRACE_MS);
    // This session put the picture up before: a save showing it again must not trust that.
    const { id: second } = jane.store.createStory({ section: 'News', headline: 'Beds are short' });
    setLead(jane.store, second, lead);
    await waitUntil(() => kept(server.data, lead), 'the picture is back on the desk', 10_000);
    await sync.whenLevel(15_000);
  });
});
