import type { Database } from 'better-sqlite3';

/** A token as the server keeps it: its name, the SHA-256 of the token (never the token) and when it was made. */
export type TokenRow = { name: string; sha256: string; createdAt: string };

export type TokenRows = {
  /** False when the name is taken. */
  insert(row: TokenRow): boolean;
  /** Every token, oldest first. */
  list(): TokenRow[];
  /** False when there is no token of that name. */
  remove(name: string): boolean;
  /** The name of the token with that hash, if there is one. */
  nameOf(sha256: string): string | undefined;
  /** The hashes of every token there is now. */
  hashes(): Set<string>;
};

export function tokenRows(db: Database): TokenRows {
  const insert = db.prepare<[string, string, string]>('INSERT INTO tokens (name, sha256, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING');
  const list = db.prepare<[], { name: string; sha256: string; createdAt: string }>(
    'SELECT name, sha256, created_at AS createdAt FROM tokens ORDER BY created_at, name',
  );
  const remove = db.prepare<[string]>('DELETE FROM tokens WHERE name = ?');
  const byHash = db.prepare<[string], { name: string }>('SELECT name FROM tokens WHERE sha256 = ?');
  const hashes = db.prepare<[], { sha256: string }>('SELECT sha256 FROM tokens');
  return {
    insert: (row) => insert.run(row.name, row.sha256, row.createdAt).changes === 1,
    list: () => list.all(),
    remove: (name) => remove.run(name).changes === 1,
    nameOf: (sha256) => byHash.get(sha256)?.name,
    hashes: () => new Set(hashes.all().map((row) => row.sha256)),
  };
}
