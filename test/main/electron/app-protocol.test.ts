import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerAppScheme, serveAppProtocol } from '../../../src/main/electron/app-protocol';
import { resolveAssetPath, resolveImagePath } from '../../../src/main/electron/asset-path';
import { protocol, resetElectronDouble } from '../../doubles/electron';

const root = mkdtempSync(join(tmpdir(), 'copydesk-renderer-'));
const imagesDir = mkdtempSync(join(tmpdir(), 'copydesk-images-'));
const SHA = 'c'.repeat(64);
const PNG = Buffer.from('89504e470d0a1a0a', 'hex');

beforeAll(() => {
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Copydesk</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.db'), 'not for the page');
  writeFileSync(join(imagesDir, `${SHA}.png`), PNG);
  resetElectronDouble();
  registerAppScheme();
  serveAppProtocol(root, imagesDir);
});

describe('asset paths', () => {
  it('maps the app origin to files in the renderer folder', () => {
    expect(resolveAssetPath(root, 'copydesk://app/')).toBe(join(root, 'index.html'));
    expect(resolveAssetPath(root, 'copydesk://app/assets/index-abc.js?v=1')).toBe(join(root, 'assets', 'index-abc.js'));
  });

  it('keeps dot segments inside the folder', () => {
    expect(resolveAssetPath(root, 'copydesk://app/%2e%2e/%2e%2e/etc/hosts.html')).toBe(join(root, 'etc', 'hosts.html'));
  });

  it.each([
    'copydesk://app/../../etc/passwd',
    'copydesk://app/assets/..%2f..%2f..%2fetc%2fpasswd.js',
    'copydesk://app/..%5c..%5cwindows%5cwin.ini.js',
    'copydesk://app/index.html%00.js',
    'copydesk://app/secret.db',
    'copydesk://other/index.html',
    'file:///etc/passwd',
    'copydesk://app/%E0%A4%A.js',
  ])('refuses %s', (url) => expect(resolveAssetPath(root, url)).toBeNull());
});

describe('the copydesk:// protocol', () => {
  it('is registered as a secure standard scheme', () => {
    expect(protocol.privileged).toEqual([
      expect.objectContaining({ scheme: 'copydesk', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
  });

  it('serves the page with the CSP and content type', async () => {
    const response = await protocol.handlers.get('copydesk')!(new Request('copydesk://app/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await response.text()).toContain('<title>Copydesk</title>');
  });

  it('answers 404 for files outside the build or missing', async () => {
    const handler = protocol.handlers.get('copydesk')!;
    expect((await handler(new Request('copydesk://app/secret.db'))).status).toBe(404);
    expect((await handler(new Request('copydesk://app/missing.js'))).status).toBe(404);
  });
});

describe('stored images over copydesk://', () => {
  it('maps exactly images/<sha256>.<ext> into the profile’s images folder', () => {
    expect(resolveImagePath(imagesDir, `copydesk://app/images/${SHA}.png`)).toBe(join(imagesDir, `${SHA}.png`));
  });

  it.each([
    `copydesk://app/images/${SHA}.svg`,
    `copydesk://app/images/${SHA.toUpperCase()}.png`,
    `copydesk://app/images/${SHA.slice(1)}.png`,
    `copydesk://app/images/../secret.db`,
    `copydesk://app/images/%2e%2e%2f${SHA}.png`,
    `copydesk://app/images/sub/${SHA}.png`,
    `copydesk://other/images/${SHA}.png`,
  ])('refuses %s', (url) => expect(resolveImagePath(imagesDir, url)).toBeNull());

  it('serves a stored image with its type, and 404 for anything else under images/', async () => {
    const handler = protocol.handlers.get('copydesk')!;
    const found = await handler(new Request(`copydesk://app/images/${SHA}.png`));
    expect(found.status).toBe(200);
    expect(found.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await found.arrayBuffer())).toEqual(PNG);
    expect((await handler(new Request(`copydesk://app/images/${'d'.repeat(64)}.png`))).status).toBe(404);
    expect((await handler(new Request('copydesk://app/images/index.html'))).status).toBe(404);
  });
});
