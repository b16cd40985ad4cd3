import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiService, type ApiService } from '../../../src/main/api/api-service';
import { detectImageType } from '../../../src/main/images/image-type';
import { openProfile, type OpenProfile } from '../../../src/main/profile/open-profile';
import { MAX_IMAGE_BYTES } from '../../../src/shared/api/contract/images';
import { gifBytes, pngBytes } from '../../support/image-bytes';

let dir: string;
let profile: OpenProfile;
let api: ApiService;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-images-'));
  profile = openProfile({ profileDir: dir, Database });
  api = createApiService({
    store: profile.store,
    settings: profile.settings,
    appVersion: 'test',
    profileDir: profile.profileDir,
    settingsFile: profile.settingsFile,
  });
});

afterEach(() => {
  profile.close();
  rmSync(dir, { recursive: true, force: true });
});

function imageRows() {
  const db = new Database(profile.paths.database, { readonly: true });
  try {
    return db.prepare('SELECT sha256, ext, mime, width, height, byte_size FROM images').all();
  } finally {
    db.close();
  }
}

describe('importImage', () => {
  it('stores the file content-addressed in the profile, records it, and reports its pixel size', async () => {
    const bytes = pngBytes(1600, 900);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const result = await api.dispatch('importImage', { fileName: 'ward.PNG', bytes });
    expect(result).toEqual({ ok: true, value: { sha256, ext: 'png', width: 1600, height: 900, byteSize: bytes.length } });
    expect(readFileSync(join(dir, 'images', `${sha256}.png`))).toEqual(Buffer.from(bytes));
    expect(imageRows()).toEqual([{ sha256, ext: 'png', mime: 'image/png', width: 1600, height: 900, byte_size: bytes.length }]);
  });

  it('stores the same picture once, however often it is added, and leaves no temporary files', async () => {
    const bytes = gifBytes(20, 10);
    await api.dispatch('importImage', { fileName: 'a.gif', bytes });
    const again = await api.dispatch('importImage', { fileName: 'copy of a.gif', bytes });
    expect(again).toMatchObject({ ok: true, value: { ext: 'gif', width: 20, height: 10 } });
    expect(readdirSync(join(dir, 'images'))).toHaveLength(1);
    expect(imageRows()).toHaveLength(1);
  });

  it('goes by the bytes, not the name: a PNG called .jpg is stored as a PNG', async () => {
    const result = await api.dispatch('importImage', { fileName: 'photo.jpg', bytes: pngBytes(2, 2) });
    expect(result).toMatchObject({ ok: true, value: { ext: 'png' } });
  });

  it.each([
    ['an SVG', new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), /not a JPEG, PNG, GIF or WebP/],
    ['a PDF', new TextEncoder().encode('%PDF-1.7 …'), /not a JPEG, PNG, GIF or WebP/],
    ['a truncated PNG', pngBytes(10, 10).slice(0, 12), /could not be read as an image/],
    ['a PNG claiming no pixels', pngBytes(0, 0), /could not be read as an image/],
    ['an empty file', new Uint8Array(0), /empty/],
  ])('refuses %s with a clear message, and stores nothing', async (_what, bytes, message) => {
    const result = await api.dispatch('importImage', { fileName: 'upload', bytes });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((result as { error: { message: string } }).error.message).toMatch(message);
    expect(imageRows()).toEqual([]);
  });

  it('refuses a file over the size cap before reading it', async () => {
    const big = new Uint8Array(MAX_IMAGE_BYTES + 1);
    big.set(pngBytes(10, 10));
    const result = await api.dispatch('importImage', { fileName: 'huge.png', bytes: big });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'bytes' } });
    expect((result as { error: { message: string } }).error.message).toMatch(/larger than 25 MB/);
  });

  it('recognises each accepted format by its signature', () => {
    const ascii = (text: string) => [...text].map((ch) => ch.charCodeAt(0));
    expect(detectImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toEqual({ ext: 'jpg', mime: 'image/jpeg' });
    expect(detectImageType(pngBytes(1, 1))).toEqual({ ext: 'png', mime: 'image/png' });
    expect(detectImageType(gifBytes(1, 1))).toEqual({ ext: 'gif', mime: 'image/gif' });
    expect(detectImageType(new Uint8Array([...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WEBPVP8 ')]))).toEqual({ ext: 'webp', mime: 'image/webp' });
    expect(detectImageType(new Uint8Array([...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WAVEfmt ')]))).toBeNull();
  });
});
