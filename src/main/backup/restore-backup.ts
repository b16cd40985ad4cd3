import { readdirSync } from 'node:fs';
import { copyFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiError } from '../../shared/api/api-error';
import { profilePaths } from '../profile/profile-dir';
import type { DatabaseConstructor } from '../store/open-database';
import { backupNames, copyOnce, manifestImages } from './backups';
import { backupTime, stamp } from './backup-names';
import { checkIntegrity } from './integrity';

/**
 * Puts a backup back as the profile's database. Runs while the store is
 * closed (the app closes and reopens its store; the command line never has
 * it open). The backup is checked first; the current database (with its WAL)
 * is moved aside as copydesk.db.before-restore-<stamp>, never deleted; the
 * backup is copied in under a temporary name and renamed into place; images
 * the backup needs and the profile lacks are copied back.
 * Returns the name the previous database was moved to, if there was one.
 */
export async function restoreBackup(
  profileDir: string,
  name: string,
  Database: DatabaseConstructor,
  now: Date,
): Promise<{ movedAside: string | null }> {
  const paths = profilePaths(profileDir);
  if (backupTime(name) === undefined || !(await backupNames(paths.backups)).includes(name)) {
    throw new ApiError('not_found', `There is no backup called "${name}" in ${paths.backups}. List the backups to see their names.`);
  }
  const source = join(paths.backups, name);
  const check = checkIntegrity(source, Database);
  if (!check.ok) {
    throw new ApiError(
      'database',
      `The backup ${name} is damaged (${check.problems.slice(0, 3).join('; ')}), so it was not restored. Choose an older backup; nothing was changed.`,
    );
  }

  const aside = `${paths.database}.before-restore-${stamp(now)}`;
  let movedAside: string | null = null;
  if (await exists(paths.database)) {
    // The WAL goes with its database under the matching name, so the moved file still opens with every commit.
    for (const suffix of ['-wal', '-shm']) {
      if (await exists(paths.database + suffix)) await rename(paths.database + suffix, aside + suffix);
    }
    await rename(paths.database, aside);
    movedAside = aside;
  }
  const temp = `${paths.database}.restoring`;
  await copyFile(source, temp);
  await rename(temp, paths.database);

  await mkdir(paths.images, { recursive: true });
  for (const image of await manifestImages(paths.backups, name)) {
    const from = join(paths.backups, 'images', image);
    if (await exists(from)) await copyOnce(from, join(paths.images, image));
  }
  await rm(temp, { force: true });
  return { movedAside };
}

/** The newest backup that passes SQLite's quick check, for a message about a damaged database. */
export function latestGoodBackup(profileDir: string, Database: DatabaseConstructor): string | undefined {
  const dir = profilePaths(profileDir).backups;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return undefined;
  }
  const newestFirst = names.filter((name) => backupTime(name) !== undefined).sort().reverse();
  return newestFirst.find((name) => checkIntegrity(join(dir, name), Database, true).ok);
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
