/**
 * The process a restore crash test kills: puts two backups back in turn, as
 * fast as it can, with one save between restores (so a kill can also leave a
 * WAL behind for the next restore to meet). Prints "ready" once loaded and
 * "restored <name>" after each restore; removes the databases each restore
 * keeps aside, so the loop does not fill the disk.
 *
 * Usage: node --import tsx test/support/restore-runner.ts <profile folder> <backup> <backup>
 */
import { readdirSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { restoreBackup } from '../../src/main/backup/restore-backup';
import { openStore } from '../../src/main/store/store';

const [profileDir, ...names] = process.argv.slice(2);
if (profileDir === undefined || names.length !== 2) {
  process.stderr.write('usage: restore-runner <profile folder> <backup> <backup>\n');
  process.exit(2);
}

async function restoreForever(dir: string, backups: string[]): Promise<never> {
  for (let round = 0; ; round += 1) {
    const name = backups[round % 2]!;
    await restoreBackup(dir, name, Database, new Date());
    writeSync(1, `restored ${name}\n`);
    for (const file of readdirSync(dir)) {
      if (file.includes('.before-restore-')) rmSync(join(dir, file), { force: true });
    }
    const store = openStore({ file: join(dir, 'copydesk.db'), Database });
    store.createStory({ section: 'News', headline: `Saved after restore ${round}` });
    store.close();
  }
}

writeSync(1, 'ready\n');
void restoreForever(profileDir, names);
