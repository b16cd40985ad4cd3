import type { PostgresTokens } from './store/postgres-tokens';
import type { ServerStore } from './store/server-store';

/** Where the running server looks tokens up, and how it hears that a token command changed them. */
export type TokenLookup = {
  nameOf(sha256: string): Promise<string | undefined>;
  hashes(): Promise<Set<string>>;
  /** Calls `changed` whenever the tokens may have changed; resolves with a function that stops watching. */
  watch(changed: () => void): Promise<() => void>;
};

/** How often the server asks SQLite whether a token command has changed the tokens. */
const WATCH_INTERVAL_MS = 250;

/**
 * The tokens in the data folder's SQLite file. `copydesk server token revoke`
 * is another process, so the server polls SQLite's data_version, which moves
 * only when another connection commits.
 */
export function sqliteTokenLookup(store: ServerStore): TokenLookup {
  return {
    nameOf: async (sha256) => store.tokens.nameOf(sha256),
    hashes: async () => store.tokens.hashes(),
    async watch(changed) {
      let seen = store.dataVersion();
      const timer = setInterval(() => {
        const version = store.dataVersion();
        if (version === seen) return;
        seen = version;
        changed();
      }, WATCH_INTERVAL_MS);
      timer.unref();
      return () => clearInterval(timer);
    },
  };
}

/** The tokens in PostgreSQL, shared by every instance: a trigger notifies each of them of any change as it commits. */
export function postgresTokenLookup(tokens: PostgresTokens): TokenLookup {
  return {
    nameOf: (sha256) => tokens.nameOf(sha256),
    hashes: () => tokens.hashes(),
    async watch(changed) {
      let watching = true;
      await tokens.listen(() => {
        if (watching) changed();
      });
      return () => {
        watching = false;
      };
    },
  };
}
