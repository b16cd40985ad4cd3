import { randomBytes } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { profilePaths } from '../../../src/main/profile/profile-dir';
import { pngBytes } from '../../support/image-bytes';
import { articleDocx, damagedDocx, pdfBytes, plainZip } from '../import/word-fixtures';
import { dumpDatabase, makeTempDir, removeTempDir } from '../store/store-fixtures';
import { cli, seedProfile } from './cli-fixtures';

let dir: string;
let profile: Awaited<ReturnType<typeof seedProfile>>;

beforeEach(async () => {
  dir = await makeTempDir();
  profile = await seedProfile(dir);
});
afterEach(() => removeTempDir(dir));

async function write(name: string, bytes: Uint8Array | Promise<Uint8Array>): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, await bytes);
  return file;
}

const imageFiles = () => readdirSync(profilePaths(dir).images).sort();

describe('copydesk import of a file that is neither a web page nor a Word document', () => {
  const cases: Array<[string, () => Uint8Array | Promise<Uint8Array>, string]> = [
    ['report.pdf', () => pdfBytes, 'is a PDF document, not a web page or a Word document (.docx).'],
    ['photo.png', () => pngBytes(800, 600), 'is a picture (PNG), not a web page or a Word document (.docx).'],
    ['photo.jpg', () => Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]), 'is a picture (JPEG), not a web page'],
    ['archive.zip', plainZip, 'is a ZIP archive, not a web page or a Word document (.docx).'],
    ['cut.docx', damagedDocx, 'is a damaged ZIP file'],
    ['junk.html', () => randomBytes(50_000), 'is binary data of a kind Copydesk does not know (not text), not a web page'],
    ['disguised.html', async () => new Uint8Array([...new TextEncoder().encode('<html><body><p>Hello</p>'), ...(await plainZip())]), 'is binary data'],
  ];
  for (const [name, bytes, message] of cases) {
    it(`refuses ${name} with exit 3, naming it and what it is, and imports nothing, not even the good file given with it`, async () => {
      const before = dumpDatabase(profile.file);
      const images = imageFiles();
      const good = await write('good.html', new TextEncoder().encode('<article><h1>A good page</h1><p>Fine.</p></article>'));
      const run = await cli(['import', good, await write(name, bytes()), '--profile', dir]);
      expect(run.code).toBe(3);
      expect(run.stderr).toContain(`“${name}” ${message}`);
      expect(run.stderr).toContain('Nothing was imported.');
      expect(run.stdout).toBe('');
      expect(dumpDatabase(profile.file)).toBe(before);
      expect(imageFiles()).toEqual(images);
    });
  }

  it('imports a Word document named .txt and a web page named .txt, as what they are', async () => {
    const word = await write('piece.txt', articleDocx());
    const page = await write('page.txt', new TextEncoder().encode('<!doctype html><html><body><article><h1>Named wrongly</h1><p>Still a page.</p></article></body></html>'));
    const run = await cli(['import', word, page, '--json', '--profile', dir]);
    expect(run.code, run.stderr).toBe(0);
    const headlines = (JSON.parse(run.stdout) as { imported: { headline: string }[] }).imported.map((entry) => entry.headline);
    expect(headlines).toEqual(['Trust managers to lead', 'Named wrongly']);
  });
});
