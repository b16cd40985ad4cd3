import { dirname } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import * as Y from 'yjs';
import { storeDeskDocuments } from '../../../src/main/newsroom/desk-documents';
import { startDeskSync, type DeskSync, type DeskSyncOptions } from '../../../src/main/newsroom/desk-sync';
import { storeProfilePictures, type ProfilePictures } from '../../../src/main/newsroom/profile-pictures';
import { profilePaths } from '../../../src/main/profile/profile-dir';
import type { Store } from '../../../src/main/store/store';
import { startNewsroomServer, type NewsroomServer, type NewsroomServerOptions } from '../../../src/server/newsroom-server';
import { addToken } from '../../../src/server/newsroom-tokens';
import { storyFromDocument, type StoryDocumentContent } from '../../../src/shared/newsroom/story-document';
import type { StoryChanges } from '../../../src/shared/story/story-schema';
import { makeTempDir, openTestStore, paragraphs, removeTempDir, type TestClock } from '../store/store-fixtures';
import type { PictureProfile } from './picture-fixtures';

/** What a test may set of the server: a short grace period for pictures no story uses, extensions that count what profiles do. */
export type DeskServerOptions = Pick<NewsroomServerOptions, 'pictureGraceMs' | 'extensions'>;

/** The newsroom server on loopback, on `port` (0: a free one), so a restart can take the same address. */
export function serveDesk(dataDir: string, port = 0, options: DeskServerOptions = {}): Promise<NewsroomServer> {
  return startNewsroomServer({ dataDir, port, host: '127.0.0.1', log: () => undefined, ...options });
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

/** The story an open store's document holds; null when it has none. */
export function documentOf(store: Store, id: string): StoryDocumentContent | null {
  let state: Uint8Array | null;
  try {
    state = store.documents.state(id);
  } catch {
    return null;
  }
  if (state === null) return null;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return storyFromDocument(doc);
}

/** The story the profile's stored document holds; null when it has none. */
export function documentIn(dir: string, id: string): StoryDocumentContent | null {
  return withProfile(dir, (store) => documentOf(store, id));
}

/** A desk on loopback with one editor's token; it can be stopped and served again on the same address. */
export type TestDesk = {
  url: string;
  token: string;
  /** The server's data folder (its tokens). */
  data: string;
  stop(): Promise<void>;
  /** Serves the same data again on the same address, after `stop`. */
  restart(): Promise<void>;
};

/**
 * Profiles syncing with desks in this process, as the app runs them: each
 * test's profiles, desks (each with one editor's token) and syncs are
 * stopped and removed after it.
 */
export function liveDesksForEachTest() {
  let dirs: string[] = [];
  let stores: Store[] = [];
  let syncs: DeskSync[] = [];
  let servers: NewsroomServer[] = [];
  beforeEach(() => {
    dirs = [];
    stores = [];
    syncs = [];
    servers = [];
  });
  afterEach(async () => {
    for (const sync of syncs) sync.stop();
    for (const server of servers) await server.stop();
    for (const store of stores) store.close();
    for (const dir of dirs) await removeTempDir(dir);
  });
  return {
    /** An empty folder, for a profile the command line works on. */
    async folder(): Promise<string> {
      const dir = await makeTempDir();
      dirs.push(dir);
      return dir;
    },
    /** A new profile's store, on `clock` (one standing still by default). */
    async profile(clock?: TestClock): Promise<Store> {
      const dir = await makeTempDir();
      dirs.push(dir);
      const { store } = openTestStore(dir, clock);
      stores.push(store);
      return store;
    },
    /** A profile whose pictures travel (give `live` its `pictures`). */
    async pictureProfile(): Promise<PictureProfile & { pictures: ProfilePictures }> {
      const dir = await makeTempDir();
      dirs.push(dir);
      const { store } = openTestStore(dir);
      stores.push(store);
      const images = profilePaths(dir).images;
      return { dir, store, images, pictures: storeProfilePictures(store, images) };
    },
    /** The profile opened again as a new process opens it (its sync stopped first): `store` is closed, and a new store on its files returned. */
    reopen(store: Store, clock?: TestClock): Store {
      store.close();
      const { store: again } = openTestStore(dirname(store.file), clock);
      stores.push(again);
      return again;
    },
    async desk(options: DeskServerOptions = {}): Promise<TestDesk> {
      const data = await makeTempDir();
      dirs.push(data);
      const token = addToken(data, 'jane', new Date());
      let server = await serveDesk(data, 0, options);
      servers.push(server);
      const { url, port } = server;
      return {
        url,
        token,
        data,
        stop: () => server.stop(),
        async restart() {
          server = await serveDesk(data, port, options);
          servers.push(server);
        },
      };
    },
    live(store: Store, { url, token }: { url: string; token: string }, options: Partial<DeskSyncOptions> = {}): DeskSync {
      const sync = startDeskSync({ serverUrl: url, token, documents: storeDeskDocuments(store), ...options });
      syncs.push(sync);
      return sync;
    },
  };
}
