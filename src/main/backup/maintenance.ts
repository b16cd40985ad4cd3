import type { Store } from '../store/store';
import { createBackup } from './backups';
import { checkIntegrityInBackground } from './integrity';

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
 * The background care of a profile (DESIGN §7): on start, a backup, a
 * thinning of old revisions and a full integrity check on a worker thread's
 * read-only connection; then a backup and a thinning every few hours while the
 * app runs. Returns `stop` and a promise for the first round (for tests).
 */
export function startMaintenance(options: MaintenanceOptions): { stop(): void; firstRound: Promise<void> } {
  const now = options.now ?? (() => new Date());
  const round = async (withIntegrityCheck: boolean): Promise<void> => {
    try {
      await createBackup(options.currentStore(), options.profileDir, now());
      options.currentStore().pruneRevisions(now());
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
