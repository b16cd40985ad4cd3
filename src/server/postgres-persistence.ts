import { Database } from '@hocuspocus/extension-database';
import type { Extension } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { storeFailure } from './document-persistence';
import type { PostgresDocuments } from './store/postgres-documents';

/** Hocuspocus's message types that carry a Yjs sync message, and the sync messages that carry an update. */
const SYNC_MESSAGES = new Set([0, 4]);
const UPDATE_SYNC_MESSAGES = new Set([1, 2]);

/** How many times a store is tried again when other instances keep storing the same document in between. */
const STORE_ATTEMPTS = 5;

/** The Yjs update a client's message carries (a sync step 2 or an update), if it carries one. */
export function updateIn(message: Uint8Array): Uint8Array | undefined {
  const decoder = decoding.createDecoder(message);
  decoding.readVarString(decoder);
  if (!SYNC_MESSAGES.has(decoding.readVarUint(decoder))) return undefined;
  if (!UPDATE_SYNC_MESSAGES.has(decoding.readVarUint(decoder))) return undefined;
  return decoding.readVarUint8Array(decoder);
}

/** An update of no items and no deletions, as Yjs encodes one: no clients' structs, an empty delete set. */
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length === 2 && update[0] === 0 && update[1] === 0;
}

/**
 * Keeps each document in PostgreSQL as one merged Yjs state plus the updates
 * since it was stored. PostgreSQL is written asynchronously, so an incoming
 * update is logged before Hocuspocus handles the message (it waits for this
 * hook), and Hocuspocus applies and acknowledges it only afterwards: an
 * acknowledged edit is committed. Each store merges the server's state with
 * the stored one and the logged updates, so a store never drops an edit it
 * has not seen: another instance's, or one still on its way through Redis.
 */
export function postgresPersistence(documents: PostgresDocuments, log: (line: string) => void): Extension[] {
  const stored = new Database({
    fetch: async ({ documentName }) => {
      const { parts } = await documents.read(documentName);
      if (parts.length === 0) return null;
      // Left over from a server that stopped without storing: fold it in now.
      return parts.length === 1 ? parts[0]! : foldInto(documents, documentName);
    },
    store: ({ documentName, state }) => foldInto(documents, documentName, state).then(
      () => undefined,
      (error: unknown) => log(storeFailure(documentName, error)),
    ),
  });
  const logged: Extension = {
    extensionName: 'CopydeskPostgresUpdateLog',
    async beforeHandleMessage({ documentName, update: message }) {
      const update = updateIn(message);
      // A client with nothing the server lacks (one opening a document to read it) sends an empty update: nothing to keep.
      if (update !== undefined && !isEmptyUpdate(update)) await documents.append(documentName, update);
    },
  };
  return [stored, logged];
}

/** Stores the stored state, the logged updates and `state` merged into one, and drops those updates; returns the merged state. */
async function foldInto(documents: PostgresDocuments, name: string, state?: Uint8Array): Promise<Uint8Array> {
  for (let attempt = 1; ; attempt += 1) {
    const { parts, version, lastId } = await documents.read(name);
    const merged = Y.mergeUpdates(state === undefined ? parts : [...parts, state]);
    if (await documents.replaceState(name, merged, version, lastId)) return merged;
    // Deleted for good meanwhile: there is nothing to store, ever.
    if (await documents.isDeleted(name)) return merged;
    if (attempt === STORE_ATTEMPTS) throw new Error(`other instances stored it ${STORE_ATTEMPTS} times while this one tried`);
  }
}
