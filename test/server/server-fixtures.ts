import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { afterEach, beforeEach } from 'vitest';
import * as Y from 'yjs';
import { startNewsroomServer, type NewsroomServer, type NewsroomServerOptions } from '../../src/server/newsroom-server';
import { readDeskMessage, type DeskMessage } from '../../src/shared/newsroom/desk-protocol';
import { makeTempDir, removeTempDir } from '../main/store/store-fixtures';
import { DeskWebSocket } from '../../src/main/newsroom/desk-websocket';

/** The server on loopback on a free port, its log lines kept for the test to read. */
export async function startTestServer(dataDir: string, options: Pick<NewsroomServerOptions, 'pictureGraceMs'> = {}): Promise<NewsroomServer & { log: string[] }> {
  const log: string[] = [];
  const server = await startNewsroomServer({ dataDir, port: 0, host: '127.0.0.1', log: (line) => log.push(line), ...options });
  return { ...server, log };
}

export type TestEditor = {
  doc: Y.Doc;
  text: Y.Text;
  provider: HocuspocusProvider;
  /** Every reason the server gave for refusing this editor. */
  refusals: string[];
  /** Every desk message the server sent it (a story deleted for good). */
  messages: DeskMessage[];
  close(): void;
};

/** An editor's client: a plain Y.Doc on the real provider, its text in the shared type "body". */
export function connectEditor(url: string, documentName: string, token: string | null): TestEditor {
  const doc = new Y.Doc();
  const refusals: string[] = [];
  const messages: DeskMessage[] = [];
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: DeskWebSocket });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: documentName,
    document: doc,
    token,
    onAuthenticationFailed: ({ reason }) => refusals.push(reason),
    onStateless: ({ payload }) => {
      const message = readDeskMessage(payload);
      if (message !== null) messages.push(message);
    },
  });
  // A provider given its socket waits to be attached to it.
  provider.attach();
  return {
    doc,
    text: doc.getText('body'),
    provider,
    refusals,
    messages,
    close: () => {
      provider.destroy();
      socket.destroy();
      doc.destroy();
    },
  };
}

/** Waits until `ready` holds, checking every 20 ms; fails with `what` after `timeoutMs`. */
export async function waitUntil(ready: () => boolean, what: string, timeoutMs = 5_000): Promise<number> {
  const started = Date.now();
  while (!ready()) {
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out after ${timeoutMs} ms waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return Date.now() - started;
}

/** Until the server has the editor's first sync and has acknowledged every edit it sent. */
export function allAcknowledged(editor: TestEditor): Promise<number> {
  return waitUntil(() => editor.provider.synced && editor.provider.unsyncedChanges === 0, 'the server acknowledged every edit');
}

/** Sleeps, for the checks that something does NOT happen. */
export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A test file's data folder, servers and editors: a new empty folder for
 * each test, and after it every editor closed, every server stopped and the
 * folder removed.
 */
export function serverTestBed() {
  let dataDir = '';
  let editors: TestEditor[] = [];
  let stops: (() => Promise<void>)[] = [];
  beforeEach(async () => {
    dataDir = await makeTempDir();
    editors = [];
    stops = [];
  });
  afterEach(async () => {
    for (const editor of editors) editor.close();
    for (const stop of stops) await stop();
    await removeTempDir(dataDir);
  });
  return {
    get dataDir() {
      return dataDir;
    },
    async server(options: Parameters<typeof startTestServer>[1] = {}) {
      const started = await startTestServer(dataDir, options);
      stops.push(started.stop);
      return started;
    },
    editor(url: string, token: string | null, documentName = 'story-1') {
      const connected = connectEditor(url, documentName, token);
      editors.push(connected);
      return connected;
    },
  };
}
