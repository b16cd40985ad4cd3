import type { Extension, Hocuspocus } from '@hocuspocus/server';
import { tokenHash } from './newsroom-tokens';
import type { ServerStore } from './store/server-store';

/** What a connection carries once its token is accepted. */
type TokenContext = { tokenName: string; tokenSha256: string };

/** How often the server asks SQLite whether a token command has changed the tokens. */
const WATCH_INTERVAL_MS = 250;

/** WebSocket close code for a revoked token (Hocuspocus's "Forbidden"). */
const REVOKED = { code: 4403, reason: 'The token was revoked' };

/**
 * Lets in only editors with a token the server knows: no token, an unknown
 * one or a revoked one is refused, so no one reads or writes anonymously.
 */
export function tokenAccess(store: ServerStore, log: (line: string) => void): Extension {
  return {
    extensionName: 'CopydeskTokens',
    async onAuthenticate({ token, documentName, request }): Promise<TokenContext> {
      const sha256 = tokenHash(token ?? '');
      const name = token ? store.tokens.nameOf(sha256) : undefined;
      if (name === undefined) {
        log(`refused a client from ${request.socket.remoteAddress ?? 'an unknown address'} for ${documentName}: ${token ? 'unknown or revoked token' : 'no token'}`);
        // Hocuspocus sends the reason to the client as "permission denied".
        throw { reason: 'permission-denied' };
      }
      return { tokenName: name, tokenSha256: sha256 };
    },
  };
}

/**
 * Watches the tokens table from the running server: `copydesk server token
 * revoke` is another process, so the server polls SQLite's data_version
 * (which moves only when another connection commits) and closes the
 * connections of every token that is gone. The client's reconnect is then
 * refused by onAuthenticate.
 */
export function watchRevocations(store: ServerStore, instance: Hocuspocus, log: (line: string) => void): () => void {
  let seen = store.dataVersion();
  const timer = setInterval(() => {
    const version = store.dataVersion();
    if (version === seen) return;
    seen = version;
    const valid = store.tokens.hashes();
    for (const document of instance.documents.values()) {
      for (const connection of document.getConnections()) {
        const context = connection.context as Partial<TokenContext>;
        if (context.tokenSha256 === undefined || valid.has(context.tokenSha256)) continue;
        log(`closed a connection to ${document.name}: the token "${context.tokenName}" was revoked`);
        connection.webSocket.close(REVOKED.code, REVOKED.reason);
      }
    }
  }, WATCH_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
