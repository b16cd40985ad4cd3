import { connect, createServer, type Socket } from 'node:net';

/** A loopback TCP relay in front of a server, counting the bytes each way: what a profile's sync really sends and gets. */
export type CountingProxy = {
  /** The server's address with the relay's port in it, for the profile to join. */
  url: string;
  /** Bytes client → server (`up`) and server → client (`down`) since the last reset, WebSocket framing included. */
  counts(): { up: number; down: number };
  reset(): void;
  close(): Promise<void>;
};

export async function startCountingProxy(serverUrl: string): Promise<CountingProxy> {
  const target = new URL(serverUrl);
  let up = 0;
  let down = 0;
  const sockets = new Set<Socket>();
  const relay = createServer((client) => {
    const server = connect(Number(target.port), target.hostname);
    for (const socket of [client, server]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    client.on('data', (chunk: Buffer) => (up += chunk.length));
    server.on('data', (chunk: Buffer) => (down += chunk.length));
    client.pipe(server);
    server.pipe(client);
    client.on('close', () => server.destroy());
    server.on('close', () => client.destroy());
  });
  await new Promise<void>((listening) => relay.listen(0, '127.0.0.1', listening));
  const { port } = relay.address() as { port: number };
  return {
    url: `${target.protocol}//127.0.0.1:${port}`,
    counts: () => ({ up, down }),
    reset() {
      up = 0;
      down = 0;
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((closed) => relay.close(() => closed()));
    },
  };
}
