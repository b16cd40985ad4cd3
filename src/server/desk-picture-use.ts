import * as Y from 'yjs';
import { deskAuthorsOf } from '../shared/newsroom/desk-authors';
import { NEWSROOM_DOCUMENT } from '../shared/newsroom/desk-protocol';
import { picturesOfStoryDocument } from '../shared/newsroom/story-pictures';

/** What the pictures' collection needs of where the documents are kept (the SQLite file or PostgreSQL). */
export type CollectedDocuments = {
  /** The names of the documents kept that start with `prefix`. */
  names(prefix: string): Promise<string[]>;
  /** For each document kept that starts with `prefix`, a mark that changes whenever the document does (an update logged or a store). */
  marks(prefix: string): Promise<Map<string, string>>;
  /** The stored state and the updates logged after it (empty: none kept). */
  read(name: string): Promise<Uint8Array[]>;
  /** Drops a document's state and log without remembering it (unlike a story deleted for good, it may be written again); false when nothing was kept. */
  forget(name: string): Promise<boolean>;
  isDeleted(name: string): Promise<boolean>;
};

/** The documents open on this server now, by name. */
export type OpenDocuments = { get(name: string): Y.Doc | undefined; names(): string[] };

/** How a sha256 is written in a document's bytes (Yjs keeps each string value whole, as UTF-8). */
const SHA256_TEXT = /[0-9a-f]{64}/g;

/**
 * The sha256s a document's bytes may name: every run of 64 hex digits in
 * them. A story shows no picture whose sha256 is not among them, so a story
 * naming none of the pictures asked about need not be read at all.
 */
export function sha256sWritten(parts: readonly Uint8Array[]): Set<string> {
  const found = new Set<string>();
  for (const part of parts) {
    for (const match of Buffer.from(part.buffer, part.byteOffset, part.byteLength).toString('latin1').matchAll(SHA256_TEXT)) found.add(match[0]);
  }
  return found;
}

/** The pictures a story's document shows (its body read through a headless editor: costly). */
export function picturesShown(parts: readonly Uint8Array[]): string[] {
  const doc = docFrom(parts);
  try {
    return picturesOfStoryDocument(doc);
  } finally {
    doc.destroy();
  }
}

/** The photos of the authors in the newsroom document's directory, read as written (valid author or not: a photo is kept whenever anything names it). */
export async function authorPhotos(documents: CollectedDocuments, open: OpenDocuments): Promise<Set<string>> {
  const photos = new Set<string>();
  const newsroom = docFrom(await current(documents, open, NEWSROOM_DOCUMENT));
  for (const [, fields] of deskAuthorsOf(newsroom)) {
    const photo = fields instanceof Y.Map ? fields.get('photoSha256') : undefined;
    if (typeof photo === 'string') photos.add(photo);
  }
  newsroom.destroy();
  return photos;
}

/** The document as it is now: the open one when it is open (it holds edits not stored yet), else the stored one. */
export async function current(documents: CollectedDocuments, open: OpenDocuments, name: string): Promise<Uint8Array[]> {
  const live = open.get(name);
  return live === undefined ? documents.read(name) : [Y.encodeStateAsUpdate(live)];
}

export function docFrom(parts: readonly Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const part of parts) Y.applyUpdate(doc, part);
  return doc;
}

/** Lets the editors' messages through between costly steps. */
export const yieldToEditors = () => new Promise((resolve) => setImmediate(resolve));
