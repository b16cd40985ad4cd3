import { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { NewsroomList } from './newsroom-list';
import { DeskWebSocket } from './desk-websocket';

/** What the server made of a token: let in, turned down, or no answer in time. */
export type TokenCheck = 'accepted' | 'refused' | 'unreachable';

/** Asks the server whether it lets this token in, before anything is stored; gives up after `timeoutMs`. */
export function checkDeskToken(serverUrl: string, token: string, timeoutMs: number): Promise<TokenCheck> {
  return new Promise((resolve) => {
    const socket = new HocuspocusProviderWebsocket({ url: serverUrl, WebSocketPolyfill: DeskWebSocket });
    const doc = new Y.Doc();
    const settle = (answer: TokenCheck) => {
      clearTimeout(timer);
      newsroom.destroy();
      doc.destroy();
      socket.destroy();
      resolve(answer);
    };
    const timer = setTimeout(() => settle('unreachable'), timeoutMs);
    const newsroom = new NewsroomList(socket, token, doc, () => undefined, {
      onAccepted: () => settle('accepted'),
      onRefused: () => settle('refused'),
    });
  });
}
