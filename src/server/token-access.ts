import type { Extension, Hocuspocus } from '@hocuspocus/server';
import { tokenHash } from './newsroom-tokens';
import type { TokenLookup } from './token-lookup';

/** What a connection carries once its token is accepted. */
export type TokenContext = { tokenName: string; tokenSha256: string };

/** WebSocket close code for a revoked token (Hocuspocus's "Forbidden"). */
const REVOKED = { code: 4403, reason: 'The token was revoked' };

/**
 * Lets in only editors with a token the server knows: no token, an unknown
 * one or a revoked one is refused, so no one reads or writes anonymously.
 */
export function tokenAccess(tokens: TokenLookup, log: (line: string) => void): Extension {
  return {
    extensionName: 'CopydeskTokens',
    async onAuthenticate({ token, documentName, request }): Promise<TokenContext> {
      const sha256 = tokenHash(token ?? '');
      const name = token ? await tokens.nameOf(sha256) : undefined;
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
 * Whenever the tokens change, closes the connections of every token that is
 * gone. The client's reconnection is then refused by onAuthenticate.
 */
export function watchRevocations(tokens: TokenLookup, instance: Hocuspocus, log: (line: string) => void): Promise<() => void> {
  return tokens.watch(() => {
    void tokens.hashes().then((valid) => {
      for (const document of instance.documents.values()) {
        for (const connection of document.getConnections()) {
          const context = connection.context as Partial<TokenContext>;
          if (context.tokenSha256 === undefined || valid.has(context.tokenSha256)) continue;
          log(`closed a connection to ${document.name}: the token "${context.tokenName}" was revoked`);
          connection.webSocket.close(REVOKED.code, REVOKED.reason);
        }
      }
    }, (error: unknown) => log(`could not read the tokens after a change (${error instanceof Error ? error.message : String(error)})`));
  });
}
