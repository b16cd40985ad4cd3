import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { ApiError } from '../../shared/api/api-error';
import { LockHeldError, lockDatabaseFile } from '../store/lock-database';
import type { DatabaseConstructor } from '../store/open-database';

/** Who holds a profile, in words for a message: "the Copydesk app", "the browser preview", … */
export type ProfileHolder = 'the Copydesk app' | 'the browser preview' | 'copydesk backup restore' | 'copydesk init';

type HolderDetails = { holder: string; pid: number; host: string; since: string };

const LOCK_FILE = 'copydesk.lock';
/** Only descriptive, for the refusal message: the lock itself is the truth. */
const HOLDER_FILE = 'copydesk.lock.json';

/** Keep it referenced while the profile is held: a connection the garbage collector closes lets go of the lock. */
export type ProfileLock = { release(): void };

/** The profile is held by another process; the message names it and what to do. */
export class ProfileHeldError extends ApiError {
  constructor(message: string) {
    super('rejected', message);
  }
}

/**
 * Takes the profile for this process, or throws ProfileHeldError naming the
 * process that has it. The lock is SQLite's exclusive lock on copydesk.lock
 * (fcntl on POSIX, LockFileEx on Windows), so the operating system drops it
 * when the process ends, however it ends: a crash never leaves it stuck.
 * `refused` says what is refused, e.g. "Restoring a backup".
 */
export function holdProfile(profileDir: string, holder: ProfileHolder, Database: DatabaseConstructor, refused: string): ProfileLock {
  mkdirSync(profileDir, { recursive: true });
  const db = lockProfile(profileDir, Database, refused);
  const details: HolderDetails = { holder, pid: process.pid, host: hostname(), since: new Date().toISOString() };
  writeFileSync(join(profileDir, HOLDER_FILE), `${JSON.stringify(details)}\n`);
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      rmSync(join(profileDir, HOLDER_FILE), { force: true });
      db.close();
    },
  };
}

function lockProfile(profileDir: string, Database: DatabaseConstructor, refused: string) {
  try {
    return lockDatabaseFile(join(profileDir, LOCK_FILE), Database);
  } catch (error) {
    if (error instanceof LockHeldError) throw new ProfileHeldError(heldMessage(profileDir, refused));
    throw error;
  }
}

function heldMessage(profileDir: string, refused: string): string {
  const details = readHolder(profileDir);
  const who =
    details === undefined
      ? 'another Copydesk process'
      : `${details.holder} (process ${details.pid} on ${details.host}, since ${details.since.slice(0, 16).replace('T', ' ')} UTC)`;
  return `${refused} was refused: the profile ${profileDir} is open in ${who}. Close it first, or use another profile folder with --profile DIR; nothing was changed.`;
}

function readHolder(profileDir: string): HolderDetails | undefined {
  try {
    const parsed = JSON.parse(readFileSync(join(profileDir, HOLDER_FILE), 'utf8')) as Partial<HolderDetails>;
    if (typeof parsed.holder !== 'string' || typeof parsed.pid !== 'number') return undefined;
    return { holder: parsed.holder, pid: parsed.pid, host: String(parsed.host), since: String(parsed.since) };
  } catch {
    return undefined;
  }
}
