import * as Y from 'yjs';
import { startNewsroomServer, type NewsroomServer } from '../../../src/server/newsroom-server';
import { storyFromDocument, type StoryDocumentContent } from '../../../src/shared/newsroom/story-document';
import type { StoryChanges } from '../../../src/shared/story/story-schema';
import { openTestStore, paragraphs } from '../store/store-fixtures';

/** The newsroom server on loopback, on `port` (0: a free one), so a restart can take the same address. */
export function serveDesk(dataDir: string, port = 0): Promise<NewsroomServer> {
  return startNewsroomServer({ dataDir, port, host: '127.0.0.1', log: () => undefined });
}

/** Works on a profile's store and closes it. */
export function withProfile<T>(dir: string, work: (store: ReturnType<typeof openTestStore>['store']) => T): T {
  const { store } = openTestStore(dir);
  try {
    return work(store);
  } finally {
    store.close();
  }
}

/** A story written in a profile before it joins a desk; its id. */
export function writeStory(dir: string, headline: string, ...body: string[]): string {
  return withProfile(dir, (store) => {
    const story = store.createStory({ section: 'News', headline });
    store.saveStory(story.id, story.revision, { body: paragraphs(...body) });
    return story.id;
  });
}

/** Edits of a shared story, each saved as the app saves it (through the story's document, one update each). */
export function editDocument(dir: string, id: string, ...saves: StoryChanges[]): void {
  withProfile(dir, (store) => {
    for (const changes of saves) store.saveStory(id, store.getStory(id).revision, changes);
  });
}

/** The story the profile's stored document holds; null when it has none. */
export function documentIn(dir: string, id: string): StoryDocumentContent | null {
  return withProfile(dir, (store) => {
    let state: Uint8Array | null;
    try {
      state = store.storyDocumentState(id);
    } catch {
      return null;
    }
    if (state === null) return null;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    return storyFromDocument(doc);
  });
}
