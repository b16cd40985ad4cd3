import { createHash } from 'node:crypto';
import type { Extension } from '@hocuspocus/server';
import * as Y from 'yjs';
import { PICTURE_REFUSED_REASON, isPictureDocument, pictureShaOfDocument } from '../shared/newsroom/desk-protocol';
import { isEmptyPicture, readPicture } from '../shared/newsroom/picture-document';
import { updateIn } from './postgres-persistence';
import type { TokenContext } from './token-access';

/** The close event for a client whose write to a picture was refused (4422: HTTP's "Unprocessable" in the range WebSocket leaves to applications). */
const REFUSED = { code: 4422, reason: PICTURE_REFUSED_REASON };

/**
 * Keeps the pictures on the desk what their names say: a write to
 * `picture/<sha256>` is let in only if it gives an empty document exactly
 * one picture whose bytes hash to that sha256; once there, a picture never
 * changes (a write that brings anything new is refused). A refused write is
 * logged, never applied or stored, and the writer's connection to that
 * document is closed. Checked before Hocuspocus handles the message, so it
 * must come before the persistence's own hook (PostgreSQL logs updates there).
 */
export function pictureGuard(log: (line: string) => void): Extension {
  return {
    extensionName: 'CopydeskPictures',
    async beforeHandleMessage({ documentName, document, update: message, context }) {
      if (!isPictureDocument(documentName)) return;
      const update = updateIn(message);
      if (update === undefined || Y.snapshotContainsUpdate(Y.snapshot(document), update)) return;
      const why = refusal(documentName, document, update);
      if (why === null) return;
      log(`refused ${(context as Partial<TokenContext>).tokenName ?? 'a client'}'s write to ${documentName}: ${why}`);
      throw REFUSED;
    },
  };
}

/** Why a write that brings something new to a picture's document is refused; null when it is the picture itself. */
function refusal(name: string, document: Y.Doc, update: Uint8Array): string | null {
  const sha256 = pictureShaOfDocument(name);
  if (sha256 === null) return 'not a picture’s name (picture/ and a sha256 in lower-case hex)';
  if (!isEmptyPicture(document)) return 'the picture is on the desk already, and a picture never changes';
  const after = new Y.Doc();
  try {
    Y.applyUpdate(after, update);
    const picture = readPicture(after);
    if (picture === null) return 'it does not hold one picture (its bytes and type) and nothing else';
    const actual = createHash('sha256').update(picture.bytes).digest('hex');
    return actual === sha256 ? null : `its bytes' sha256 is ${actual}, not the one it is named after`;
  } catch {
    return 'it is not a Yjs update';
  } finally {
    after.destroy();
  }
}
