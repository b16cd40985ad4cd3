import { Worker } from 'node:worker_threads';
import type { DatabaseConstructor } from './open-database';

/** `code`: SQLite's error code when the file could not be opened or read at all (read-only, missing …), not judged. */
export type IntegrityResult = { ok: true } | { ok: false; problems: string[]; code?: string };

/**
 * SQLite's full integrity check (every page, index and constraint) on its
 * own read-only connection, so it never holds up or changes the app's.
 * `quick` runs the cheaper quick_check instead.
 */
export function checkIntegrity(file: string, Database: DatabaseConstructor, quick = false): IntegrityResult {
  let db;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    return notChecked(error);
  }
  try {
    const pragma = quick ? 'quick_check' : 'integrity_check';
    const rows = db.pragma(pragma, { simple: false }) as Record<string, string>[];
    const problems = rows.map((row) => String(Object.values(row)[0])).filter((result) => result !== 'ok');
    return problems.length === 0 ? { ok: true } : { ok: false, problems: problems.slice(0, 10) };
  } catch (error) {
    return notChecked(error);
  } finally {
    db.close();
  }
}

function notChecked(error: unknown): IntegrityResult {
  const problems = [error instanceof Error ? error.message : String(error)];
  const code = (error as { code?: unknown }).code;
  const judged = code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB';
  return judged || typeof code !== 'string' ? { ok: false, problems } : { ok: false, problems, code };
}

/** Runs in the worker: CommonJS, so it needs no bundling and loads whichever SQLite build it is given. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.databaseModule);
const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
try {
  parentPort.postMessage(db.pragma('integrity_check').map((row) => String(Object.values(row)[0])));
} finally {
  db.close();
}
`;

/**
 * The full integrity check on a worker thread, so a large database is checked
 * without holding up the process that saves. `databaseModule` is the resolved
 * path of the better-sqlite3 build this runtime loads. Rejects only when the
 * check could not run at all.
 */
export function checkIntegrityInBackground(file: string, databaseModule: string): Promise<IntegrityResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, databaseModule } });
    worker.once('message', (results: string[]) => {
      const problems = results.filter((result) => result !== 'ok');
      resolve(problems.length === 0 ? { ok: true } : { ok: false, problems: problems.slice(0, 10) });
    });
    worker.once('error', (error) => {
      const code = (error as { code?: unknown }).code;
      // SQLite's own verdict on a file too damaged to read is a result, not a failure to check.
      if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') resolve({ ok: false, problems: [error.message] });
      else reject(error);
    });
    worker.once('exit', (exitCode) => {
      if (exitCode !== 0) reject(new Error(`the integrity check stopped early (exit code ${exitCode})`));
    });
  });
}
