import { createServer, type Server, type Socket } from 'node:net';
import { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { afterEach, describe, expect, it } from 'vitest';
import { DeskWebSocket } from '../../../src/main/newsroom/desk-websocket';

let server: Server | undefined;
const sockets: Socket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await new Promise((done) => (server === undefined ? done(undefined) : server.close(done)));
  server = undefined;
});

/** A server that takes the connection and never answers the WebSocket handshake, as one going down may. */
async function silentServer(): Promise<{ url: string; connected: Promise<void> }> {
  let connected!: () => void;
  const first = new Promise<void>((resolve) => (connected = resolve));
  server = createServer((socket) => {
    sockets.push(socket);
    connected();
  });
  await new Promise<void>((listening) => server!.listen(0, '127.0.0.1', listening));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return { url: `ws://127.0.0.1:${address.port}`, connected: first };
}

describe('the desk sync’s WebSocket', () => {
  it('lets the provider give up a connection still in its handshake without an uncaught error', async () => {
    const { url, connected } = await silentServer();
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => uncaught.push(error);
    process.prependListener('uncaughtException', onUncaught);
    try {
      const provider = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: DeskWebSocket });
      await connected;
      // Hocuspocus takes its listeners off and closes the socket, still connecting.
      provider.destroy();
      await new Promise((settle) => setTimeout(settle, 100));
    } finally {
      process.removeListener('uncaughtException', onUncaught);
    }
    expect(uncaught).toEqual([]);
  });
});
