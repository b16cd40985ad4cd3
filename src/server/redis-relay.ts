import { Redis } from '@hocuspocus/extension-redis';
import type { Extension } from '@hocuspocus/server';
import { ApiError } from '../shared/api/api-error';
import { redactedUrl } from './store/redacted-url';

/** How long a start waits for Redis before it gives up and says so. */
const CONNECT_TIMEOUT_MS = 5_000;

/** Hocuspocus's Redis extension and how to let it go. */
export type RedisRelay = { extension: Extension; disconnect(): void };

/**
 * Hocuspocus's Redis extension, which relays every edit (and every editor's
 * caret) to the other instances serving the same document and lets one
 * instance at a time store it. Resolves once Redis answers; a Redis that
 * cannot be reached is an error at start, not a server that waits forever.
 * Once running, a lost Redis is logged and reconnected to by itself.
 */
export async function connectRedisRelay(url: string, log: (line: string) => void): Promise<RedisRelay> {
  const where = redactedUrl(url);
  const relay = new Redis({ ...redisAddress(url), prefix: 'copydesk' });
  const clients = [relay.pub, relay.sub];
  const disconnect = () => clients.forEach((client) => client.disconnect(false));
  try {
    await Promise.all(clients.map((client) => ready(client, CONNECT_TIMEOUT_MS)));
  } catch (error) {
    disconnect();
    throw new ApiError('database', `Could not reach Redis at ${where} (${(error as Error).message}). Check --redis URL and that redis-server runs there.`);
  }
  let lost = false;
  for (const client of clients) {
    client.on('error', (error: Error) => {
      if (lost) return;
      lost = true;
      log(`lost Redis at ${where} (${error.message}); edits are still stored, and reach editors on other instances once it is back`);
    });
    client.on('ready', () => {
      if (!lost) return;
      lost = false;
      log(`Redis at ${where} is back`);
    });
  }
  return { extension: relay, disconnect };
}

type RedisClient = Redis['pub'];

function ready(client: RedisClient, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer in ${timeoutMs / 1000} s`)), timeoutMs);
    client.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
    client.once('error', (error: Error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** redis://[USER:PASSWORD@]HOST[:PORT][/DB] (rediss:// for TLS) as the extension's settings. */
function redisAddress(url: string): { host: string; port: number; options: Record<string, unknown> } {
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  const db = parsed?.pathname.replace(/^\//, '') ?? '';
  if (parsed === undefined || !['redis:', 'rediss:'].includes(parsed.protocol) || parsed.hostname === '' || !/^\d*$/.test(db)) {
    throw new ApiError('invalid_input', `"${redactedUrl(url)}" is not a Redis URL: give redis://HOST[:PORT][/DB], with USER:PASSWORD@ before the host if it needs them (rediss:// for TLS).`);
  }
  return {
    host: parsed.hostname,
    port: parsed.port === '' ? 6379 : Number(parsed.port),
    options: {
      ...(parsed.username === '' ? {} : { username: decodeURIComponent(parsed.username) }),
      ...(parsed.password === '' ? {} : { password: decodeURIComponent(parsed.password) }),
      ...(db === '' ? {} : { db: Number(db) }),
      ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
      connectTimeout: CONNECT_TIMEOUT_MS,
    },
  };
}
