import type { Database } from 'better-sqlite3';

/** The documents' rows: each one's merged Yjs state, and the updates that arrived since it was stored. */
export type DocumentRows = {
  /** The stored state and the updates logged after it, oldest first; empty for a document never stored. */
  read(name: string): Uint8Array[];
  /** Logs one update as it arrives; committed when this returns. */
  appendUpdate(name: string, update: Uint8Array): void;
  /** Replaces the state with `state` (which holds every logged update) and drops the log, in one transaction. */
  replaceState(name: string, state: Uint8Array, storedAt: Date): void;
  /** How many updates wait in the log to be folded into the state. */
  pendingUpdates(name: string): number;
};

export function documentRows(db: Database): DocumentRows {
  const selectState = db.prepare<[string], { state: Buffer }>('SELECT state FROM documents WHERE name = ?');
  const selectUpdates = db.prepare<[string], { data: Buffer }>('SELECT data FROM document_updates WHERE name = ? ORDER BY id');
  const insertUpdate = db.prepare<[string, Uint8Array]>('INSERT INTO document_updates (name, data) VALUES (?, ?)');
  const countUpdates = db.prepare<[string], { count: number }>('SELECT count(*) AS count FROM document_updates WHERE name = ?');
  const upsertState = db.prepare<[string, Uint8Array, string]>(
    'INSERT INTO documents (name, state, stored_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET state = excluded.state, stored_at = excluded.stored_at',
  );
  const deleteUpdates = db.prepare<[string]>('DELETE FROM document_updates WHERE name = ?');
  const replace = db.transaction((name: string, state: Uint8Array, storedAt: string) => {
    upsertState.run(name, state, storedAt);
    deleteUpdates.run(name);
  });
  return {
    read(name) {
      const state = selectState.get(name)?.state;
      const updates = selectUpdates.all(name).map((row) => row.data);
      return state === undefined ? updates : [state, ...updates];
    },
    appendUpdate(name, update) {
      insertUpdate.run(name, update);
    },
    replaceState(name, state, storedAt) {
      replace.immediate(name, state, storedAt.toISOString());
    },
    pendingUpdates(name) {
      return countUpdates.get(name)?.count ?? 0;
    },
  };
}
