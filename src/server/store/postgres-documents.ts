import pg from 'pg';
import { ApiError } from '../../shared/api/api-error';

/** The schema steps of the documents in PostgreSQL, in order; each runs in a transaction with its version recorded. */
const STEPS: readonly string[] = [
  `CREATE TABLE documents (
     name text PRIMARY KEY,
     state bytea NOT NULL,
     stored_at timestamptz NOT NULL
   );
   CREATE TABLE document_updates (
     id bigserial PRIMARY KEY,
     name text NOT NULL,
     data bytea NOT NULL
   );
   CREATE INDEX document_updates_by_name ON document_updates (name, id);`,
];

/** The documents as PostgreSQL keeps them: the same two tables as the SQLite file, reached asynchronously. */
export type PostgresDocuments = {
  /** The stored state and the updates logged after it, oldest first, with the last update's id (0 when none). */
  read(name: string): Promise<{ parts: Uint8Array[]; lastId: number }>;
  /** Logs one update; resolves with its id once it is committed. */
  append(name: string, update: Uint8Array): Promise<number>;
  /** Replaces the state and drops the logged updates up to `upToId` (the ones the state holds), in one statement. */
  replaceState(name: string, state: Uint8Array, upToId: number): Promise<void>;
  close(): Promise<void>;
  /** Settles with the reason when the connection is lost (PostgreSQL restarted, the network went): the server cannot go on. */
  lost: Promise<Error>;
};

/** Connects to PostgreSQL at `url`, creating or migrating the tables; a database from a newer Copydesk is refused. */
export async function openPostgresDocuments(url: string): Promise<PostgresDocuments> {
  // One client: its queries run in the order they are sent, which keeps the log in the order updates arrived.
  const client = new pg.Client({ connectionString: url });
  let closing = false;
  const lost = new Promise<Error>((resolve) => {
    client.on('error', (error) => resolve(new ApiError('database', `Lost the connection to PostgreSQL at ${redacted(url)} (${error.message}).`)));
    client.on('end', () => {
      if (!closing) resolve(new ApiError('database', `The connection to PostgreSQL at ${redacted(url)} ended.`));
    });
  });
  try {
    await client.connect();
    await migrate(client);
  } catch (error) {
    await client.end().catch(() => undefined);
    throw connectionError(error, url);
  }
  return {
    async read(name) {
      const state = await client.query<{ state: Buffer }>('SELECT state FROM documents WHERE name = $1', [name]);
      const updates = await client.query<{ id: string; data: Buffer }>('SELECT id, data FROM document_updates WHERE name = $1 ORDER BY id', [name]);
      const parts = [...state.rows.map((row) => row.state), ...updates.rows.map((row) => row.data)];
      return { parts, lastId: Number(updates.rows.at(-1)?.id ?? 0) };
    },
    async append(name, update) {
      const inserted = await client.query<{ id: string }>('INSERT INTO document_updates (name, data) VALUES ($1, $2) RETURNING id', [name, Buffer.from(update)]);
      return Number(inserted.rows[0]!.id);
    },
    async replaceState(name, state, upToId) {
      await client.query(
        `WITH stored AS (
           INSERT INTO documents (name, state, stored_at) VALUES ($1, $2, now())
           ON CONFLICT (name) DO UPDATE SET state = excluded.state, stored_at = excluded.stored_at
         )
         DELETE FROM document_updates WHERE name = $1 AND id <= $3`,
        [name, Buffer.from(state), upToId],
      );
    },
    close: () => {
      closing = true;
      return client.end();
    },
    lost,
  };
}

async function migrate(client: pg.Client): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('CREATE TABLE IF NOT EXISTS copydesk_server_schema (version integer NOT NULL)');
    // Two servers starting at once migrate one after the other.
    await client.query('LOCK TABLE copydesk_server_schema IN EXCLUSIVE MODE');
    const current = await client.query<{ version: number }>('SELECT version FROM copydesk_server_schema');
    const version = current.rows[0]?.version ?? 0;
    if (version > STEPS.length) {
      throw new ApiError(
        'database',
        `The PostgreSQL database was set up by a newer version of Copydesk (schema ${version}; this version knows up to ${STEPS.length}). Update Copydesk; the database has not been changed.`,
      );
    }
    for (const step of STEPS.slice(version)) await client.query(step);
    if (current.rows.length === 0) await client.query('INSERT INTO copydesk_server_schema (version) VALUES ($1)', [STEPS.length]);
    else await client.query('UPDATE copydesk_server_schema SET version = $1', [STEPS.length]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

function connectionError(error: unknown, url: string): unknown {
  if (error instanceof ApiError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new ApiError('database', `Could not use the PostgreSQL database at ${redacted(url)} (${detail}). Check the URL, that PostgreSQL runs and that the role may create tables there.`);
}

/** The URL without its password, for messages. */
function redacted(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the given URL';
  }
}
