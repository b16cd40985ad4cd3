import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { profilePaths } from '../../../src/main/profile/profile-dir';
import { openStore } from '../../../src/main/store/store';
import { dumpDatabase, makeTempDir, removeTempDir } from '../store/store-fixtures';
import { articleDocx, damagedDocx, plainZip, trackedChangesDocx } from '../import/word-fixtures';
import { cli, seedProfile } from './cli-fixtures';

let dir: string;
let profile: Awaited<ReturnType<typeof seedProfile>>;

beforeEach(async () => {
  dir = await makeTempDir();
  profile = await seedProfile(dir);
});
afterEach(() => removeTempDir(dir));

function imageFiles(): string[] {
  return readdirSync(profilePaths(dir).images).filter((name) => !name.startsWith('.')).sort();
}

async function write(name: string, bytes: Uint8Array | Promise<Uint8Array>): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, await bytes);
  return file;
}

describe('copydesk import FILE.docx', () => {
  it('makes a new story of a Word document, with its pictures, and says what was left out', async () => {
    const file = await write('piece.docx', articleDocx({ pictures: 2 }));
    const run = await cli(['import', file, '--section', 'Opinion', '--json', '--profile', dir]);
    expect(run.code).toBe(0);
    const [entry] = (JSON.parse(run.stdout) as { imported: { id: string; headline: string; action: string; warnings: string[] }[] }).imported;
    expect(entry).toMatchObject({ headline: 'Trust managers to lead', action: 'created' });
    expect(entry!.warnings).toContain('2 comments left out.');
    expect(run.stderr).toContain('piece.docx: warning: 2 comments left out.');

    const store = openStore({ file: profile.file, Database });
    try {
      const story = store.getStory(entry!.id);
      expect(story).toMatchObject({ section: 'Opinion', standfirst: 'Boards should let managers manage' });
      const images = story.body!.root.children.filter((node) => node.type === 'image') as unknown as { sha256: string }[];
      expect(images).toHaveLength(2);
      for (const image of images) expect(store.images.has(image.sha256)).toBe(true);
    } finally {
      store.close();
    }
    expect(imageFiles()).toHaveLength(4); // the seeded two and the document's two
  });

  it('reports tracked changes accepted, in the summary line too', async () => {
    const run = await cli(['import', await write('changes.docx', trackedChangesDocx()), '--profile', dir]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('changes.docx: warning: Tracked changes accepted: 2 insertions kept, 1 deletion taken out.');
    expect(run.stderr).toContain('Imported 1 story: 1 new');
  });

  it('imports a Word document named .html as a Word document', async () => {
    const run = await cli(['import', await write('piece.html', articleDocx()), '--json', '--profile', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('"headline":"Trust managers to lead"');
  });

  for (const [name, bytes, message] of [
    ['cut.docx', damagedDocx(), 'is a damaged ZIP file'],
    ['archive.docx', plainZip(), 'is a ZIP archive, not a web page or a Word document (.docx).'],
  ] as const) {
    it(`refuses ${name} with exit 3, and imports none of the other files given with it`, async () => {
      const before = dumpDatabase(profile.file);
      const images = imageFiles();
      const good = await write('good.docx', articleDocx({ pictures: 2 }));
      const bad = await write(name, bytes);
      const run = await cli(['import', good, bad, '--profile', dir]);
      expect(run.code).toBe(3);
      expect(run.stderr).toContain(`“${name}” ${message}`);
      expect(run.stderr).toContain('Nothing was imported.');
      expect(dumpDatabase(profile.file)).toBe(before);
      expect(imageFiles()).toEqual(images);
    });
  }
});
