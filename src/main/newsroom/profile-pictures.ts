import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeskPicture } from '../../shared/newsroom/picture-document';
import { storeReceivedImage } from '../images/store-image';
import type { Store } from '../store/store';

/** What the desk's picture transport needs from a profile: its pictures' files and records. */
export interface ProfilePictures {
  /** The picture's bytes and type; null when the profile does not hold it intact (no record, its file gone or changed). */
  read(sha256: string): Promise<DeskPicture | null>;
  /** Whether the profile holds the picture. */
  has(sha256: string): boolean;
  /** Stores a picture from the desk, validated as an import is; throws (storing nothing) when it is not the picture named or not an image. */
  store(sha256: string, picture: DeskPicture): Promise<void>;
  /** The pictures this profile puts on the desk: those its live stories show and its authors' photos. */
  inUse(): Set<string>;
  /** The pictures a story shows now. */
  ofStory(storyId: string): Set<string>;
  /** Calls `listener` with each story this profile saves (its own edits, not the desk's); returns how to stop. */
  onLocalStoryUpdate(listener: (storyId: string) => void): () => void;
}

/** The pictures of a profile: its store's records and the files in its images folder. */
export function storeProfilePictures(store: Store, imagesDir: string): ProfilePictures {
  return {
    read: async (sha256) => {
      const ext = store.images.storedExt(sha256);
      if (ext === undefined) return null;
      let bytes: Uint8Array;
      try {
        bytes = await readFile(join(imagesDir, `${sha256}.${ext}`));
      } catch {
        return null;
      }
      // A file changed on disk is not the picture the stories name: the desk would refuse it anyway.
      return createHash('sha256').update(bytes).digest('hex') === sha256 ? { bytes, ext } : null;
    },
    has: (sha256) => store.images.has(sha256),
    store: async (sha256, picture) => {
      // The file is in place before it is recorded, as for an import.
      store.images.record(await storeReceivedImage(imagesDir, picture, sha256));
    },
    inUse: () => store.images.shownByLiveStoriesAndAuthors(),
    ofStory: (storyId) => store.images.shownByStory(storyId),
    onLocalStoryUpdate: (listener) =>
      store.documents.onUpdate((id, _update, _seq, origin) => {
        if (origin === 'local') listener(id);
      }),
  };
}
