import { Database } from '@hocuspocus/extension-database';
import type { Extension } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { storeFailure } from './document-persistence';
import type { PostgresDocuments } from './store/postgres-documents';

/** Hocuspocus's message types that carry a Yjs sync message, and the sync messages that carry an update. */
const SYNC_MESSAGES = new Set([0, 4]);
const UPDATE_SYNC_MESSAGES = new Set([1, 2]);

/** The Yjs update a client's message carries (a sync step 2 or an update), if it carries one. */
export function updateIn(message: Uint8Array): Uint8Array | undefined {
  const decoder = decoding.createDecoder(message);
  decoding.readVarString(decoder);
  if (!SYNC_MESSAGES.has(decoding.readVarUint(decoder))) return undefined;
  if (!UPDATE_SYNC_MESSAGES.has(decoding.readVarUint(decoder))) return undefined;
  return decoding.readVarUint8Array(decoder);
}

/**
 * Keeps each document in PostgreSQL as one merged Yjs state plus the updates
 * since it was stored. PostgreSQL is written asynchronously, so an incoming
 * update is logged before Hocuspocus handles the message (it waits for this
 * hook), and Hocuspocus applies and acknowledges it only afterwards: an
 * acknowledged edit is committed. Each store folds the log into the state,
 * dropping only the updates the state already holds.
 */
export function postgresPersistence(documents: PostgresDocuments, log: (line: string) => void): Extension[] {
  /** Per document, the id of the last logged update whose message Hocuspocus has gone on to apply. */
  const applied = new Map<string, number>();
  const stored = new Database({
    fetch: async ({ documentName }) => {
      const { parts, lastId } = await documents.read(documentName);
      applied.set(documentName, lastId);
      if (parts.length === 0) return null;
      const merged = parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts);
      if (parts.length > 1) await documents.replaceState(documentName, merged, lastId);
      return merged;
    },
    // Hocuspocus encodes the state and calls this in the same tick, so every update logged up to now is in it.
    store: ({ documentName, state }) =>
      documents.replaceState(documentName, state, applied.get(documentName) ?? 0).catch((error: unknown) => log(storeFailure(documentName, error))),
  });
  const logged: Extension = {
    extensionName: 'CopydeskPostgresUpdateLog',
    async beforeHandleMessage({ documentName, update: message }) {
      const update = updateIn(message);
      if (update === undefined) return;
      const id = await documents.append(documentName, update);
      applied.set(documentName, Math.max(id, applied.get(documentName) ?? 0));
    },
    async afterUnloadDocument({ documentName }) {
      applied.delete(documentName);
    },
  };
  return [stored, logged];
}
