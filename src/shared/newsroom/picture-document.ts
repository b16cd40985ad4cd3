import type * as Y from 'yjs';

/**
 * A picture on the desk: one Yjs document per picture, named after the
 * sha256 of its bytes (desk-protocol.ts), written once and never changed.
 * It holds the file's bytes and its type (file extension) in the Y.Map
 * `picture`; nothing else.
 */
export type DeskPicture = { bytes: Uint8Array; ext: string };

const MAP = 'picture';
const KEYS = ['bytes', 'ext'];

/** Writes the picture into an empty document, in one transaction (one update). */
export function writePicture(doc: Y.Doc, picture: DeskPicture): void {
  const map = doc.getMap<unknown>(MAP);
  doc.transact(() => {
    // Yjs takes binary content only as a plain Uint8Array (not a subclass such as Node's Buffer): a view of the same bytes.
    map.set('bytes', new Uint8Array(picture.bytes.buffer, picture.bytes.byteOffset, picture.bytes.byteLength));
    map.set('ext', picture.ext);
  });
}

/** Whether nothing was ever written to the document (a picture not on the desk). */
export function isEmptyPicture(doc: Y.Doc): boolean {
  return doc.store.clients.size === 0;
}

/**
 * The picture the document holds, or null when it holds anything but
 * exactly one picture (empty, other shared types or keys, a wrong kind of value).
 * Whether the bytes are the named picture is the reader's check.
 */
export function readPicture(doc: Y.Doc): DeskPicture | null {
  // A client may have other shared types defined; none may hold anything.
  if ([...doc.share].some(([name, type]) => name !== MAP && (type._start !== null || type._map.size > 0))) return null;
  const map = doc.getMap<unknown>(MAP);
  const keys = [...map.keys()].sort();
  if (keys.length !== KEYS.length || keys.some((key, index) => key !== KEYS[index])) return null;
  const bytes = map.get('bytes');
  const ext = map.get('ext');
  if (!(bytes instanceof Uint8Array) || typeof ext !== 'string') return null;
  return { bytes, ext };
}
