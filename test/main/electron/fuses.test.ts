import { readFileSync } from 'node:fs';
import { FuseV1Options } from '@electron/fuses';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

/**
 * Every Electron fuse, the value the packaged app must have, and why. A fuse
 * that opens a door is on only when the app needs it; one that hardens the
 * app is on. A fuse a newer Electron adds fails the test until it is given a
 * value and a reason here and in electron-builder.yml.
 */
const fuses: Record<string, { on: boolean; reason: string }> = {
  runAsNode: { on: false, reason: 'the app never runs as plain Node; ELECTRON_RUN_AS_NODE would turn it into a Node shell' },
  enableCookieEncryption: { on: true, reason: 'hardening: cookies on disk are encrypted by the OS' },
  enableNodeOptionsEnvironmentVariable: { on: false, reason: 'NODE_OPTIONS could load code into the main process' },
  enableNodeCliInspectArguments: { on: false, reason: '--inspect or SIGUSR1 would open a debugger on the main process' },
  enableEmbeddedAsarIntegrityValidation: { on: true, reason: 'hardening: app.asar is checked before its code runs' },
  onlyLoadAppFromAsar: { on: true, reason: 'hardening: no app/ folder put beside the archive is loaded' },
  loadBrowserProcessSpecificV8Snapshot: { on: false, reason: 'no browser-process V8 snapshot ships with the app' },
  grantFileProtocolExtraPrivileges: { on: false, reason: 'the app is served from copydesk://app/, never file://' },
};

/** FuseV1Options.GrantFileProtocolExtraPrivileges → grantFileProtocolExtraPrivileges, as electron-builder names them. */
const knownFuses = Object.keys(FuseV1Options)
  .filter((key) => Number.isNaN(Number(key)))
  .map((key) => key[0]!.toLowerCase() + key.slice(1));

function configuredFuses(): Record<string, unknown> {
  const config = load(readFileSync('electron-builder.yml', 'utf8')) as { electronFuses?: Record<string, unknown> };
  return config.electronFuses ?? {};
}

describe('the Electron fuses of the packaged app', () => {
  it('has a value and a reason for every fuse Electron has', () => {
    expect(Object.keys(fuses).sort()).toEqual([...knownFuses].sort());
  });

  it.each(Object.entries(fuses))('sets %s as the app needs it', (name, { on, reason }) => {
    expect(configuredFuses()[name], `${name} must be ${on ? 'on' : 'off'}: ${reason}`).toBe(on);
  });

  it('sets nothing but known fuses', () => {
    expect(Object.keys(configuredFuses()).filter((name) => !knownFuses.includes(name) && name !== 'resetAdHocDarwinSignature')).toEqual([]);
  });
});
