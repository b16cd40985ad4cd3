import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { loadSettings } from '../settings/load-settings';
import { ApiError } from '../../shared/api/api-error';
import { backupTime } from '../backup/backup-names';
import { latestGoodBackup } from '../backup/restore-backup';
import { DamagedDatabaseError } from '../store/open-database';
import { openStore, type DatabaseConstructor } from '../store/store';
import { profilePaths } from './profile-dir';

/** Everything a front end (the app, the browser preview, the command line) needs from one profile folder. */
export function openProfile(options: { profileDir: string; Database: DatabaseConstructor }) {
  const paths = profilePaths(options.profileDir);
  mkdirSync(options.profileDir, { recursive: true });
  const settings = loadSettings(paths.settings);
  const store = openStoreOrNameBackup(options.profileDir, options.Database);
  return {
    profileDir: options.profileDir,
    paths,
    settings,
    settingsFile: paths.settings,
    store,
    close: () => store.close(),
  };
}
export type OpenProfile = ReturnType<typeof openProfile>;

/** The profile's database is damaged or missing; `latestGoodBackup` names the backup a front end can offer to restore. */
export class DamagedProfileError extends ApiError {
  constructor(
    message: string,
    readonly latestGoodBackup: string | undefined,
  ) {
    super('database', message);
  }
}

/**
 * A damaged database is refused untouched, and a missing one beside backups
 * is not silently replaced by an empty library; either refusal names the
 * newest backup that passes a check. A new profile (no database, no backups)
 * opens empty.
 */
function openStoreOrNameBackup(profileDir: string, Database: DatabaseConstructor) {
  const paths = profilePaths(profileDir);
  if (!existsSync(paths.database)) {
    const missing = missingDatabaseError(profileDir, Database);
    if (missing !== undefined) throw missing;
  }
  try {
    return openStore({ file: paths.database, Database });
  } catch (error) {
    if (!(error instanceof DamagedDatabaseError)) throw error;
    const backup = latestGoodBackup(profileDir, Database);
    const advice =
      backup === undefined
        ? `There is no good backup in ${paths.backups}.`
        : `The latest good backup is ${backup} in ${paths.backups}; restore it with "copydesk backup restore ${backup} --profile ${profileDir}" (the damaged file is kept aside, never overwritten).`;
    throw new DamagedProfileError(`${error.message} ${advice}`, backup);
  }
}

/** The refusal for a profile that has backups but no copydesk.db; undefined when it has no backups (a new profile). */
export function missingDatabaseError(profileDir: string, Database: DatabaseConstructor): DamagedProfileError | undefined {
  const paths = profilePaths(profileDir);
  if (!hasBackups(paths.backups)) return undefined;
  const backup = latestGoodBackup(profileDir, Database);
  const gone = `The database ${paths.database} is missing, but the profile has backups, so Copydesk did not start an empty library in its place.`;
  const advice =
    backup === undefined
      ? `None of the backups in ${paths.backups} passes a check: move that folder aside to start an empty library.`
      : `The latest good backup is ${backup}; restore it with "copydesk backup restore ${backup} --profile ${profileDir}".`;
  return new DamagedProfileError(`${gone} ${advice}`, backup);
}

function hasBackups(backupsDir: string): boolean {
  try {
    return readdirSync(backupsDir).some((name) => backupTime(name) !== undefined);
  } catch {
    return false;
  }
}
