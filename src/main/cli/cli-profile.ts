import { version } from '../../../package.json';
import { nodeDatabase as Database } from '../store/node-database';
import { openOperations, type Operations } from '../api/open-operations';
import { chooseProfileDir } from '../profile/profile-dir';

/**
 * Runs work on the operations of an existing profile (`--profile DIR`, else
 * COPYDESK_PROFILE, else the app's own folder) and always closes it. The
 * command line never creates a profile, and never holds it: the app may
 * have it open at the same time.
 */
export async function withOperations<T>(
  profileFlag: string | undefined,
  env: NodeJS.ProcessEnv,
  work: (operations: Operations) => T | Promise<T>,
): Promise<T> {
  const operations = openOperations({ profileDir: chooseProfileDir(profileFlag, env), Database, appVersion: version, door: 'cli', existing: true });
  try {
    return await work(operations);
  } finally {
    operations.close();
  }
}
