import type { Database } from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION, migrations } from './migrations';
import type { Migration } from './migrations/migration';

export function schemaVersionOf(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the schema up to `target` one numbered step at a time. Each step and
 * its new user_version commit together, so a crash leaves the file at the
 * last finished step, never half-way through one.
 */
export function migrateTo(
  db: Database,
  target: number = LATEST_SCHEMA_VERSION,
  steps: readonly Migration[] = migrations,
): number {
  for (const migration of steps) {
    if (migration.version <= schemaVersionOf(db) || migration.version > target) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  return schemaVersionOf(db);
}
