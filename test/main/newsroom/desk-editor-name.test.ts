import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewsroomServer } from '../../../src/server/newsroom-server';
import { addToken } from '../../../src/server/newsroom-tokens';
import { cli } from '../cli/cli-fixtures';
import { libraryQuery, makeTempDir, removeTempDir } from '../store/store-fixtures';
import { editDocument, serveDesk, withProfile, writeStory } from './desk-fixtures';

let dirs: string[];
let server: NewsroomServer | null;

beforeEach(() => {
  dirs = [];
  server = null;
});
afterEach(async () => {
  await server?.stop();
  for (const dir of dirs) await removeTempDir(dir);
});

async function tempDir(): Promise<string> {
  const dir = await makeTempDir();
  dirs.push(dir);
  return dir;
}

const sync = (dir: string, ...args: string[]) => cli(['sync', ...args, '--profile', dir]);

describe('the editor’s name on the desk', () => {
  it('is given on joining, shown by sync status, and names their changes in the other profiles’ history and library', async () => {
    const data = await tempDir();
    const janeToken = addToken(data, 'jane', new Date());
    const amirToken = addToken(data, 'amir', new Date());
    server = await serveDesk(data);
    const jane = await tempDir();
    const amir = await tempDir();
    const id = writeStory(jane, 'Ward closures', 'Three wards closed.');
    withProfile(amir, () => undefined);

    expect(await sync(jane, 'join', server.url, `--token=${janeToken}`, '--name', 'Jane Smith')).toMatchObject({ code: 0 });
    expect(await sync(amir, 'join', server.url, `--token=${amirToken}`, '--name', 'Amir Khan')).toMatchObject({ code: 0 });
    const status = await sync(jane, 'status', '--json');
    expect(JSON.parse(status.stdout)).toMatchObject({ joined: true, editorName: 'Jane Smith' });
    expect((await sync(jane, 'status')).stdout).toContain('Your name on the desk: Jane Smith\n');
    expect(await sync(jane, 'status', '--name', 'Someone')).toMatchObject({ code: 2 });

    // The body is sent as it was: a part sent unchanged names nobody.
    editDocument(jane, id, { headline: 'Ward closures spread', body: withProfile(jane, (store) => store.getStory(id).body) });
    editDocument(jane, id, { standfirst: 'Three more wards close in the spring.' });
    expect(await sync(jane, 'now')).toMatchObject({ code: 0 });
    expect(await sync(amir, 'now')).toMatchObject({ code: 0 });

    withProfile(amir, (store) => {
      expect(store.getStory(id).headline).toBe('Ward closures spread');
      const fromDesk = store.revisions.list(id).filter((kept) => kept.reason === 'desk');
      expect(fromDesk.map((kept) => kept.deskChanges)).toEqual([[{ editor: 'Jane Smith', parts: ['headline', 'standfirst'] }]]);
      expect(store.listStories(libraryQuery()).rows[0]!.changedOnDesk).toEqual({ editors: ['Jane Smith'] });
    });
  });

  it('is changed with sync name, for the changes made from then on; refused on a profile that has not joined', async () => {
    const data = await tempDir();
    const token = addToken(data, 'jane', new Date());
    const amirToken = addToken(data, 'amir', new Date());
    server = await serveDesk(data);
    const jane = await tempDir();
    const amir = await tempDir();
    const id = writeStory(jane, 'Ward closures', 'Three wards closed.');
    withProfile(amir, () => undefined);
    expect(await sync(jane, 'name', 'Jane Smith')).toMatchObject({ code: 3, stderr: expect.stringContaining('This profile has not joined a desk') });

    expect(await sync(jane, 'join', server.url, `--token=${token}`, '--name', 'J. Smith')).toMatchObject({ code: 0 });
    expect(await sync(amir, 'join', server.url, `--token=${amirToken}`)).toMatchObject({ code: 0 });
    editDocument(jane, id, { headline: 'Ward closures spread' });
    expect(await sync(jane, 'now')).toMatchObject({ code: 0 });
    expect(await sync(amir, 'now')).toMatchObject({ code: 0 });

    const renamed = await sync(jane, 'name', 'Jane Smith', '--json');
    expect(renamed).toMatchObject({ code: 0 });
    expect(JSON.parse(renamed.stdout)).toEqual({ editorName: 'Jane Smith' });
    expect(JSON.parse((await sync(jane, 'status', '--json')).stdout)).toMatchObject({ editorName: 'Jane Smith' });
    expect(await sync(jane, 'name', '   ')).toMatchObject({ code: 3, stderr: expect.stringContaining('Give your name as the other editors should see it') });

    editDocument(jane, id, { standfirst: 'Three more wards close in the spring.' });
    expect(await sync(jane, 'now')).toMatchObject({ code: 0 });
    expect(await sync(amir, 'now')).toMatchObject({ code: 0 });
    // What Jane changed before keeps the name it was made under.
    const fromDesk = withProfile(amir, (store) => store.revisions.list(id).filter((kept) => kept.reason === 'desk').map((kept) => kept.deskChanges));
    expect(fromDesk).toEqual([[{ editor: 'Jane Smith', parts: ['standfirst'] }], [{ editor: 'J. Smith', parts: ['headline'] }]]);
  });
});
