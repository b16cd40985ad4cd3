import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Settings } from '../../shared/settings/settings-schema';
import { imagesOfKeptBackups, removeUnlistedBackupImages } from '../backup/backups';
import { profilePaths } from '../profile/profile-dir';
import type { Store } from '../store/store';

/** A picture added this recently is left alone: it may be in an open editor and not yet in a saved story. */
export const IMAGE_GRACE_MS = 3_600_000;

const IMAGE_FILE = /^([0-9a-f]{64})\.[a-z0-9]+$/;

/**
 * Removes the pictures nothing refers to any more, from the images table,
 * the profile's images folder and the backups' copies. A picture stays while
 * a story (its body or lead image), a kept version, an author's photo, the
 * settings (logo, social image) or a kept backup's manifest names it, or
 * while it is younger than IMAGE_GRACE_MS. Returns the file names removed.
 */
export async function collectUnusedImages(store: Store, profileDir: string, settings: Settings, now: Date): Promise<string[]> {
  const paths = profilePaths(profileDir);
  const keep = new Set<string>();
  for (const image of [settings.siteLogo, settings.socialImage]) if (image !== undefined) keep.add(image.sha256);
  for (const file of await imagesOfKeptBackups(paths.backups)) keep.add(sha256Of(file));
  const before = new Date(now.getTime() - IMAGE_GRACE_MS);
  // From here on synchronous, so no import in this process can record a picture between the check and the removal.
  const forgotten = new Set(store.images.forgetUnused(keep, before));
  for (const sha256 of store.images.inUse()) keep.add(sha256);
  const removed = removeLiveFiles(paths.images, (file) => {
    const sha256 = sha256Of(file);
    if (keep.has(sha256) || store.images.has(sha256)) return false;
    // A file with no row at all is left over from an import that failed half-way.
    return forgotten.has(file) || statSync(join(paths.images, file)).mtime < before;
  });
  return [...removed, ...(await removeUnlistedBackupImages(paths.backups))];
}

function removeLiveFiles(dir: string, unused: (file: string) => boolean): string[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((name) => IMAGE_FILE.test(name));
  } catch {
    return [];
  }
  const removed = files.filter(unused);
  for (const file of removed) rmSync(join(dir, file), { force: true });
  return removed;
}

function sha256Of(file: string): string {
  return file.slice(0, file.indexOf('.'));
}
