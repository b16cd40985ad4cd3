import { existsSync } from 'node:fs';
import { nodeDatabase as Database } from '../store/node-database';
import { openProfile } from '../profile/open-profile';
import { chooseProfileDir, profilePaths } from '../profile/profile-dir';
import { holdProfile } from '../profile/profile-lock';
import { saveSettingsFile } from '../settings/save-settings';
import { defineCommand, jsonOption, type CliOptions, type CommandArgs } from './cli-command';
import { EXIT, type CliIo, type ExitCode } from './cli-io';

/** `copydesk init [--profile DIR]`: a new profile, or a no-op on an existing one. */
async function initProfile({ values }: CommandArgs<typeof INIT_OPTIONS>, io: CliIo): Promise<ExitCode> {
  const profileDir = chooseProfileDir(values.profile, io.env);
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

const INIT_OPTIONS = {
  json: jsonOption('{ "profile": DIR, "created": true|false }'),
} as const satisfies CliOptions;

export const initCommand = defineCommand({
  name: 'init',
  summary: 'Make a new profile, e.g. for a site build',
  usage: ['init [--json] [--profile DIR]'],
  options: INIT_OPTIONS,
  notes: `Creates the folder, an empty library (copydesk.db, at the current schema) and settings.json with
the shipped settings. On a folder that already is a profile it changes nothing and says so (exit 0).
Refused (exit 3) while the app or the browser preview has the profile open, and for a profile
whose database is missing but whose backups are there: restore one instead (copydesk backup).`,
  run: initProfile,
});
