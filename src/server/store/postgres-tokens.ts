import type pg from 'pg';
import type { SerialQueries } from './serial-queries';
import type { TokenRow } from './token-rows';

/** The tokens in PostgreSQL, shared by every instance; the same rows as the SQLite file's, reached asynchronously. */
export type PostgresTokens = {
  /** False when the name is taken. */
  insert(row: TokenRow): Promise<boolean>;
  /** Every token, oldest first. */
  list(): Promise<TokenRow[]>;
  /** False when there is no token of that name. */
  remove(name: string): Promise<boolean>;
  /** The name of the token with that hash, if there is one. */
  nameOf(sha256: string): Promise<string | undefined>;
  /** The hashes of every token there is now. */
  hashes(): Promise<Set<string>>;
  /** Calls `changed` after any change to the tokens is committed, by any connection (a trigger notifies). */
  listen(changed: () => void): Promise<void>;
};

/** The channel the tokens table's trigger notifies (see the migrations). */
const CHANNEL = 'copydesk_tokens';

export function postgresTokens(client: SerialQueries, notifications: pg.Client): PostgresTokens {
  return {
    async insert(row) {
      const inserted = await client.query('INSERT INTO tokens (name, sha256, created_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING', [
        row.name,
        row.sha256,
        row.createdAt,
      ]);
      return inserted.rowCount === 1;
    },
    async list() {
      const rows = await client.query<{ name: string; sha256: string; created_at: Date }>('SELECT name, sha256, created_at FROM tokens ORDER BY created_at, name');
      return rows.rows.map((row) => ({ name: row.name, sha256: row.sha256, createdAt: row.created_at.toISOString() }));
    },
    async remove(name) {
      return (await client.query('DELETE FROM tokens WHERE name = $1', [name])).rowCount === 1;
    },
    async nameOf(sha256) {
      return (await client.query<{ name: string }>('SELECT name FROM tokens WHERE sha256 = $1', [sha256])).rows[0]?.name;
    },
    async hashes() {
      return new Set((await client.query<{ sha256: string }>('SELECT sha256 FROM tokens')).rows.map((row) => row.sha256));
    },
    async listen(changed) {
      notifications.on('notification', ({ channel }) => {
        if (channel === CHANNEL) changed();
      });
      await client.query(`LISTEN ${CHANNEL}`);
    },
  };
}
