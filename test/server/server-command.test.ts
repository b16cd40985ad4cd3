import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tokenHash } from '../../src/server/newsroom-tokens';
import { startNewsroomServer } from '../../src/server/newsroom-server';
import { openServerStore } from '../../src/server/store/server-store';
import { serverDatabaseFile } from '../../src/server/store/open-server-database';
import { cli } from '../main/cli/cli-fixtures';
import { makeTempDir, removeTempDir } from '../main/store/store-fixtures';

let dir: string;
let dataDir: string;
beforeEach(async () => {
  dir = await makeTempDir();
  dataDir = join(dir, 'desk');
});
afterEach(() => removeTempDir(dir));

describe('copydesk server token', () => {
  it('add prints a new URL-safe token of 256 bits on one line and keeps only its hash, with the name and the time', async () => {
    const added = await cli(['server', 'token', 'add', 'jane.smith@desk', '--data', dataDir]);
    expect(added).toMatchObject({ code: 0, stderr: '' });
    expect(added.stdout).toMatch(/^[A-Za-z0-9_-]{43}\n$/);
    const token = added.stdout.trim();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const other = (await cli(['server', 'token', 'add', 'sam', '--data', dataDir])).stdout.trim();
    expect(other).not.toBe(token);

    const db = new Database(serverDatabaseFile(dataDir), { readonly: true });
    const rows = db.prepare('SELECT name, sha256, created_at FROM tokens ORDER BY name').all();
    db.close();
    expect(rows).toEqual([
      { name: 'jane.smith@desk', sha256: tokenHash(token), created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
      { name: 'sam', sha256: tokenHash(other), created_at: expect.any(String) },
    ]);
    const file = readFileSync(serverDatabaseFile(dataDir)).toString('latin1') + (existsSync(`${serverDatabaseFile(dataDir)}-wal`) ? readFileSync(`${serverDatabaseFile(dataDir)}-wal`).toString('latin1') : '');
    expect(file).not.toContain(token);
  });

  it('list shows names and dates, never tokens, as text and as JSON; revoke removes one', async () => {
    const token = (await cli(['server', 'token', 'add', 'jane', '--data', dataDir])).stdout.trim();
    await cli(['server', 'token', 'add', 'sam', '--data', dataDir]);
    const listed = await cli(['server', 'token', 'list', '--data', dataDir]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^jane\t\d{4}-.*Z\nsam\t\d{4}-.*Z\n$/);
    expect(listed.stdout).not.toContain(token);
    const json = JSON.parse((await cli(['server', 'token', 'list', '--json', '--data', dataDir])).stdout) as { tokens: { name: string; createdAt: string }[] };
    expect(json.tokens.map((t) => Object.keys(t))).toEqual([['name', 'createdAt'], ['name', 'createdAt']]);

    expect(await cli(['server', 'token', 'revoke', 'jane', '--data', dataDir])).toMatchObject({ code: 0, stdout: 'Revoked jane.\n' });
    expect((await cli(['server', 'token', 'list', '--data', dataDir])).stdout).toMatch(/^sam\t/);
    const again = await cli(['server', 'token', 'revoke', 'jane', '--data', dataDir]);
    expect(again.code).toBe(3);
    expect(again.stderr).toContain('There is no token named "jane"');
  });

  it('refuses a name that is taken (saying to revoke it first) or not a valid name, and changes nothing', async () => {
    await cli(['server', 'token', 'add', 'jane', '--data', dataDir]);
    const taken = await cli(['server', 'token', 'add', 'jane', '--data', dataDir]);
    expect(taken.code).toBe(3);
    expect(taken.stdout).toBe('');
    expect(taken.stderr).toContain('There is already a token named "jane". Revoke it first (copydesk server token revoke jane');
    for (const name of ['jane smith', 'a/b', 'x'.repeat(61), '', 'café']) {
      const refused = await cli(['server', 'token', 'add', name, '--data', dataDir]);
      expect(refused.code, name).toBe(3);
      expect(refused.stderr).toContain('is not a token name: use up to 60 letters, digits and . _ - @');
      expect(refused.stdout).toBe('');
    }
    expect((await cli(['server', 'token', 'add', 'x'.repeat(60), '--data', dataDir])).code).toBe(0);
    const store = openServerStore(dataDir);
    expect(store.tokens.list().map((t) => t.name)).toEqual(['jane', 'x'.repeat(60)]);
    store.close();
  });

  it('says what is missing: --data, a name, a data folder with no server database', async () => {
    const noData = await cli(['server', 'token', 'list']);
    expect(noData.code).toBe(2);
    expect(noData.stderr).toContain('--data DIR');
    expect((await cli(['server', 'token', 'add', '--data', dataDir])).stderr).toContain('Name the token');
    const missing = await cli(['server', 'token', 'list', '--data', dataDir]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain(`There is no newsroom server data in ${dataDir}`);
    expect(existsSync(dataDir)).toBe(false);
    expect((await cli(['server', 'token', 'remove', 'jane', '--data', dataDir])).code).toBe(2);
  });

  it('refuses a database made by a newer version without changing it', async () => {
    await cli(['server', 'token', 'add', 'jane', '--data', dataDir]);
    const db = new Database(serverDatabaseFile(dataDir));
    db.pragma('user_version = 99');
    db.close();
    const refused = await cli(['server', 'token', 'list', '--data', dataDir]);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('was made by a newer version of Copydesk (schema 99');
    const after = new Database(serverDatabaseFile(dataDir), { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(99);
    after.close();
  });
});

describe('copydesk server', () => {
  it('refuses a port that is not a number, and one already in use, leaving the folder free', async () => {
    const notANumber = await cli(['server', '--data', dataDir, '--port', 'eighty']);
    expect(notANumber.code).toBe(2);
    expect(notANumber.stderr).toContain('"eighty" is not a port number');

    const other = await startNewsroomServer({ dataDir: join(dir, 'other'), port: 0, host: '127.0.0.1', log: () => undefined });
    try {
      const busy = await cli(['server', '--data', dataDir, '--port', String(other.port)]);
      expect(busy.code).toBe(3);
      expect(busy.stderr).toContain(`Port ${other.port} on 127.0.0.1 is already in use`);
    } finally {
      await other.stop();
    }
    // The refused start let go of the folder.
    const server = await startNewsroomServer({ dataDir, port: 0, host: '127.0.0.1', log: () => undefined });
    await server.stop();
  });

  it('refuses a grace period for unused pictures that is not minutes up to a week, starting nothing', async () => {
    for (const grace of ['soon', '1e3', '10081']) {
      const refused = await cli(['server', '--data', dataDir, '--port', '0', '--picture-grace', grace]);
      expect(refused.code, grace).toBe(2);
      expect(refused.stderr).toContain(`"${grace}" is not a grace period: give minutes, 0–10080 (a week).`);
    }
    expect(existsSync(dataDir)).toBe(false);
  });
});
