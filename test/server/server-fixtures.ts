import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
// Node 20 has no WebSocket global: the provider is given ws's, which @hocuspocus/server itself runs on.
import WebSocket from 'ws';
import * as Y from 'yjs';
import { startNewsroomServer, type NewsroomServer } from '../../src/server/newsroom-server';

/** The server on loopback on a free port, its log lines kept for the test to read. */
export async function startTestServer(dataDir: string): Promise<NewsroomServer & { log: string[] }> {
  const log: string[] = [];
  const server = await startNewsroomServer({ dataDir, port: 0, host: '127.0.0.1', log: (line) => log.push(line) });
  return { ...server, log };
}

export type TestEditor = {
  doc: Y.Doc;
  text: Y.Text;
  provider: HocuspocusProvider;
  /** Every reason the server gave for refusing this editor. */
  refusals: string[];
  close(): void;
};

/** An editor's client: a plain Y.Doc on the real provider, its text in the shared type "body". */
export function connectEditor(url: string, documentName: string, token: string | null): TestEditor {
  const doc = new Y.Doc();
  const refusals: string[] = [];
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: documentName,
    document: doc,
    token,
    onAuthenticationFailed: ({ reason }) => refusals.push(reason),
  });
  // A provider given its socket waits to be attached to it.
  provider.attach();
  return {
    doc,
    text: doc.getText('body'),
    provider,
    refusals,
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
