import BetterSqlite3 from 'better-sqlite3';
import type { DatabaseConstructor } from './open-database';

/**
 * The SQLite driver under plain Node (tests, the browser preview, the command
 * line): better-sqlite3 as `npm install` compiles it. The Electron app loads
 * another build (electron-database.ts), and its bundle never imports this file.
 */
export const nodeDatabase: DatabaseConstructor = BetterSqlite3;
