import { existsSync } from 'node:fs';
import { ApiError } from '../../shared/api/api-error';
import type { ApiInput, ApiOutput, OperationName } from '../../shared/api/contract';
import { missingDatabaseError, openProfile } from '../profile/open-profile';
import { defaultProfileDir, PROFILE_ENV, profilePaths } from '../profile/profile-dir';
import { holdProfile, type ProfileHolder } from '../profile/profile-lock';
import { LiveDesk } from '../newsroom/live-desk';
import type { DatabaseConstructor } from '../store/store';
import { createApiService, type ApiContext } from './api-service';
import type { Desktop } from './desktop';
import type { Door } from './error-report';

export type OpenOperationsOptions = {
  profileDir: string;
  Database: DatabaseConstructor;
  appVersion: string;
  door: Door;
  /** Held until close by the app and the preview, so a second one, or a restore from the command line, is refused meanwhile. */
  hold?: { holder: ProfileHolder; refused: string };
  /** The command line never creates a profile: a folder without a database is refused. */
  existing?: boolean;
  desktop?: Desktop;
  /** Syncs with the profile's desk for as long as it is open (the app and the preview; not the command line). */
  liveDesk?: boolean;
};

/**
 * One profile opened for the operations of the contract, the same for every
 * door: the app's IPC and the browser preview pass their requests to
 * `dispatch`, the command line calls `call`. Each validates the input against
 * the contract, holds it to the input limits, and reports failures through
 * errorReport.
 */
export function openOperations(options: OpenOperationsOptions) {
  const { profileDir, Database } = options;
  if (options.existing === true) refuseMissingProfile(profileDir, Database);
  const lock = options.hold === undefined ? null : holdProfile(profileDir, options.hold.holder, Database, options.hold.refused);
  let profile;
  try {
    profile = openProfile({ profileDir, Database });
  } catch (error) {
    lock?.release();
    throw error;
  }
  // Its store is replaced when a backup is restored, so closing closes the one in use.
  const context: ApiContext = {
    store: profile.store,
    settings: profile.settings,
    appVersion: options.appVersion,
    profileDir: profile.profileDir,
    settingsFile: profile.settingsFile,
    door: options.door,
    ...(options.desktop === undefined ? {} : { desktop: options.desktop }),
  };
  if (options.liveDesk === true) context.desk = new LiveDesk(() => context.store, profile.paths.images);
  const { dispatch } = createApiService(context);
  return {
    context,
    paths: profile.paths,
    dispatch,
    /** Runs one operation; a refusal is thrown as the ApiError the other doors return. */
    async call<N extends OperationName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>> {
      const result = await dispatch(name, input);
      if (!result.ok) throw new ApiError(result.error.code, result.error.message, result.error.field);
      return result.value as ApiOutput<N>;
    },
    close(): void {
      context.desk?.stop();
      context.store.close();
      lock?.release();
    },
  };
}
export type Operations = ReturnType<typeof openOperations>;

/**
 * A folder without a database is refused rather than made a profile; beside
 * backups the refusal names the one to restore. Safe while the app has the
 * profile open: SQLite's WAL lets both read, and each write waits (busy
 * timeout) for the other's transaction to finish.
 */
function refuseMissingProfile(profileDir: string, Database: DatabaseConstructor): void {
  if (existsSync(profilePaths(profileDir).database)) return;
  const missing = missingDatabaseError(profileDir, Database);
  if (missing !== undefined) throw missing;
  throw new ApiError(
    'not_found',
    `There is no Copydesk profile in ${profileDir} (no copydesk.db there). Pass the profile folder with --profile DIR or set ${PROFILE_ENV}; Copydesk's own folder is ${defaultProfileDir()}.`,
  );
}
