import type { Extension, Hocuspocus } from '@hocuspocus/server';
import * as Y from 'yjs';
import { deskAuthorsOf } from '../shared/newsroom/desk-authors';
import { NEWSROOM_DOCUMENT, STORY_PREFIX, pictureDocumentName } from '../shared/newsroom/desk-protocol';
import { picturesOfStoryDocument } from '../shared/newsroom/story-pictures';

/** What the collection needs of where the documents are kept (the SQLite file or PostgreSQL). */
export type CollectedDocuments = {
  /** The names of the documents kept that start with `prefix`. */
  names(prefix: string): Promise<string[]>;
  /** The stored state and the updates logged after it (empty: none kept). */
  read(name: string): Promise<Uint8Array[]>;
  /** Drops a document's state and log without remembering it (unlike a story deleted for good, it may be written again); false when nothing was kept. */
  forget(name: string): Promise<boolean>;
  isDeleted(name: string): Promise<boolean>;
};

export type PictureCollection = {
  extension: Extension;
  /** Removes, in the background, the pictures the deleted story (its last state) showed that nothing left on the desk uses. */
  afterDeleted(name: string, lastState: Uint8Array): void;
  /** Settles once every collection asked for has run (before the server closes its storage). */
  idle(): Promise<void>;
};

/**
 * Deleting a story for good on the desk takes with it the pictures only it
 * showed: once the story is gone, each picture its last state showed is
 * removed unless another story's document on the desk or an author's photo
 * in the newsroom document uses it. Only the pictures' rows go, nothing
 * remembers them, so a story that shows the same picture later puts it up
 * again. A picture's document someone has open now is left (it is being
 * fetched or put up: something wants it). Every story is looked at, which
 * is costly but rare, so it runs after the deletion is answered, one at a time.
 */
export function pictureCollection(documents: CollectedDocuments, log: (line: string) => void): PictureCollection {
  let instance: Hocuspocus | undefined;
  let queue = Promise.resolve();
  const open: OpenDocuments = { get: (name) => instance?.documents.get(name), names: () => [...(instance?.documents.keys() ?? [])] };
  return {
    extension: {
      extensionName: 'CopydeskPictureCollection',
      async onConfigure(payload) {
        instance = payload.instance;
      },
    },
    afterDeleted(name, lastState) {
      queue = queue
        .then(() => collect(documents, open, name, lastState, log))
        .catch((error: unknown) => log(`could not remove the pictures only ${name} used (${error instanceof Error ? error.message : String(error)}); they stay on the desk`));
    },
    idle: () => queue,
  };
}

/** The documents open on this server now, by name. */
type OpenDocuments = { get(name: string): Y.Doc | undefined; names(): string[] };

async function collect(documents: CollectedDocuments, open: OpenDocuments, deleted: string, lastState: Uint8Array, log: (line: string) => void) {
  const candidates = new Set(picturesOfStoryDocument(docFrom([lastState])));
  if (candidates.size === 0) return;
  for (const sha256 of await picturesInUse(documents, open, candidates)) candidates.delete(sha256);
  let removed = 0;
  let left = 0;
  for (const sha256 of candidates) {
    const name = pictureDocumentName(sha256);
    if (open.get(name) !== undefined) left += 1;
    else if (await documents.forget(name)) removed += 1;
  }
  log(`removed ${removed} picture${removed === 1 ? '' : 's'} only ${deleted} used${left === 0 ? '' : ` (${left} open now, left on the desk)`}`);
}

/** Which of `candidates` a story on the desk shows or an author in its directory has as a photo. */
async function picturesInUse(documents: CollectedDocuments, open: OpenDocuments, candidates: ReadonlySet<string>): Promise<Set<string>> {
  const used = new Set<string>();
  const stories = new Set([...(await documents.names(STORY_PREFIX)), ...open.names().filter((name) => name.startsWith(STORY_PREFIX))]);
  for (const name of stories) {
    // A story deleted for good may still be open here until its editors are gone.
    if (await documents.isDeleted(name)) continue;
    const parts = await current(documents, open, name);
    if (!mayName(parts, candidates)) continue;
    const doc = docFrom(parts);
    for (const sha256 of picturesOfStoryDocument(doc)) used.add(sha256);
    doc.destroy();
    // Reading a body is costly: let the editors' messages through between stories.
    await new Promise((resolve) => setImmediate(resolve));
  }
  const newsroom = docFrom(await current(documents, open, NEWSROOM_DOCUMENT));
  for (const [, fields] of deskAuthorsOf(newsroom)) {
    // Read as written, valid author or not: a photo is kept whenever anything names it.
    const photo = fields instanceof Y.Map ? fields.get('photoSha256') : undefined;
    if (typeof photo === 'string') used.add(photo);
  }
  newsroom.destroy();
  return used;
}

/**
 * Whether a document's updates may name one of the pictures: Yjs keeps each
 * string value (a body image's attribute, the lead image's field) whole, as
 * UTF-8, so a story whose bytes hold none of the sha256s shows none of them
 * and is not read at all.
 */
function mayName(parts: Uint8Array[], sha256s: ReadonlySet<string>): boolean {
  return parts.some((part) => {
    const bytes = Buffer.from(part.buffer, part.byteOffset, part.byteLength);
    return [...sha256s].some((sha256) => bytes.includes(sha256));
  });
}

/** The document as it is now: the open one when it is open (it holds edits not stored yet), else the stored one. */
async function current(documents: CollectedDocuments, open: OpenDocuments, name: string): Promise<Uint8Array[]> {
  const live = open.get(name);
  return live === undefined ? documents.read(name) : [Y.encodeStateAsUpdate(live)];
}

function docFrom(parts: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const part of parts) Y.applyUpdate(doc, part);
  return doc;
}
