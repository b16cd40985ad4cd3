import { createRequire } from 'node:module';
import BetterSqlite3 from 'better-sqlite3';
import type { DatabaseConstructor } from './open-database';

/**
 * The two builds of the SQLite driver, and the only place that imports one.
 * Electron's Node ABI differs from the system Node's, so the app does not use
 * the better-sqlite3 build that `npm install` compiles for Node (tests, the
 * browser preview and the command line use that one). It loads better-sqlite3
 * 13 instead, installed under the alias better-sqlite3-napi: a Node-API build
 * whose npm package ships prebuilt binaries for every platform, so one
 * `npm install` serves both runtimes with no rebuild and no download.
 */
export const nodeDatabase: DatabaseConstructor = BetterSqlite3;

/** Where the Node-API build lives, for code that loads it on another thread (the background integrity check). */
export function nodeApiDatabaseModule(): string {
  return createRequire(__filename).resolve('better-sqlite3-napi');
}

export function loadNodeApiDatabase(): DatabaseConstructor {
  const require = createRequire(__filename);
  return require('better-sqlite3-napi') as DatabaseConstructor;
}
