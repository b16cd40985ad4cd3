/**
 * The tokens of servers that keep their documents in PostgreSQL, kept there
 * too so that every instance sharing the database sees a change at once.
 * The same commands as for a data folder, with --postgres URL for --data DIR.
 */
import { nameTaken, newToken, noSuchToken, type TokenListing } from './newsroom-tokens';
import { openPostgresStore, type PostgresStore } from './store/postgres-store';
import { redactedUrl } from './store/redacted-url';

/** Makes a token for `name` in the database and returns it; only its hash is stored, so this is the one time it is seen. */
export async function addSharedToken(postgresUrl: string, name: string, now: Date): Promise<string> {
  const { token, row } = newToken(name, now);
  return withDatabase(postgresUrl, async (postgres) => {
    if (!(await postgres.tokens.insert(row))) throw nameTaken(name, '--postgres URL');
    return token;
  });
}

/** The tokens' names and when each was made, oldest first; never the tokens. */
export function listSharedTokens(postgresUrl: string): Promise<TokenListing[]> {
  return withDatabase(postgresUrl, async (postgres) => (await postgres.tokens.list()).map(({ name, createdAt }) => ({ name, createdAt })));
}

/** Removes the token; every running instance closes its connections at once. */
export function revokeSharedToken(postgresUrl: string, name: string): Promise<void> {
  return withDatabase(postgresUrl, async (postgres) => {
    if (!(await postgres.tokens.remove(name))) throw noSuchToken(name, `the PostgreSQL database at ${redactedUrl(postgresUrl)}`, '--postgres URL');
  });
}

async function withDatabase<T>(postgresUrl: string, work: (postgres: PostgresStore) => Promise<T>): Promise<T> {
  const postgres = await openPostgresStore(postgresUrl);
  try {
    return await work(postgres);
  } finally {
    await postgres.close();
  }
}
