import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../../src/main/electron/menu-template';
import {
  boundsForDisplays,
  DEFAULT_SIZE,
  readWindowState,
  writeWindowState,
} from '../../../src/main/electron/window-state';
import type { ShellCommand } from '../../../src/shared/api/contract';

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((m) => m.label?.replace('&', '') === label);
  return menu?.submenu as MenuItemConstructorOptions[];
}

describe('application menu', () => {
  const sent: ShellCommand[] = [];
  const template = buildMenuTemplate({ isMac: false, isDev: false, send: (c) => sent.push(c) });

  it('has File, Edit, View and Help', () => {
    expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it('sends File commands to the page, which owns their shortcuts', () => {
    const file = submenu(template, 'File');
    expect(file.filter((i) => i.label).map((i) => [i.label, i.accelerator])).toEqual([
      ['New Story', 'CmdOrCtrl+N'],
      ['Library', 'CmdOrCtrl+Shift+L'],
      ['Export…', 'CmdOrCtrl+E'],
    ]);
    expect(file.every((i) => i.registerAccelerator !== true)).toBe(true);
    for (const item of file) (item.click as (() => void) | undefined)?.();
    expect(sent).toEqual(['new-story', 'show-library', 'export']);
    expect(file.at(-1)!.role).toBe('quit');
  });

  it('uses the standard edit roles', () => {
    expect(submenu(template, 'Edit').map((i) => i.role).filter(Boolean)).toEqual([
      'undo', 'redo', 'cut', 'copy', 'paste', 'pasteAndMatchStyle', 'delete', 'selectAll',
    ]);
  });

  it('offers developer tools only in development', () => {
    expect(submenu(template, 'View').some((i) => i.role === 'toggleDevTools')).toBe(false);
    const dev = buildMenuTemplate({ isMac: false, isDev: true, send: () => {} });
    expect(submenu(dev, 'View').some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('starts with the app menu on macOS', () => {
    expect(buildMenuTemplate({ isMac: true, isDev: false, send: () => {} })[0]!.role).toBe('appMenu');
  });
});

describe('window size and position', () => {
  const screen = { x: 0, y: 0, width: 1920, height: 1080 };

  it('restores a saved position that is on a display', () => {
    const saved = { x: 100, y: 50, width: 1200, height: 800, maximized: false };
    expect(boundsForDisplays(saved, [screen])).toEqual({ x: 100, y: 50, width: 1200, height: 800 });
  });

  it('falls back when the saved display is gone', () => {
    const saved = { x: 3000, y: 50, width: 1200, height: 800, maximized: false };
    expect(boundsForDisplays(saved, [screen])).toEqual(DEFAULT_SIZE);
  });

  it('fits the default to a small display', () => {
    expect(boundsForDisplays(null, [{ x: 0, y: 0, width: 1280, height: 720 }])).toEqual({ width: 1280, height: 720 });
  });

  it('round-trips through the profile and ignores a damaged file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-window-'));
    const file = join(dir, 'window-state.json');
    expect(readWindowState(file)).toBeNull();
    writeWindowState(file, { x: 10, y: 20, width: 1000, height: 700, maximized: true });
    expect(readWindowState(file)).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
    writeFileSync(file, '{"x": "left"');
    expect(readWindowState(file)).toBeNull();
  });
});
