import type { DeskPictures } from './desk-pictures';
import { PictureChannelClosed } from './picture-document-channel';
import type { ProfilePictures } from './profile-pictures';

/**
 * Puts the profile's pictures on the desk for the other profiles to fetch:
 * every picture its live stories show and its authors' photos when the sync
 * starts, and then those a story saved here shows that were not put there
 * yet this session (each picture is tried once a session, or again after a
 * failure). Returns how to stop.
 */
export function publishProfilePictures(transport: DeskPictures, pictures: ProfilePictures, log: (line: string) => void = () => undefined): () => void {
  const tried = new Set<string>();
  let stopped = false;
  const publish = (sha256s: Iterable<string>) => {
    for (const sha256 of sha256s) {
      if (tried.has(sha256)) continue;
      tried.add(sha256);
      transport.publish(sha256).catch((error: unknown) => {
        if (stopped) return;
        // Tried again with the next save that shows it.
        tried.delete(sha256);
        if (!(error instanceof PictureChannelClosed)) log(`could not put the picture ${sha256} on the desk (${error instanceof Error ? error.message : String(error)})`);
      });
    }
  };
  publish(pictures.inUse());
  const stopListening = pictures.onLocalStoryUpdate((storyId) => publish(pictures.ofStory(storyId)));
  return () => {
    stopped = true;
    stopListening();
  };
}
