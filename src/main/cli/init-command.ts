import { existsSync } from 'node:fs';
import { version } from '../../../package.json';
import { openOperations } from '../api/open-operations';
import { nodeDatabase as Database } from '../store/node-database';
import { chooseProfileDir, profilePaths } from '../profile/profile-dir';
import { defineCommand, jsonOption, type CliOptions, type CommandArgs } from './cli-command';
import { EXIT, type CliIo, type ExitCode } from './cli-io';

/** `copydesk init [--profile DIR]`: a new profile, or a no-op on an existing one. */
async function initProfile({ values }: CommandArgs<typeof INIT_OPTIONS>, io: CliIo): Promise<ExitCode> {
  const profileDir = chooseProfileDir(values.profile, io.env);
  const paths = profilePaths(profileDir);
  const created = !existsSync(paths.database);
  // Opening makes and migrates the database, and refuses a profile whose database is missing beside backups;
  // the profile is held while it works, so an app or preview starting meanwhile is refused rather than racing it.
  const operations = openOperations({
    profileDir,
    Database,
    appVersion: version,
    door: 'cli',
    hold: { holder: 'copydesk init', refused: 'Setting up the profile (copydesk init)' },
  });
  try {
    if (created && !existsSync(paths.settings)) await operations.call('saveSettings', await operations.call('getSettings', {}));
  } finally {
    operations.close();
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
