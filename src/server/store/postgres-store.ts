import pg from 'pg';
import { ApiError } from '../../shared/api/api-error';
import { redactedUrl } from './redacted-url';
import { postgresDocuments, type PostgresDocuments } from './postgres-documents';
import { migratePostgres } from './postgres-migrations';
import { postgresTokens, type PostgresTokens } from './postgres-tokens';
import { serialQueries } from './serial-queries';

/** The newsroom's PostgreSQL database: the documents and the tokens every instance shares. */
export type PostgresStore = {
  documents: PostgresDocuments;
  tokens: PostgresTokens;
  close(): Promise<void>;
  /** Settles with the reason when the connection is lost (PostgreSQL restarted, the network went): the server cannot go on. */
  lost: Promise<Error>;
};

/** Connects to PostgreSQL at `url`, creating or migrating the tables; a database from a newer Copydesk is refused. */
export async function openPostgresStore(url: string): Promise<PostgresStore> {
  // One client: its queries run in the order they are asked (serialQueries), which keeps the log in the order updates arrived.
  const client = new pg.Client({ connectionString: url });
  let closing = false;
  const lost = new Promise<Error>((resolve) => {
    client.on('error', (error) => resolve(new ApiError('database', `Lost the connection to PostgreSQL at ${redactedUrl(url)} (${error.message}).`)));
    client.on('end', () => {
      if (!closing) resolve(new ApiError('database', `The connection to PostgreSQL at ${redactedUrl(url)} ended.`));
    });
  });
  try {
    await client.connect();
    await migratePostgres(client);
  } catch (error) {
    await client.end().catch(() => undefined);
    throw connectionError(error, url);
  }
  const queries = serialQueries(client);
  return {
    documents: postgresDocuments(queries),
    tokens: postgresTokens(queries, client),
    close: () => {
      closing = true;
      return client.end();
    },
    lost,
  };
}

function connectionError(error: unknown, url: string): unknown {
  if (error instanceof ApiError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new ApiError(
    'database',
    `Could not use the PostgreSQL database at ${redactedUrl(url)} (${detail}). Check the URL, that PostgreSQL runs and that the role may create tables there.`,
  );
}
