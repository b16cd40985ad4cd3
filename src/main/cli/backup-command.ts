import { accessSync, constants, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { createBackup, listBackups } from '../backup/backups';
import { checkIntegrity } from '../backup/integrity';
import { restoreBackup } from '../backup/restore-backup';
import { missingDatabaseError } from '../profile/open-profile';
import { profilePaths } from '../profile/profile-dir';
import { holdProfile } from '../profile/profile-lock';
import { CliError, EXIT, usageError, type CliIo, type ExitCode } from './cli-io';
import { cliProfileDir, withProfile } from './cli-profile';
import { BACKUP_HELP } from './help-text';

/** `copydesk backup list|create|check|restore NAME`: the profile's backups. */
export async function backupCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(args);
  if (values.help) {
    io.stdout(BACKUP_HELP);
    return EXIT.ok;
  }
  const [action, name, ...extra] = positionals;
  const profileDir = cliProfileDir(values.profile, io.env);
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
      return withProfile(profileDir, async ({ store }) => {
        const backup = await createBackup(store, profileDir, new Date());
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
    throw usageError((error as Error).message, 'backup');
  }
}
