import WebSocket from 'ws';

const ignore = () => undefined;

/**
 * The WebSocket the desk's providers open. Hocuspocus takes its listeners
 * off a socket before closing it; closing one still connecting (the server
 * went away mid-handshake) makes `ws` emit an error, which with no listener
 * left would be thrown as an uncaught exception in the app's main process.
 * This one always listens: the provider has moved on to its next attempt.
 * (Node has no WebSocket of its own before 22: the providers are given ws's.)
 */
export class DeskWebSocket extends WebSocket {
  constructor(address: string | URL) {
    super(address);
    this.on('error', ignore);
  }
}
