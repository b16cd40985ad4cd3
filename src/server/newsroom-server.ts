import { Server } from '@hocuspocus/server';
import { ApiError } from '../shared/api/api-error';
import type { Extension } from '@hocuspocus/server';
import { documentDeletion } from './document-deletion';
import { documentPersistence } from './document-persistence';
import type { CollectedDocuments } from './desk-picture-use';
import { pictureCollection, type PictureCollection } from './picture-collection';
import { pictureGuard } from './picture-guard';
import { picturesLacking } from './pictures-lacking';
import { postgresPersistence } from './postgres-persistence';
import { connectRedisRelay } from './redis-relay';
import { openPostgresStore } from './store/postgres-store';
import { holdServerData } from './store/server-lock';
import type { DeletedDocuments } from './store/document-rows';
import { openServerStore } from './store/server-store';
import { tokenAccess, watchRevocations } from './token-access';
import { postgresTokenLookup, sqliteTokenLookup, type TokenLookup } from './token-lookup';

export type NewsroomServerOptions = {
  dataDir: string;
  /** 0 picks a free port. */
  port: number;
  host: string;
  /** One line for each refusal or closed connection (the command prints them on stderr). */
  log: (line: string) => void;
  /** How long a picture no story uses stays on the desk before the sweep removes it (default PICTURE_GRACE_MS). */
  pictureGraceMs?: number;
  /** More Hocuspocus extensions, after Copydesk's own (a test counts the documents profiles open). */
  extensions?: Extension[];
} & (
  | { postgresUrl?: undefined; redisUrl?: undefined }
  /**
   * The documents and the tokens in this PostgreSQL database instead of dataDir's SQLite file;
   * with `redisUrl`, one of several instances sharing them behind a balancer.
   */
  | { postgresUrl: string; redisUrl?: string }
);

export type NewsroomServer = {
  /** The address editors join, e.g. ws://127.0.0.1:1234. */
  url: string;
  port: number;
  /** Closes every connection, stores the open documents and closes the database. */
  stop(): Promise<void>;
  /** Settles with the reason if the server cannot go on (its PostgreSQL connection was lost); it has stopped by then. */
  failed: Promise<Error>;
};

/** Ten minutes: an edit a picture was put up for has arrived long before, and an undo bringing a dropped one back is rarely later. */
export const PICTURE_GRACE_MS = 10 * 60_000;

/** Where the documents and tokens are kept, as the server uses them. */
type Storage = {
  persistence: Extension[];
  deleted: DeletedDocuments;
  collected: CollectedDocuments;
  tokens: TokenLookup;
  close(): Promise<void>;
  lost: Promise<Error>;
};

/**
 * The newsroom's sync server: Hocuspocus with token access and the documents in SQLite under
 * dataDir (or in PostgreSQL, with Redis relaying edits between instances), holding dataDir while it runs.
 */
export async function startNewsroomServer(options: NewsroomServerOptions): Promise<NewsroomServer> {
  const { dataDir, port, host, log } = options;
  const lock = holdServerData(dataDir);
  // What a failed start lets go of, last taken first.
  const undo: (() => unknown)[] = [() => lock.release()];
  try {
    const storage = await openStorage(dataDir, options.postgresUrl, log);
    undo.push(storage.close);
    const relay = options.redisUrl === undefined ? undefined : await connectRedisRelay(options.redisUrl, log);
    if (relay !== undefined) undo.push(relay.disconnect);
    const pictures = pictureCollection(storage.collected, log, options.pictureGraceMs ?? PICTURE_GRACE_MS);
    undo.push(pictures.stopSweeping);
    const server = new Server({
      port,
      address: host,
      quiet: true,
      stopOnSignals: false,
      extensions: [
        tokenAccess(storage.tokens, log),
        documentDeletion(storage.deleted, () => new Date(), log, pictures.afterDeleted),
        pictures.extension,
        picturesLacking(storage.collected),
        // Before the relay and the persistence, so a refused picture is neither relayed nor logged.
        pictureGuard(log),
        ...(relay === undefined ? [] : [relay.extension]),
        ...storage.persistence,
        ...(options.extensions ?? []),
      ],
    });
    const stopWatching = await watchRevocations(storage.tokens, server.hocuspocus, log);
    undo.push(stopWatching);
    await listen(server, host, port);
    return running(server, host, storage, pictures, () => {
      stopWatching();
      lock.release();
    });
  } catch (error) {
    for (const step of undo.reverse()) await step();
    throw error;
  }
}

/** The started server, and how it stops: by itself when its database is lost, else when asked. */
function running(server: Server, host: string, storage: Storage, pictures: PictureCollection, release: () => void): NewsroomServer {
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      pictures.stopSweeping();
      // Hocuspocus stores the open documents and lets the extensions go (the Redis connections among them).
      await server.destroy();
      // Hocuspocus has closed the documents; the sockets themselves are ended here so the process can exit.
      for (const socket of server.webSocketServer.clients) socket.terminate();
      server.httpServer.closeAllConnections();
      // A collection of pictures under way finishes first: it reads and writes the storage.
      await pictures.idle();
      await storage.close();
      release();
    })());
  // Without its database the server would acknowledge nothing more: it stops, and says why.
  const failed = storage.lost.then(async (reason) => {
    await stop();
    return reason;
  });
  const { port } = server.address;
  return { url: `ws://${host}:${port}`, port, stop, failed };
}

async function listen(server: Server, host: string, port: number): Promise<void> {
  try {
    await new Promise<void>((resolve, reject) => {
      server.httpServer.once('error', reject);
      server.listen().then(() => resolve(), reject);
    });
  } catch (error) {
    throw listenError(error, host, port);
  }
}

/** The documents and tokens: in PostgreSQL when there is a URL, else in the SQLite file in dataDir. */
async function openStorage(dataDir: string, postgresUrl: string | undefined, log: (line: string) => void): Promise<Storage> {
  if (postgresUrl === undefined) {
    const store = openServerStore(dataDir);
    return {
      persistence: documentPersistence(store.documents, () => new Date(), log),
      deleted: store.documents,
      collected: {
        names: async (prefix) => store.documents.names(prefix),
        marks: async (prefix) => store.documents.marks(prefix),
        read: async (name) => store.documents.read(name),
        forget: async (name) => store.documents.forget(name),
        isDeleted: (name) => store.documents.isDeleted(name),
      },
      tokens: sqliteTokenLookup(store),
      close: async () => store.close(),
      lost: new Promise<Error>(() => undefined),
    };
  }
  const postgres = await openPostgresStore(postgresUrl);
  return {
    persistence: postgresPersistence(postgres.documents, log),
    deleted: postgres.documents,
    collected: {
      names: (prefix) => postgres.documents.names(prefix),
      marks: (prefix) => postgres.documents.marks(prefix),
      read: async (name) => (await postgres.documents.read(name)).parts,
      forget: (name) => postgres.documents.forget(name),
      isDeleted: (name) => postgres.documents.isDeleted(name),
    },
    tokens: postgresTokenLookup(postgres.tokens),
    close: postgres.close,
    lost: postgres.lost,
  };
}

function listenError(error: unknown, host: string, port: number): unknown {
  const code = (error as { code?: unknown }).code;
  if (code === 'EADDRINUSE') return new ApiError('rejected', `Port ${port} on ${host} is already in use. Stop what uses it or choose another with --port N.`);
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
    return new ApiError('rejected', `${host} is not an address of this machine. Use --host 127.0.0.1, or 0.0.0.0 for every interface.`);
  }
  return error;
}
