import { mkdirSync } from 'node:fs';
import { loadSettings } from '../settings/load-settings';
import { openStore, type DatabaseConstructor } from '../store/store';
import { profilePaths } from './profile-dir';

/** Everything a front end (the app, the browser preview, the command line) needs from one profile folder. */
export function openProfile(options: { profileDir: string; Database: DatabaseConstructor }) {
  const paths = profilePaths(options.profileDir);
  mkdirSync(options.profileDir, { recursive: true });
  const settings = loadSettings(paths.settings);
  const store = openStore({ file: paths.database, Database: options.Database });
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
