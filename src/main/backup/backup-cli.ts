/**
 * The backup command line (DESIGN §7 exit codes: 0 success, 2 usage error,
 * 3 data or database error):
 *
 *   npm run backup -- list    [--profile DIR]
 *   npm run backup -- create  [--profile DIR]
 *   npm run backup -- check   [--profile DIR]   full integrity check of the database
 *   npm run backup -- restore NAME [--profile DIR]   quit Copydesk first
 */
import Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/api-error';
import { profilePaths, resolveProfileDir } from '../profile/profile-dir';
import { openStore } from '../store/store';
import { createBackup, listBackups } from './backups';
import { checkIntegrity } from './integrity';
import { restoreBackup } from './restore-backup';

const USAGE = 'usage: backup <list | create | check | restore NAME> [--profile DIR]';

async function run(argv: string[]): Promise<number> {
  let profileDir: string;
  try {
    profileDir = resolveProfileDir(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const words = argv.filter((arg, index) => !arg.startsWith('--profile') && argv[index - 1] !== '--profile');
  const [command, name] = words;
  const paths = profilePaths(profileDir);
  if (command === 'list' && name === undefined) {
    for (const backup of await listBackups(profileDir)) {
      process.stdout.write(`${backup.name}\t${backup.createdAt}\t${backup.byteSize} bytes\t${backup.imageCount} images\n`);
    }
    return 0;
  }
  if (command === 'create' && name === undefined) {
    const store = openStore({ file: paths.database, Database });
    try {
      const backup = await createBackup(store, profileDir, new Date());
      process.stdout.write(`${backup.name}\n`);
      return 0;
    } finally {
      store.close();
    }
  }
  if (command === 'check' && name === undefined) {
    const result = checkIntegrity(paths.database, Database);
    if (result.ok) {
      process.stdout.write(`${paths.database}: ok\n`);
      return 0;
    }
    process.stderr.write(`${paths.database} is damaged: ${result.problems.join('; ')}. Restore the latest backup (backup list, then backup restore NAME).\n`);
    return 3;
  }
  if (command === 'restore' && name !== undefined) {
    const { movedAside } = await restoreBackup(profileDir, name, Database, new Date());
    process.stdout.write(`Restored ${name}.${movedAside === null ? '' : ` The previous database was kept as ${movedAside}.`}\n`);
    return 0;
  }
  process.stderr.write(`${USAGE}\n`);
  return 2;
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof ApiError || error instanceof Error ? error.message : String(error)}\n`);
    process.exit(3);
  },
);
