import { Database } from '@hocuspocus/extension-database';
import type { Extension } from '@hocuspocus/server';
import * as Y from 'yjs';
import type { DocumentRows } from './store/document-rows';

/**
 * Keeps each document in SQLite as one merged Yjs state. Every update is
 * also logged the moment it is applied, before Hocuspocus acknowledges it
 * to the editor (the acknowledgement follows the update synchronously), so
 * an acknowledged edit survives the server being killed; each store, which
 * Hocuspocus debounces, folds the log into the state.
 */
export function documentPersistence(rows: DocumentRows, now: () => Date, log: (line: string) => void): Extension[] {
  const stored = new Database({
    fetch: async ({ documentName }) => {
      const parts = rows.read(documentName);
      if (parts.length === 0) return null;
      const merged = parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts);
      // Left over from a server that stopped without storing: fold it in now.
      if (parts.length > 1) rows.replaceState(documentName, merged, now());
      return merged;
    },
    store: async ({ documentName, state }) => {
      try {
        rows.replaceState(documentName, state, now());
      } catch (error) {
        log(storeFailure(documentName, error));
      }
    },
  });
  const logged: Extension = {
    extensionName: 'CopydeskUpdateLog',
    async afterLoadDocument({ document, documentName }) {
      document.on('update', (update: Uint8Array) => rows.appendUpdate(documentName, update));
    },
  };
  return [stored, logged];
}

/**
 * A store that fails loses nothing (the updates stay logged and the next
 * store folds them in), so it is reported, not thrown: Hocuspocus never
 * unloads a document whose store threw, and could then never stop.
 */
export function storeFailure(documentName: string, error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `could not store ${documentName} (${detail}); its updates stay logged and the next store folds them in`;
}
