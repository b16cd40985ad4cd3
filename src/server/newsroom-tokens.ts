import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { ApiError } from '../shared/api/api-error';
import { openServerStore, type ServerStore } from './store/server-store';
import { serverDatabaseFile } from './store/open-server-database';
import type { TokenRow } from './store/token-rows';

/** A token's name: who or what it is for, e.g. jane.smith@desk or laptop-3. */
const TOKEN_NAME = /^[A-Za-z0-9._@-]{1,60}$/;

/** What the server keeps of a token: its SHA-256, so a copy of the database gives no one a way in. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export type TokenListing = { name: string; createdAt: string };

/**
 * A new token for `name` (32 random bytes, 256 bits, base64url: safe in a URL and on a command
 * line) and the row that keeps it, which holds only its hash: the token itself is seen this once.
 */
export function newToken(name: string, now: Date): { token: string; row: TokenRow } {
  if (!TOKEN_NAME.test(name)) {
    throw new ApiError(
      'invalid_input',
      `"${name}" is not a token name: use up to 60 letters, digits and . _ - @ (e.g. jane.smith or laptop-3).`,
    );
  }
  const token = randomBytes(32).toString('base64url');
  return { token, row: { name, sha256: tokenHash(token), createdAt: now.toISOString() } };
}

/** The refusal of a name already taken; `where` is the option naming the tokens' place, e.g. `--data DIR`. */
export function nameTaken(name: string, where: string): ApiError {
  return new ApiError('rejected', `There is already a token named "${name}". Revoke it first (copydesk server token revoke ${name} ${where}) or choose another name.`);
}

/** The refusal of a name there is no token for, in `place` (what the user named), found with the option `where`. */
export function noSuchToken(name: string, place: string, where: string): ApiError {
  return new ApiError('not_found', `There is no token named "${name}" in ${place}. copydesk server token list ${where} shows the names.`);
}

/** Makes a token for `name` in the data folder and returns it; only its hash is stored, so this is the one time it is seen. */
export function addToken(dataDir: string, name: string, now: Date): string {
  const { token, row } = newToken(name, now);
  return withStore(dataDir, (store) => {
    if (!store.tokens.insert(row)) throw nameTaken(name, `--data ${dataDir}`);
    return token;
  });
}

/** The tokens' names and when each was made, oldest first; never the tokens. */
export function listTokens(dataDir: string): TokenListing[] {
  requireDatabase(dataDir);
  return withStore(dataDir, (store) => store.tokens.list().map(({ name, createdAt }) => ({ name, createdAt })));
}

/** Removes the token; a running server closes its connections within about a second. */
export function revokeToken(dataDir: string, name: string): void {
  requireDatabase(dataDir);
  withStore(dataDir, (store) => {
    if (!store.tokens.remove(name)) throw noSuchToken(name, dataDir, `--data ${dataDir}`);
  });
}

function requireDatabase(dataDir: string): void {
  if (!existsSync(serverDatabaseFile(dataDir))) {
    throw new ApiError(
      'not_found',
      `There is no newsroom server data in ${dataDir} (no ${serverDatabaseFile(dataDir)}). Check --data, or add a first token with copydesk server token add NAME --data ${dataDir}.`,
    );
  }
}

function withStore<T>(dataDir: string, work: (store: ServerStore) => T): T {
  const store = openServerStore(dataDir);
  try {
    return work(store);
  } finally {
    store.close();
  }
}
