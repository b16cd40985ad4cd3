import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../../src/main/electron/window-options';
import { CONTENT_SECURITY_POLICY } from '../../../src/shared/security/content-security-policy';
import { isPermissionGranted } from '../../../src/main/electron/permission-policy';
import { isSafeExternalUrl } from '../../../src/main/electron/external-url';
import { isTrustedSender } from '../../../src/main/electron/sender-check';
import { APP_ORIGIN, devServerUrl, isAppUrl } from '../../../src/main/electron/app-origin';

describe('main window options', () => {
  const prefs = mainWindowOptions('/app/out/preload/index.js', { width: 1200, height: 800 }).webPreferences!;

  it('isolates the page from Node and Electron', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and exotic features off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs.preload).toBe('/app/out/preload/index.js');
  });
});

describe('content security policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values] as const;
    }),
  );

  it('denies by default and loads scripts only from the app itself (and compiles its own WebAssembly: the spelling engine)', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
  });

  it('allows no inline or eval code and no remote hosts anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:|\*/);
  });
});

describe('permission handler', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal', 'fullscreen', 'hid', 'serial', 'usb'])(
    'denies %s',
    (permission) => expect(isPermissionGranted(permission)).toBe(false),
  );
});

describe('external links', () => {
  it.each(['https://www.nhs.uk/news', 'http://example.org/a?b=c', 'mailto:editor@example.org'])('opens %s', (url) =>
    expect(isSafeExternalUrl(url)).toBe(true),
  );
  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'copydesk://app/index.html',
    'https://user:secret@example.org/',
    'mailto:',
    'vbscript:msgbox',
    'not a url',
    `https://example.org/${'a'.repeat(3000)}`,
  ])('refuses %s', (url) => expect(isSafeExternalUrl(url)).toBe(false));
});

describe('IPC sender check', () => {
  const origins = [APP_ORIGIN];
  const good = { frameUrl: 'copydesk://app/index.html#/story/1', isMainFrame: true, fromAppWindow: true };

  it('trusts the app window main frame', () => expect(isTrustedSender(good, origins)).toBe(true));
  it('refuses a subframe', () => expect(isTrustedSender({ ...good, isMainFrame: false }, origins)).toBe(false));
  it('refuses another window', () => expect(isTrustedSender({ ...good, fromAppWindow: false }, origins)).toBe(false));
  it('refuses a destroyed frame', () => expect(isTrustedSender({ ...good, frameUrl: null }, origins)).toBe(false));
  it.each(['https://evil.example/', 'file:///tmp/x.html', 'copydesk://other/index.html', 'http://localhost:5173/'])(
    'refuses a page at %s',
    (frameUrl) => expect(isTrustedSender({ ...good, frameUrl }, origins)).toBe(false),
  );
});

describe('development server', () => {
  it('is used only unpackaged and only on loopback http', () => {
    expect(devServerUrl(false, { ELECTRON_RENDERER_URL: 'http://localhost:5173' })).toBe('http://localhost:5173');
    expect(devServerUrl(true, { ELECTRON_RENDERER_URL: 'http://localhost:5173' })).toBeNull();
    expect(devServerUrl(false, { ELECTRON_RENDERER_URL: 'http://evil.example:5173' })).toBeNull();
    expect(devServerUrl(false, {})).toBeNull();
  });

  it('counts as the app only when configured', () => {
    expect(isAppUrl('http://localhost:5173/', [APP_ORIGIN])).toBe(false);
    expect(isAppUrl('http://localhost:5173/', [APP_ORIGIN, 'http://localhost:5173'])).toBe(true);
  });
});
