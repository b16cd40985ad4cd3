import { mkdirSync } from 'node:fs';
import { loadSettings } from '../settings/load-settings';
import { ApiError } from '../../shared/api/api-error';
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

/** The profile's database is damaged; `latestGoodBackup` names the backup a front end can offer to restore. */
export class DamagedProfileError extends ApiError {
  constructor(
    message: string,
    readonly latestGoodBackup: string | undefined,
  ) {
    super('database', message);
  }
}

/** A damaged database is refused untouched; the refusal names the newest backup that passes a check. */
function openStoreOrNameBackup(profileDir: string, Database: DatabaseConstructor) {
  const paths = profilePaths(profileDir);
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
