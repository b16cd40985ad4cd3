import { collectUnusedImages } from '../images/collect-images';
import { profilePaths } from '../profile/profile-dir';
import { loadSettings } from '../settings/load-settings';
import type { Store } from '../store/store';
import { createBackup } from './backups';
import { checkIntegrityInBackground } from '../store/integrity-check';

/** How often a running app backs up and thins revisions. */
export const MAINTENANCE_EVERY_MS = 4 * 3_600_000;

export type MaintenanceOptions = {
  /** The store in use now (a restored backup replaces it). */
  currentStore: () => Store;
  profileDir: string;
  /** The resolved path of the better-sqlite3 build this runtime loads, for the integrity check's worker thread. */
  databaseModule: string;
  everyMs?: number;
  now?: () => Date;
  /** A sentence for the person using the app: a failed backup or a damaged database. */
  onProblem: (message: string) => void;
};

/**
 * The background care of a profile: on start, a collection of the pictures
 * nothing refers to any more, a backup, a thinning of old revisions and a
 * full integrity check on a worker thread's read-only connection; then the
 * same but the check every few hours while the app runs. Returns `stop` and a promise for the first round (for tests).
 */
export function startMaintenance(options: MaintenanceOptions): { stop(): void; firstRound: Promise<void> } {
  const now = options.now ?? (() => new Date());
  const round = async (withIntegrityCheck: boolean): Promise<void> => {
    // Before the backup, so the new backup's list of pictures leaves out those nothing needs.
    await collectImages(options, now());
    try {
      await createBackup(options.currentStore(), options.profileDir, now());
      options.currentStore().revisions.prune(now());
    } catch (error) {
      options.onProblem(`The scheduled backup failed: ${error instanceof Error ? error.message : String(error)}. Your work is still saved in the database.`);
    }
    if (!withIntegrityCheck) return;
    let result;
    try {
      result = await checkIntegrityInBackground(options.currentStore().file, options.databaseModule);
    } catch (error) {
      options.onProblem(`The background check of the database could not run: ${error instanceof Error ? error.message : String(error)}.`);
      return;
    }
    if (!result.ok) {
      options.onProblem(
        `The database ${options.currentStore().file} failed its integrity check (${result.problems.slice(0, 3).join('; ')}). Keep working only long enough to export what you need, then restore the latest backup.`,
      );
    }
  };
  const firstRound = round(true);
  const timer = setInterval(() => void round(false), options.everyMs ?? MAINTENANCE_EVERY_MS);
  timer.unref();
  return { stop: () => clearInterval(timer), firstRound };
}

/**
 * Edits and thinning release pictures over time. The settings are read from
 * the file each time (they name a logo and a social image);
 * when they cannot be read nothing is collected, as it cannot be known what
 * they need.
 */
async function collectImages(options: MaintenanceOptions, now: Date): Promise<void> {
  try {
    const settings = loadSettings(profilePaths(options.profileDir).settings);
    await collectUnusedImages(options.currentStore(), options.profileDir, settings, now);
  } catch (error) {
    options.onProblem(`Pictures no story uses any more could not be cleared away: ${error instanceof Error ? error.message : String(error)}. Nothing was lost; it is tried again later.`);
  }
}
