import { createRequire } from 'node:module';
import type { DatabaseConstructor } from './open-database';

/**
 * The SQLite driver inside Electron. Electron's Node ABI differs from the
 * system Node's, so the app does not use the better-sqlite3 build that
 * `npm install` compiles for Node (node-database.ts). It loads better-sqlite3
 * 13 instead, installed under the alias better-sqlite3-napi: a Node-API build
 * whose npm package ships prebuilt binaries for every platform, so one
 * `npm install` serves both runtimes with no rebuild and no download.
 */
export function loadElectronDatabase(): DatabaseConstructor {
  const require = createRequire(__filename);
  return require('better-sqlite3-napi') as DatabaseConstructor;
}

/** Where that build lives, for code that loads it on another thread (the background integrity check). */
export function electronDatabaseModule(): string {
  return createRequire(__filename).resolve('better-sqlite3-napi');
}
