import { accessSync, constants, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { nodeDatabase as Database } from '../store/node-database';
import { listBackups } from '../backup/backups';
import { checkIntegrity } from '../store/integrity-check';
import { restoreBackup } from '../backup/restore-backup';
import { missingDatabaseError } from '../profile/open-profile';
import { holdProfile } from '../profile/profile-lock';
import { defineCommand, jsonOption, type CliOptions, type CommandArgs } from './cli-command';
import { CliError, EXIT, usageError, type CliIo, type ExitCode } from './cli-io';
import { chooseProfileDir, profilePaths } from '../profile/profile-dir';
import { withOperations } from './cli-profile';

/** `copydesk backup list|create|check|restore NAME`: the profile's backups. */
async function runBackupAction({ values, positionals }: CommandArgs<typeof BACKUP_OPTIONS>, io: CliIo): Promise<ExitCode> {
  const [action, name, ...extra] = positionals;
  const profileDir = chooseProfileDir(values.profile, io.env);
  const needsName = action === 'restore';
  if (action === undefined || (needsName ? name === undefined : name !== undefined) || extra.length > 0) {
    throw usageError('Say what to do: backup list, backup create, backup check or backup restore NAME.', 'backup');
  }
  switch (action) {
    case 'list': {
      const backups = await listBackups(profileDir);
      if (values.json) io.stdout(`${JSON.stringify({ backups })}\n`);
      else if (backups.length === 0) io.stdout(`No backups yet in ${profilePaths(profileDir).backups}.\n`);
      else for (const b of backups) io.stdout(`${b.name}\t${b.createdAt}\t${b.byteSize} bytes\t${b.imageCount} images\n`);
      return EXIT.ok;
    }
    case 'create':
      return withOperations(profileDir, io.env, async (operations) => {
        const backup = await operations.call('createBackup', {});
        io.stdout(values.json ? `${JSON.stringify({ backup })}\n` : `${backup.name}\n`);
        return EXIT.ok;
      });
    case 'check': {
      const database = profilePaths(profileDir).database;
      refuseMissing(profileDir);
      const result = checkIntegrity(database, Database);
      if (values.json) io.stdout(`${JSON.stringify({ database, ...result })}\n`);
      if (!result.ok && result.code !== undefined) throw new CliError(EXIT.data, notCheckedMessage(database, result.code, result.problems));
      if (!result.ok) {
        throw new CliError(
          EXIT.data,
          `${database} is damaged: ${result.problems.join('; ')}. Restore the latest good backup: copydesk backup list, then copydesk backup restore NAME.`,
        );
      }
      if (!values.json) io.stdout(`${database}: ok\n`);
      return EXIT.ok;
    }
    case 'restore': {
      requireFolder(profileDir);
      const lock = holdProfile(profileDir, 'copydesk backup restore', Database, 'Restoring a backup');
      const { movedAside } = await restoreBackup(profileDir, name!, Database, new Date()).finally(() => lock.release());
      const kept = movedAside === null ? '' : ` The previous database was kept as ${movedAside}.`;
      io.stdout(values.json ? `${JSON.stringify({ restored: name, movedAside })}\n` : `Restored ${name}.${kept}\n`);
      return EXIT.ok;
    }
    default:
      throw usageError(`Unknown backup action "${action}". The actions are: list, create, check, restore NAME.`, 'backup');
  }
}

function requireFolder(profileDir: string): void {
  if (!existsSync(profileDir)) {
    throw new CliError(EXIT.data, `Not found: there is no profile folder ${profileDir}. Pass the profile with --profile DIR.`);
  }
}

/** A missing folder or database is "not found", with the newest backup when the profile has some. */
function refuseMissing(profileDir: string): void {
  const database = profilePaths(profileDir).database;
  requireFolder(profileDir);
  if (existsSync(database)) return;
  const missing = missingDatabaseError(profileDir, Database);
  throw new CliError(EXIT.data, `Not found: ${missing?.message ?? `there is no database ${database}; this folder is not a Copydesk profile yet (copydesk init makes one).`}`);
}

/** SQLite could not open the file to check it: say why in the person's terms, never "damaged". */
function notCheckedMessage(database: string, code: string, problems: string[]): string {
  const detail = problems.join('; ');
  if (code.startsWith('SQLITE_READONLY')) {
    return `${database} could not be checked because the profile folder ${dirname(database)} is read-only (${detail}); SQLite needs to write its shared-memory file beside the database. Make the folder writable, or check a copy of it elsewhere; the database was not judged damaged.`;
  }
  if (!canRead(database)) {
    return `${database} cannot be read: permission denied (${detail}). Run the check as the user who owns the profile; the database was not judged damaged.`;
  }
  return `${database} could not be opened to check it (${detail}). Check that the profile folder and the database can be read and written; the database was not judged damaged.`;
}

function canRead(file: string): boolean {
  try {
    accessSync(file, constants.R_OK);
    return true;
  } catch {
    return false;
  }
}

const BACKUP_OPTIONS = {
  json: jsonOption('what was done, e.g. { "backups": [ … ] } for list'),
} as const satisfies CliOptions;

export const backupCommand = defineCommand({
  name: 'backup',
  summary: "List, create, check or restore the profile's backups",
  usage: ['backup list|create|check [--json] [--profile DIR]', 'backup restore NAME [--json] [--profile DIR]'],
  arguments: [
    { name: 'list', help: "the backups in the profile's backups folder, newest first" },
    { name: 'create', help: 'an online backup now (safe while the app is open)' },
    { name: 'check', help: 'a full integrity check of the database; exit 3 when it is damaged' },
    {
      name: 'restore NAME',
      help: 'replace the database with that backup after checking it; the current database is kept as copydesk.db.before-restore-…, never deleted. Refused while the app or the preview has the profile open.',
    },
  ],
  options: BACKUP_OPTIONS,
  notes: 'The app also backs up on start and every few hours, keeping the ten newest and one a day for a week.',
  run: runBackupAction,
});
