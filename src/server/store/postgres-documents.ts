import type { DeletedDocuments } from './document-rows';
import type { SerialQueries } from './serial-queries';

/** What is kept of one document: the stored state and the updates logged after it, oldest first. */
export type StoredDocument = {
  parts: Uint8Array[];
  /** Which store of the document `parts` starts from (0 before its first store). */
  version: number;
  /** The id of the last logged update read (0 when none). */
  lastId: number;
};

/** The documents in PostgreSQL: the same two tables as the SQLite file, reached asynchronously, shared by every instance. */
export type PostgresDocuments = {
  read(name: string): Promise<StoredDocument>;
  /** Logs one update; resolves once it is committed. Nothing is logged for a deleted document. */
  append(name: string, update: Uint8Array): Promise<void>;
  /**
   * Stores `state` as store `version + 1` and drops the logged updates up to `upToId`, in one
   * statement, only if no one has stored the document since `version`; false when someone has.
   */
  replaceState(name: string, state: Uint8Array, version: number, upToId: number): Promise<boolean>;
  /** The names of the documents kept (a state or logged updates) that start with `prefix`. */
  names(prefix: string): Promise<string[]>;
  /** For each document kept that starts with `prefix`, a mark that changes with each update logged and each store. */
  marks(prefix: string): Promise<Map<string, string>>;
  /** Drops the document's state and log in one statement, without remembering it: it may be written again. False when nothing was kept. */
  forget(name: string): Promise<boolean>;
} & DeletedDocuments;

export function postgresDocuments(client: SerialQueries): PostgresDocuments {
  return {
    async read(name) {
      const state = await client.query<{ state: Buffer; version: string }>('SELECT state, version FROM documents WHERE name = $1', [name]);
      const updates = await client.query<{ id: string; data: Buffer }>('SELECT id, data FROM document_updates WHERE name = $1 ORDER BY id', [name]);
      return {
        parts: [...state.rows.map((row) => row.state), ...updates.rows.map((row) => row.data)],
        version: Number(state.rows[0]?.version ?? 0),
        lastId: Number(updates.rows.at(-1)?.id ?? 0),
      };
    },
    async append(name, update) {
      // A copy of a deleted document still open on some instance never writes it back.
      await client.query(
        'INSERT INTO document_updates (name, data) SELECT $1, $2 WHERE NOT EXISTS (SELECT 1 FROM deleted_documents WHERE name = $1)',
        [name, Buffer.from(update)],
      );
    },
    async replaceState(name, state, version, upToId) {
      const result = await client.query<{ stored: number }>(
        `WITH stored AS (
           INSERT INTO documents (name, state, stored_at, version)
             SELECT $1, $2, now(), $3 + 1 WHERE NOT EXISTS (SELECT 1 FROM deleted_documents WHERE name = $1)
           ON CONFLICT (name) DO UPDATE SET state = excluded.state, stored_at = excluded.stored_at, version = excluded.version
             WHERE documents.version = $3
           RETURNING 1
         ), dropped AS (
           DELETE FROM document_updates WHERE name = $1 AND id <= $4 AND EXISTS (SELECT 1 FROM stored)
         )
         SELECT count(*)::int AS stored FROM stored`,
        [name, Buffer.from(state), version, upToId],
      );
      return result.rows[0]!.stored === 1;
    },
    async names(prefix) {
      const result = await client.query<{ name: string }>(
        'SELECT name FROM documents WHERE starts_with(name, $1) UNION SELECT name FROM document_updates WHERE starts_with(name, $1)',
        [prefix],
      );
      return result.rows.map((row) => row.name);
    },
    async marks(prefix) {
      const result = await client.query<{ name: string; mark: string }>(
        `SELECT kept.name AS name,
           coalesce((SELECT version::text FROM documents WHERE name = kept.name), '-')
             || '/' || coalesce((SELECT max(id) FROM document_updates WHERE name = kept.name), 0)::text AS mark
         FROM (SELECT name FROM documents WHERE starts_with(name, $1) UNION SELECT name FROM document_updates WHERE starts_with(name, $1)) AS kept`,
        [prefix],
      );
      return new Map(result.rows.map((row) => [row.name, row.mark]));
    },
    async forget(name) {
      const result = await client.query<{ dropped: number }>(
        `WITH state AS (
           DELETE FROM documents WHERE name = $1 RETURNING 1
         ), updates AS (
           DELETE FROM document_updates WHERE name = $1 RETURNING 1
         )
         SELECT ((SELECT count(*) FROM state) + (SELECT count(*) FROM updates))::int AS dropped`,
        [name],
      );
      return result.rows[0]!.dropped > 0;
    },
    async deleteForGood(name, by, at) {
      await client.query(
        `WITH deleted AS (
           INSERT INTO deleted_documents (name, deleted_at, deleted_by) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING
         ), state AS (
           DELETE FROM documents WHERE name = $1
         )
         DELETE FROM document_updates WHERE name = $1`,
        [name, at, by],
      );
    },
    async isDeleted(name) {
      return (await client.query('SELECT 1 FROM deleted_documents WHERE name = $1', [name])).rowCount === 1;
    },
  };
}
