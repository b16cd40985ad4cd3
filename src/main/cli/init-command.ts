import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { openProfile } from '../profile/open-profile';
import { PROFILE_ENV, profilePaths } from '../profile/profile-dir';
import { holdProfile } from '../profile/profile-lock';
import { saveSettingsFile } from '../settings/save-settings';
import { EXIT, usageError, type CliIo, type ExitCode } from './cli-io';
import { cliProfileDir } from './cli-profile';

export const INIT_HELP = `copydesk init: make a profile, so a site build can start from nothing

usage: copydesk init [--json] [--profile DIR]

  --json          one JSON object on stdout: { "profile": DIR, "created": true|false }
  --profile DIR   the profile folder (default: $${PROFILE_ENV}, else the folder the app uses)

Creates the folder, an empty library (copydesk.db, at the current schema) and settings.json with
the shipped settings. On a folder that already is a profile it changes nothing and says so (exit 0).
Refused (exit 3) while the app or the browser preview has the profile open, and for a profile
whose database is missing but whose backups are there: restore one instead (copydesk backup).
`;

/** `copydesk init [--profile DIR]`: a new profile, or a no-op on an existing one. */
export async function initCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(args);
  if (values.help) {
    io.stdout(INIT_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw usageError(`init takes no arguments (got "${positionals[0]}"); name the folder with --profile DIR.`, 'init');
  const profileDir = cliProfileDir(values.profile, io.env);
  const paths = profilePaths(profileDir);
  // Held while it works, so an app or preview starting meanwhile is refused rather than racing it.
  const lock = holdProfile(profileDir, 'copydesk init', Database, 'Setting up the profile (copydesk init)');
  let created: boolean;
  try {
    created = !existsSync(paths.database);
    // Opening makes and migrates the database, and refuses a profile whose database is missing beside backups.
    const profile = openProfile({ profileDir, Database });
    profile.close();
    if (created && !existsSync(paths.settings)) saveSettingsFile(paths.settings, profile.settings);
  } finally {
    lock.release();
  }
  if (values.json) io.stdout(`${JSON.stringify({ profile: profileDir, created })}\n`);
  else if (created) io.stdout(`Created a Copydesk profile in ${profileDir}.\n`);
  else io.stdout(`${profileDir} is already a Copydesk profile; nothing was changed.\n`);
  return EXIT.ok;
}

function parseCommandArgs(args: string[]) {
  try {
    return parseArgs({
      args,
      options: {
        json: { type: 'boolean', default: false },
        profile: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw usageError((error as Error).message, 'init');
  }
}
