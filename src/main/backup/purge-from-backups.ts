import { readdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ApiError } from '../../shared/api/api-error';
import { profilePaths } from '../profile/profile-dir';
import { openStore, type DatabaseConstructor } from '../store/store';
import { backupNames, manifestImages, writeManifest } from './backups';

export type BackupPurgeResult = {
  /** Copies of the database that held the story and no longer hold its text. */
  cleaned: string[];
  /** Copies that could not be opened or changed, each with the reason, for the person to deal with by hand. */
  notCleaned: Array<{ name: string; reason: string }>;
};

/**
 * Every other copy of the database in the profile: the rotating backups and
 * the files a restore moved aside (copydesk.db.before-restore-<stamp>).
 */
async function databaseCopies(profileDir: string): Promise<string[]> {
  const paths = profilePaths(profileDir);
  const aside = `${basename(paths.database)}.before-restore-`;
  let profileFiles: string[] = [];
  try {
    profileFiles = await readdir(profileDir);
  } catch {
    // No profile folder: no copies.
  }
  const movedAside = profileFiles.filter((name) => name.startsWith(aside) && !/-(wal|shm)$/.test(name)).map((name) => join(profileDir, name));
  return [...(await backupNames(paths.backups)).map((name) => join(paths.backups, name)), ...movedAside];
}

/**
 * A story deleted for good (a legal takedown) must not live on in the
 * profile's other copies of the database. Each copy is opened as a store and
 * the story purged there the same way (secure_delete, index merge, WAL
 * emptied), so a later restore cannot bring it back either. Copies made
 * before the story existed, or where it is already purged, are left as they
 * are; an older copy is upgraded on the way, as a restore would upgrade it.
 * A backup's manifest then stops listing the pictures only the story used,
 * so their copies in backups/images can be collected.
 */
export async function purgeStoryFromBackups(profileDir: string, storyId: string, Database: DatabaseConstructor): Promise<BackupPurgeResult> {
  const paths = profilePaths(profileDir);
  const result: BackupPurgeResult = { cleaned: [], notCleaned: [] };
  for (const file of await databaseCopies(profileDir)) {
    const name = basename(file);
    try {
      const copy = openStore({ file, Database });
      try {
        const purged = copy.deleteStoryForever(storyId);
        const stillUsed = copy.images.inUse();
        const released = new Set(purged.images.filter((sha256) => !stillUsed.has(sha256)));
        if (dirname(file) === paths.backups) await dropFromManifest(paths.backups, name, released);
        result.cleaned.push(name);
      } finally {
        copy.close();
      }
    } catch (error) {
      if (error instanceof ApiError && error.code === 'not_found') continue;
      result.notCleaned.push({ name, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return result;
}

/** Takes the released pictures (by sha256) out of a backup's list of the image files it needs. */
async function dropFromManifest(backupsDir: string, name: string, released: ReadonlySet<string>): Promise<void> {
  if (released.size === 0) return;
  const images = await manifestImages(backupsDir, name);
  const kept = images.filter((file) => !released.has(file.slice(0, file.indexOf('.'))));
  if (kept.length !== images.length) await writeManifest(backupsDir, name, kept);
}
