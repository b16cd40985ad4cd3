import { Redis } from '@hocuspocus/extension-redis';
import { OutgoingMessage, type Extension } from '@hocuspocus/server';
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
  const relay = new RelayExtension({ ...redisAddress(url), prefix: 'copydesk' });
  const clients = [relay.pub, relay.sub];
  const disconnect = () => clients.forEach((client) => client.disconnect(false));
  try {
    await Promise.all(clients.map((client) => ready(client, CONNECT_TIMEOUT_MS)));
  } catch (error) {
    disconnect();
    throw new ApiError('database', `Could not reach Redis at ${where} (${(error as Error).message}). Check --redis URL and that redis-server runs there.`);
  }
  // The clients whose connection failed and is not back yet.
  const down = new Set<RedisClient>();
  for (const client of clients) {
    client.on('error', (error: Error) => {
      if (down.size === 0) log(`lost Redis at ${where} (${error.message}); edits are still stored, and reach the other instances when it returns`);
      down.add(client);
    });
    client.on('ready', () => {
      if (!down.delete(client) || down.size > 0) return;
      log(`Redis at ${where} is back`);
      relay.catchUp().catch(() => undefined);
    });
  }
  return { extension: relay, disconnect };
}

/**
 * Hocuspocus's Redis extension, made to ride out a lost Redis. Hocuspocus neither awaits nor
 * catches onChange, onAwarenessUpdate and beforeBroadcastStateless, so a publish that fails while
 * Redis is gone would be an unhandled rejection, which ends a Node process: they are let fail
 * quietly (the loss is logged once, and the edit is stored all the same). What the instances
 * missed of each other meanwhile is exchanged once Redis is back (catchUp).
 */
class RelayExtension extends Redis {
  override onChange(payload: Parameters<Redis['onChange']>[0]) {
    return super.onChange(payload).catch(() => undefined);
  }

  override onAwarenessUpdate(payload: Parameters<Redis['onAwarenessUpdate']>[0]) {
    return super.onAwarenessUpdate(payload).catch(() => undefined);
  }

  /** Resolves with how many Redis clients received the message: none, when it is lost. */
  override beforeBroadcastStateless(payload: Parameters<Redis['beforeBroadcastStateless']>[0]) {
    return super.beforeBroadcastStateless(payload).catch(() => 0);
  }

  /**
   * Publishes the state vector of every open document, as the extension does after each edit:
   * each other instance with the document open answers with what this one lacks and asks for
   * what it lacks itself. Every instance does this once Redis is back, so the last one back brings
   * them all level.
   */
  async catchUp(): Promise<void> {
    const documents = [...this.instance.documents.values()];
    if (documents.length === 0) return;
    const channel = (name: string) => `${this.configuration.prefix}:${name}`;
    // Subscribed again before asking (the client resubscribes by itself, but does not say when), so the answers are heard.
    await this.sub.subscribe(...documents.map((document) => channel(document.name)));
    await Promise.all(
      documents.map((document) => {
        const message = new OutgoingMessage(document.name).createSyncMessage().writeFirstSyncStepFor(document).toUint8Array();
        return this.pub.publish(channel(document.name), Buffer.concat([this.messagePrefix, message]));
      }),
    );
  }
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
