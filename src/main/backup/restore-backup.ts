import { existsSync, readdirSync } from 'node:fs';
import { copyFile, link, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiError } from '../../shared/api/api-error';
import { profilePaths } from '../profile/profile-dir';
import { checkIntegrity } from '../store/integrity-check';
import { leaveWalMode } from '../store/leave-wal-mode';
import type { DatabaseConstructor } from '../store/open-database';
import { openStore } from '../store/store';
import { backupNames, copyOnce, manifestImages } from './backups';
import { backupTime, stamp } from './backup-names';

/**
 * Puts a backup back as the profile's database, so that at every instant
 * there is a complete copydesk.db: the old one or the restored one. Runs
 * while this process holds the profile (holdProfile) and its store is closed.
 * The backup is checked, then copied to a temporary name and synced; the
 * current database is folded out of WAL mode (so no -wal or -shm of it can be
 * applied to the restored file) and linked to copydesk.db.before-restore-<stamp>,
 * kept, never deleted; one rename then puts the copy in place. Images the
 * backup needs and the profile lacks are copied back.
 * Returns the name the previous database is kept under, if there was one.
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

  const temp = `${paths.database}.restoring`;
  try {
    await removeWithJournals(temp);
    await copyFile(source, temp);
    rewindOverCurrent(temp, paths.database, Database);
    await syncFile(temp);
  } catch (error) {
    await removeWithJournals(temp);
    throw error;
  }
  let movedAside: string | null = null;
  if (await exists(paths.database)) {
    movedAside = await asideName(paths.database, now);
    await keepAside(paths.database, movedAside, Database);
  }
  await rename(temp, paths.database);
  await syncFolder(profileDir);

  await mkdir(paths.images, { recursive: true });
  for (const image of await manifestImages(paths.backups, name)) {
    const from = join(paths.backups, 'images', image);
    if (await exists(from)) await copyOnce(from, join(paths.images, image));
  }
  return { movedAside };
}

/**
 * On a profile on a desk, the restored stories become this profile's new
 * edits over all the current database knew of them (store.documents.rewindShared),
 * written into the copy before it takes the database's place, so a crash
 * leaves either database whole. A current database that cannot be read is
 * left out: its stories come back from the desk.
 */
function rewindOverCurrent(copy: string, current: string, Database: DatabaseConstructor): void {
  if (!existsSync(current) || !checkIntegrity(current, Database, true).ok) return;
  const store = openStore({ file: copy, Database });
  try {
    store.documents.rewindShared(current);
  } finally {
    store.close();
  }
  // The copy takes the database's name: no -wal of it may stay behind under the copy's.
  leaveWalMode(copy, Database);
}

/**
 * Gives the current database a second name, whole. When it has a WAL beside
 * it, a healthy one is switched to a rollback journal first, which
 * checkpoints the WAL into the file and removes the -wal and -shm (that needs
 * every other connection closed, so a busy database refuses the restore). A
 * damaged one is never written to: its WAL keeps it company under the
 * matching name.
 */
async function keepAside(database: string, aside: string, Database: DatabaseConstructor): Promise<void> {
  const hasWal = (await exists(`${database}-wal`)) || (await exists(`${database}-shm`));
  if (hasWal) {
    const health = checkIntegrity(database, Database, true);
    if (health.ok) foldWal(database, Database);
    else if (health.code !== undefined) {
      // Not judged damaged, only unreadable for now: its WAL must stay with it.
      throw new ApiError(
        'database',
        `The database ${database} could not be read (${health.problems[0]}), so the backup was not restored. Check the profile folder's permissions and try again; nothing was changed.`,
      );
    }
  }
  for (const suffix of ['-wal', '-shm']) {
    if (await exists(database + suffix)) await rename(database + suffix, aside + suffix);
  }
  try {
    await link(database, aside);
  } catch {
    // A file system without hard links: a copy is as good, only slower.
    await copyFile(database, aside);
  }
}

function foldWal(database: string, Database: DatabaseConstructor): void {
  if (leaveWalMode(database, Database)) return;
  throw new ApiError(
    'database',
    `The database ${database} is still open elsewhere (a copydesk command or a background check), so the backup was not restored. Run the restore again in a moment; nothing was changed.`,
  );
}

/**
 * A restore killed while its copy was open leaves the copy's -wal and -shm:
 * SQLite would apply that WAL to the next copy put under the same name.
 */
async function removeWithJournals(file: string): Promise<void> {
  for (const suffix of ['-wal', '-shm', '-journal', '']) await rm(file + suffix, { force: true });
}

/** copydesk.db.before-restore-<stamp>, with a counter should two restores share a millisecond. */
async function asideName(database: string, now: Date): Promise<string> {
  const base = `${database}.before-restore-${stamp(now)}`;
  let name = base;
  for (let n = 2; await exists(name); n += 1) name = `${base}-${n}`;
  return name;
}

/** fsync, so a crash right after the rename cannot leave the renamed file without its bytes. */
async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The folder's entry for the rename made durable; Windows cannot open a folder for this and does not need it. */
async function syncFolder(dir: string): Promise<void> {
  if (process.platform !== 'win32') await syncFile(dir);
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
