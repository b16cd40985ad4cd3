/**
 * The PostgreSQL the newsroom server's tests use (--postgres, and several
 * instances with --redis). It needs a database the tests may empty, named by COPYDESK_TEST_POSTGRES_URL; by default the one
 * made on Debian with:
 *   pg_ctlcluster 15 main start
 *   su postgres -c "psql -c \"CREATE ROLE copydesk_test LOGIN PASSWORD 'copydesk_test'\""
 *   su postgres -c "createdb -O copydesk_test copydesk_server_test"
 */
import pg from 'pg';

/** The test database, which the tests empty as they please. */
export const URL = process.env.COPYDESK_TEST_POSTGRES_URL ?? 'postgres://copydesk_test:copydesk_test@127.0.0.1:5432/copydesk_server_test';

/** Drops every table and function the server makes, so each test starts from an empty database. */
export async function emptyDatabase(): Promise<void> {
  await sql('DROP TABLE IF EXISTS documents, document_updates, deleted_documents, tokens, copydesk_server_schema');
  await sql('DROP FUNCTION IF EXISTS copydesk_tokens_changed');
}

/** Runs one statement on its own connection and returns its rows. */
export async function sql(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: URL });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

