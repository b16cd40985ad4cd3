import { ZodError } from 'zod';
import { ApiError, type ApiErrorShape } from '../../shared/api/api-error';
import { SettingsError } from '../settings/load-settings';

/** The exit codes, as `copydesk --help` and the README list them: 0 success, 1 findings, 2 usage error, 3 data or database error. */
export const EXIT = { ok: 0, findings: 1, usage: 2, data: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * Who called, for the advice a message ends with: the app's window (also in
 * the browser preview) keeps the text in the editor; a command is run again.
 */
export type Door = 'app' | 'cli';

/** What every door makes of a failure: the error shape the API returns, and the command line's exit code. */
export type ErrorReport = { error: ApiErrorShape; exitCode: ExitCode };

/** The one mapping of a failure to a message a person can act on, its API code and its exit code. */
export function errorReport(error: unknown, door: Door = 'app'): ErrorReport {
  // Every failure that reaches a door is about the data or the profile; usage errors are the argument parser's own.
  return { error: toApiError(error, door).toShape(), exitCode: EXIT.data };
}

export function toApiError(error: unknown, door: Door = 'app'): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof ZodError) return describeZodError(error);
  if (error instanceof SettingsError) return new ApiError('rejected', error.message);
  const detail = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string') {
    const known = describeSystemError(code, detail, door);
    if (known !== undefined) return known;
  }
  return new ApiError('internal', door === 'cli' ? `Something went wrong: ${detail}. Please report it.` : `Something went wrong: ${detail}`);
}

function describeZodError(error: ZodError): ApiError {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join('.') ?? '';
  const where = field === '' ? '' : `${field}: `;
  return new ApiError('invalid_input', `${where}${issue?.message ?? 'invalid input'}`, field || undefined);
}

/**
 * SQLite's and the file system's error codes, in words. The app is told what
 * to do about a failed save; a command, whose writes go to the profile and
 * to its output folder alike, about either.
 */
function describeSystemError(code: string, detail: string, door: Door): ApiError | undefined {
  if (door === 'app') {
    const fault = diskFault(code);
    return fault === undefined ? undefined : new ApiError('database', `${fault} (${detail}). Nothing was changed; your text is kept in the editor.`);
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || code === 'SQLITE_BUSY_SNAPSHOT') {
    return new ApiError(
      'database',
      `The database is busy: Copydesk (or another copydesk command) has held it for longer than 5 seconds (${detail}). Run the command again in a moment.`,
    );
  }
  if (code.startsWith('SQLITE_') || code.startsWith('E')) {
    return new ApiError('database', `${detail}. Check that the profile and output folders exist, are writable and have free space.`);
  }
  return undefined;
}

/** What a person can do about a failed save. */
function diskFault(code: string): string | undefined {
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return 'The disk holding the Copydesk profile is full, so this could not be saved. Free some space; saving resumes by itself';
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return 'The Copydesk profile folder cannot be written (it is read-only or not yours). Make it writable again; saving resumes by itself';
  }
  if (/^SQLITE_(IOERR|CORRUPT|NOTADB|CANTOPEN)/.test(code) || code === 'EIO') {
    return 'The database could not be written';
  }
  return undefined;
}
