import type { Database } from 'better-sqlite3';

/** The documents' rows: each one's merged Yjs state, and the updates that arrived since it was stored. */
export type DocumentRows = {
  /** The stored state and the updates logged after it, oldest first; empty for a document never stored or deleted. */
  read(name: string): Uint8Array[];
  /** Logs one update as it arrives; committed when this returns. Nothing is logged for a deleted document. */
  appendUpdate(name: string, update: Uint8Array): void;
  /** Replaces the state with `state` (which holds every logged update) and drops the log, in one transaction; not for a deleted document. */
  replaceState(name: string, state: Uint8Array, storedAt: Date): void;
  /** How many updates wait in the log to be folded into the state. */
  pendingUpdates(name: string): number;
  /** The names of the documents kept (a state or logged updates) that start with `prefix`. */
  names(prefix: string): string[];
  /** For each document kept that starts with `prefix`, a mark that changes with each update logged and each store (within a millisecond, not always). */
  marks(prefix: string): Map<string, string>;
  /** Drops the document's state and log in one transaction, without remembering it: it may be written again. False when nothing was kept. */
  forget(name: string): boolean;
} & DeletedDocuments;

/** Documents deleted for good: gone from the rows, and kept out of them for ever after. */
export type DeletedDocuments = {
  /** Drops the document's state and log and remembers that it was deleted, in one transaction. */
  deleteForGood(name: string, by: string, at: Date): Promise<void>;
  isDeleted(name: string): Promise<boolean>;
};

export function documentRows(db: Database): DocumentRows {
  const selectState = db.prepare<[string], { state: Buffer }>('SELECT state FROM documents WHERE name = ?');
  const selectUpdates = db.prepare<[string], { data: Buffer }>('SELECT data FROM document_updates WHERE name = ? ORDER BY id');
  // A copy of a deleted document still open somewhere (a late editor, Hocuspocus storing it as it unloads) never writes it back.
  const insertUpdate = db.prepare<{ name: string; data: Uint8Array }>(
    'INSERT INTO document_updates (name, data) SELECT @name, @data WHERE NOT EXISTS (SELECT 1 FROM deleted_documents WHERE name = @name)',
  );
  const countUpdates = db.prepare<[string], { count: number }>('SELECT count(*) AS count FROM document_updates WHERE name = ?');
  const upsertState = db.prepare<{ name: string; state: Uint8Array; storedAt: string }>(
    `INSERT INTO documents (name, state, stored_at) SELECT @name, @state, @storedAt WHERE NOT EXISTS (SELECT 1 FROM deleted_documents WHERE name = @name)
     ON CONFLICT (name) DO UPDATE SET state = excluded.state, stored_at = excluded.stored_at`,
  );
  const deleteUpdates = db.prepare<[string]>('DELETE FROM document_updates WHERE name = ?');
  const deleteState = db.prepare<[string]>('DELETE FROM documents WHERE name = ?');
  const insertDeleted = db.prepare<[string, string, string]>('INSERT OR IGNORE INTO deleted_documents (name, deleted_at, deleted_by) VALUES (?, ?, ?)');
  const selectDeleted = db.prepare<[string], { name: string }>('SELECT name FROM deleted_documents WHERE name = ?');
  const selectNames = db.prepare<[string, string], { name: string }>(
    "SELECT name FROM documents WHERE instr(name, ?) = 1 UNION SELECT name FROM document_updates WHERE instr(name, ?) = 1",
  );
  const selectMarks = db.prepare<[string, string], { name: string; mark: string }>(
    `SELECT kept.name AS name,
       coalesce((SELECT stored_at || ':' || length(state) FROM documents WHERE name = kept.name), '-')
         || '/' || coalesce((SELECT max(id) FROM document_updates WHERE name = kept.name), 0) AS mark
     FROM (SELECT name FROM documents WHERE instr(name, ?) = 1 UNION SELECT name FROM document_updates WHERE instr(name, ?) = 1) AS kept`,
  );
  const replace = db.transaction((name: string, state: Uint8Array, storedAt: string) => {
    upsertState.run({ name, state, storedAt });
    deleteUpdates.run(name);
  });
  const forget = db.transaction((name: string) => deleteState.run(name).changes + deleteUpdates.run(name).changes > 0);
  const deleteForGood = db.transaction((name: string, by: string, at: string) => {
    insertDeleted.run(name, at, by);
    deleteState.run(name);
    deleteUpdates.run(name);
  });
  return {
    read(name) {
      const state = selectState.get(name)?.state;
      const updates = selectUpdates.all(name).map((row) => row.data);
      return state === undefined ? updates : [state, ...updates];
    },
    appendUpdate(name, update) {
      insertUpdate.run({ name, data: update });
    },
    replaceState(name, state, storedAt) {
      replace.immediate(name, state, storedAt.toISOString());
    },
    pendingUpdates(name) {
      return countUpdates.get(name)?.count ?? 0;
    },
    names(prefix) {
      return selectNames.all(prefix, prefix).map((row) => row.name);
    },
    marks(prefix) {
      return new Map(selectMarks.all(prefix, prefix).map((row) => [row.name, row.mark]));
    },
    forget(name) {
      return forget.immediate(name);
    },
    async deleteForGood(name, by, at) {
      deleteForGood.immediate(name, by, at.toISOString());
    },
    async isDeleted(name) {
      return selectDeleted.get(name) !== undefined;
    },
  };
}
