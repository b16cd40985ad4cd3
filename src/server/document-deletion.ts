import type { Extension } from '@hocuspocus/server';
import * as Y from 'yjs';
import { DELETED_FOR_GOOD_REASON, readDeskMessage, storyIdOfDocument, writeDeskMessage } from '../shared/newsroom/desk-protocol';
import type { DeletedDocuments } from './store/document-rows';
import type { TokenContext } from './token-access';

/** The close event for editors of a deleted story (4410: HTTP's "Gone" in the range WebSocket leaves to applications). */
const GONE = { code: 4410, reason: DELETED_FOR_GOOD_REASON };

/**
 * Deleting a story for good on the desk: an editor's profile asks on the
 * story's document (a stateless `delete-for-good`), the server drops the
 * document and remembers the deletion, tells every editor of it
 * (`deleted-for-good`, relayed through Redis to the other instances) and
 * closes their connections to it. From then on the document is refused to
 * everyone, so a copy an editor still holds offline cannot bring it back.
 * `afterDeleted` is given the story's last state (to take its pictures with it).
 */
export function documentDeletion(
  deleted: DeletedDocuments,
  now: () => Date,
  log: (line: string) => void,
  afterDeleted: (name: string, lastState: Uint8Array) => void,
): Extension {
  return {
    extensionName: 'CopydeskDeletion',
    // After the token check: a client without a valid token learns nothing, not even that a story was deleted.
    async onAuthenticate({ documentName }) {
      if (await deleted.isDeleted(documentName)) throw { reason: DELETED_FOR_GOOD_REASON };
    },
    async onStateless({ payload, documentName, document, connection }) {
      if (readDeskMessage(payload)?.type !== 'delete-for-good') return;
      const by = (connection.context as Partial<TokenContext>).tokenName ?? 'an editor';
      if (storyIdOfDocument(documentName) === null) {
        log(`refused ${by}'s request to delete ${documentName}: only a story's document can be deleted`);
        return;
      }
      const lastState = Y.encodeStateAsUpdate(document);
      await deleted.deleteForGood(documentName, by, now());
      log(`${by} deleted ${documentName} for good`);
      document.broadcastStateless(writeDeskMessage({ type: 'deleted-for-good', by }));
      for (const open of document.getConnections()) open.close(GONE);
      afterDeleted(documentName, lastState);
    },
  };
}
