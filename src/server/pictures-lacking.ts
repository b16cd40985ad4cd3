import type { Extension } from '@hocuspocus/server';
import { NEWSROOM_DOCUMENT, PICTURE_PREFIX, pictureDocumentName, readDeskMessage, writeDeskMessage } from '../shared/newsroom/desk-protocol';
import type { CollectedDocuments } from './desk-picture-use';

/**
 * Answers a profile that asks, on the newsroom document, which of its
 * pictures the desk lacks: one round trip for up to PICTURES_ASKED_AT_ONCE
 * pictures, rather than opening each picture's document to look. The answer
 * goes to the connection that asked alone, with the question's id.
 */
export function picturesLacking(documents: Pick<CollectedDocuments, 'names'>): Extension {
  return {
    extensionName: 'CopydeskPicturesLacking',
    async onStateless({ payload, documentName, connection }) {
      const message = readDeskMessage(payload);
      if (message?.type !== 'which-pictures-lacking' || documentName !== NEWSROOM_DOCUMENT) return;
      // A picture being put up is kept as soon as its write is logged, so it counts as on the desk.
      const kept = new Set(await documents.names(PICTURE_PREFIX));
      const lacking = message.sha256s.filter((sha256) => !kept.has(pictureDocumentName(sha256)));
      connection.sendStateless(writeDeskMessage({ type: 'pictures-lacking', id: message.id, sha256s: lacking }));
    },
  };
}
