import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readStoryFileKind } from '../../../src/main/import/story-file-kind';
import { pngBytes } from '../../support/image-bytes';
import { makeTempDir, removeTempDir } from '../store/store-fixtures';
import { articleDocx, damagedDocx, pdfBytes, plainZip } from './word-fixtures';

const PAGE = '<!doctype html><html><head><title>Pay</title></head><body><article><h1>Café talks resume</h1><p>Talks resumed today.</p></article></body></html>';
const utf8 = (text: string) => new TextEncoder().encode(text);

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(() => removeTempDir(dir));

async function refusal(fileName: string, bytes: Uint8Array): Promise<string> {
  try {
    await readStoryFileKind(fileName, bytes);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${fileName} was taken for a story`);
}

/** A real SQLite database file, as a library or another program's data would be. */
function sqliteFile(): Uint8Array {
  const file = join(dir, 'library.db');
  const db = new Database(file);
  db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
  db.close();
  return readFileSync(file);
}

describe('telling what a file is by its bytes', () => {
  const refused: Array<[string, () => Uint8Array | Promise<Uint8Array>, string]> = [
    ['report.pdf', () => pdfBytes, '“report.pdf” is a PDF document, not a web page or a Word document (.docx).'],
    ['photo.jpg', () => Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]), '“photo.jpg” is a picture (JPEG), not a web page'],
    ['chart.html', () => pngBytes(640, 480), '“chart.html” is a picture (PNG), not a web page'],
    ['archive.zip', plainZip, '“archive.zip” is a ZIP archive, not a web page or a Word document (.docx).'],
    ['cut.docx', damagedDocx, '“cut.docx” is a damaged ZIP file'],
    ['story.html.gz', () => gzipSync(PAGE), '“story.html.gz” is a compressed archive (gzip), not a web page'],
    ['library.db', sqliteFile, '“library.db” is a database file (SQLite), not a web page'],
    ['node.html', () => readFileSync(process.execPath).subarray(0, 4096), 'is a program ('],
    ['junk.html', () => randomBytes(20_000), '“junk.html” is binary data of a kind Copydesk does not know (not text), not a web page'],
    ['notes.html', () => utf8('Minutes of the board meeting.\nPay talks resume on Monday.'), '“notes.html” is plain text with no web page markup'],
    ['logo.html', () => utf8('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><rect width="4" height="4"/></svg>'), '“logo.html” is a picture (SVG)'],
  ];
  for (const [name, bytes, message] of refused) {
    it(`refuses ${name}, naming it and what it is`, async () => {
      expect(await refusal(name, await bytes())).toContain(message);
    });
  }

  it('refuses a page whose markup is followed by binary data (a web page header on another file)', async () => {
    const polyglot = new Uint8Array([...utf8(PAGE), ...(await articleDocx())]);
    expect(await refusal('disguised.html', polyglot)).toContain('is binary data of a kind Copydesk does not know (not text)');
  });

  it('takes a Word document and a web page whatever their names say', async () => {
    expect((await readStoryFileKind('piece.txt', await articleDocx())).kind).toBe('word');
    expect(await readStoryFileKind('page.txt', utf8(PAGE))).toEqual({ kind: 'html', text: PAGE });
  });

  it('decodes a page saved as UTF-16, or in Windows-1252 with or without its charset declared', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(PAGE, 'utf16le')]);
    expect(await readStoryFileKind('utf16.html', utf16)).toEqual({ kind: 'html', text: PAGE });
    const legacy = (head: string) => Buffer.from(`<html><head>${head}</head><body><p>Caf\u00e9 \u2019 talks</p></body></html>`.replace('\u2019', '\u0092'), 'latin1');
    for (const head of ['<meta charset="windows-1252">', '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', '']) {
      const file = await readStoryFileKind('legacy.html', legacy(head));
      expect(file.kind).toBe('html');
      expect(file.kind === 'html' && file.text).toContain('Café ’ talks');
    }
  });
});
