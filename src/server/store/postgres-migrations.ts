import type pg from 'pg';
import { ApiError } from '../../shared/api/api-error';

/** The schema steps in PostgreSQL, in order; each runs in a transaction with its version recorded. A new one is appended here. */
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
  // Several instances share the database: each store of a document says which one it replaces, and
  // the tokens live here so that every instance sees a revocation, told of it by a notification.
  `ALTER TABLE documents ADD COLUMN version bigint NOT NULL DEFAULT 0;
   CREATE TABLE tokens (
     name text PRIMARY KEY,
     sha256 text NOT NULL UNIQUE,
     created_at timestamptz NOT NULL
   );
   CREATE FUNCTION copydesk_tokens_changed() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     PERFORM pg_notify('copydesk_tokens', '');
     RETURN NULL;
   END
   $$;
   CREATE TRIGGER tokens_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON tokens
     FOR EACH STATEMENT EXECUTE FUNCTION copydesk_tokens_changed();`,
  // A story deleted for good: its document is gone and may never come back, whoever still holds a copy.
  `CREATE TABLE deleted_documents (
     name text PRIMARY KEY,
     deleted_at timestamptz NOT NULL,
     deleted_by text NOT NULL
   );`,
];

/** Creates or brings the tables up to date; a database set up by a newer Copydesk is refused unchanged. */
export async function migratePostgres(client: pg.Client): Promise<void> {
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
