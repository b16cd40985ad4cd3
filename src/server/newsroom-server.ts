import { Server } from '@hocuspocus/server';
import { ApiError } from '../shared/api/api-error';
import type { Extension } from '@hocuspocus/server';
import { documentPersistence } from './document-persistence';
import { postgresPersistence } from './postgres-persistence';
import { openPostgresDocuments, type PostgresDocuments } from './store/postgres-documents';
import { holdServerData } from './store/server-lock';
import { openServerStore, type ServerStore } from './store/server-store';
import { tokenAccess, watchRevocations } from './token-access';

export type NewsroomServerOptions = {
  dataDir: string;
  /** 0 picks a free port. */
  port: number;
  host: string;
  /** Keep the documents in this PostgreSQL database instead of dataDir's SQLite file (the tokens stay there). */
  postgresUrl?: string;
  /** One line for each refusal or closed connection (the command prints them on stderr). */
  log: (line: string) => void;
};

export type NewsroomServer = {
  /** The address editors join, e.g. ws://127.0.0.1:1234. */
  url: string;
  port: number;
  /** Closes every connection, stores the open documents and closes the database. */
  stop(): Promise<void>;
  /** Settles with the reason if the server cannot go on (its PostgreSQL connection was lost); it has stopped by then. */
  failed: Promise<Error>;
};

/** The newsroom's sync server: Hocuspocus with token access and the documents in SQLite under dataDir (or in PostgreSQL), holding dataDir while it runs. */
export async function startNewsroomServer({ dataDir, port, host, postgresUrl, log }: NewsroomServerOptions): Promise<NewsroomServer> {
  const lock = holdServerData(dataDir);
  const { store, postgres } = await openStorage(dataDir, postgresUrl).catch((error: unknown) => {
    lock.release();
    throw error;
  });
  const persistence: Extension[] = postgres === undefined ? documentPersistence(store.documents, () => new Date(), log) : postgresPersistence(postgres, log);
  const server = new Server({
    port,
    address: host,
    quiet: true,
    stopOnSignals: false,
    extensions: [tokenAccess(store, log), ...persistence],
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.httpServer.once('error', reject);
      server.listen().then(() => resolve(), reject);
    });
  } catch (error) {
    store.close();
    await postgres?.close();
    lock.release();
    throw listenError(error, host, port);
  }
  const stopWatching = watchRevocations(store, server.hocuspocus, log);
  const { port: listening } = server.address;
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      stopWatching();
      await server.destroy();
      // Hocuspocus has closed the documents; the sockets themselves are ended here so the process can exit.
      for (const socket of server.webSocketServer.clients) socket.terminate();
      server.httpServer.closeAllConnections();
      store.close();
      await postgres?.close();
      lock.release();
    })());
  // Without its database the server would acknowledge nothing more: it stops, and says why.
  const failed =
    postgres === undefined
      ? new Promise<Error>(() => undefined)
      : postgres.lost.then(async (reason) => {
          await stop();
          return reason;
        });
  return { url: `ws://${host}:${listening}`, port: listening, stop, failed };
}

/** The SQLite file (tokens, and the documents unless PostgreSQL keeps them) and the PostgreSQL connection if there is one. */
async function openStorage(dataDir: string, postgresUrl: string | undefined): Promise<{ store: ServerStore; postgres?: PostgresDocuments }> {
  const store = openServerStore(dataDir);
  if (postgresUrl === undefined) return { store };
  try {
    return { store, postgres: await openPostgresDocuments(postgresUrl) };
  } catch (error) {
    store.close();
    throw error;
  }
}

function listenError(error: unknown, host: string, port: number): unknown {
  const code = (error as { code?: unknown }).code;
  if (code === 'EADDRINUSE') return new ApiError('rejected', `Port ${port} on ${host} is already in use. Stop what uses it or choose another with --port N.`);
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
    return new ApiError('rejected', `${host} is not an address of this machine. Use --host 127.0.0.1, or 0.0.0.0 for every interface.`);
  }
  return error;
}
