import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const APP_NAME = 'Copydesk';
export const PROFILE_ENV = 'COPYDESK_PROFILE';

/**
 * The folder Electron's app.getPath('userData') gives for "Copydesk", computed
 * in plain Node so the command line and the browser preview find the same one.
 */
export function defaultProfileDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_NAME);
}

/** `--profile DIR` (or `--profile=DIR`) wins, then COPYDESK_PROFILE, then the default. */
export function resolveProfileDir(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): string {
  return chooseProfileDir(profileFromArgs(argv), env);
}

/** The profile folder: the one given (a --profile value), else COPYDESK_PROFILE, else the default. */
export function chooseProfileDir(given: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (given !== undefined) return resolve(given);
  const fromEnv = env[PROFILE_ENV];
  if (fromEnv !== undefined && fromEnv !== '') return resolve(fromEnv);
  return defaultProfileDir(process.platform, env);
}

function profileFromArgs(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--profile') {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new Error('--profile needs a folder, e.g. --profile ~/copydesk-test');
      return value;
    }
    if (arg.startsWith('--profile=')) return arg.slice('--profile='.length);
  }
  return undefined;
}

export function profilePaths(profileDir: string) {
  return {
    database: join(profileDir, 'copydesk.db'),
    settings: join(profileDir, 'settings.json'),
    images: join(profileDir, 'images'),
    backups: join(profileDir, 'backups'),
    windowState: join(profileDir, 'window-state.json'),
  };
}
