import { existsSync } from 'node:fs';
import { nodeDatabase as Database } from '../store/node-database';
import { missingDatabaseError, openProfile, type OpenProfile } from '../profile/open-profile';
import { chooseProfileDir, defaultProfileDir, PROFILE_ENV, profilePaths } from '../profile/profile-dir';
import { CliError, EXIT } from './cli-io';

/** `--profile DIR`, else COPYDESK_PROFILE, else the app's own default folder: as the app and the preview choose. */
export function cliProfileDir(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  return chooseProfileDir(flag, env);
}

/**
 * Opens an existing profile; the command line never creates one. It is safe
 * while the app has the same profile open: SQLite's WAL lets both read, and
 * each write waits (busy timeout) for the other's transaction to finish.
 */
export function openCliProfile(profileDir: string): OpenProfile {
  const database = profilePaths(profileDir).database;
  if (!existsSync(database)) {
    const missing = missingDatabaseError(profileDir, Database);
    if (missing !== undefined) throw missing;
    throw new CliError(
      EXIT.data,
      `There is no Copydesk profile in ${profileDir} (no copydesk.db there). Pass the profile folder with --profile DIR or set ${PROFILE_ENV}; Copydesk's own folder is ${defaultProfileDir()}.`,
    );
  }
  return openProfile({ profileDir, Database });
}

/** Runs work on the opened profile and always closes it. */
export async function withProfile<T>(profileDir: string, work: (profile: OpenProfile) => T | Promise<T>): Promise<T> {
  const profile = openCliProfile(profileDir);
  try {
    return await work(profile);
  } finally {
    profile.close();
  }
}
