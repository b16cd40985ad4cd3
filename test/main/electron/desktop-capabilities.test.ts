import { beforeEach, describe, expect, it } from 'vitest';
import type { BrowserWindow as RealBrowserWindow } from 'electron';
import { createDesktopCapabilities } from '../../../src/main/electron/desktop-capabilities';
import { BrowserWindow, clipboard, dialog, resetElectronDouble } from '../../doubles/electron';

beforeEach(() => resetElectronDouble());

describe('the desktop capabilities the glue gives the API', () => {
  it('puts the HTML and its source on the clipboard in one write', async () => {
    const desktop = createDesktopCapabilities(() => null);
    await desktop.writeClipboard({ html: '<p>A &amp; B</p>', text: '<p>A &amp; B</p>\n' });
    await desktop.writeClipboard({ text: 'source only' });
    expect(clipboard.written).toEqual([
      [{ 'text/plain': '<p>A &amp; B</p>\n', 'text/html': '<p>A &amp; B</p>' }],
      [{ 'text/plain': 'source only' }],
    ]);
  });

  it('asks for a file over the app window and maps cancel to null', async () => {
    const window = new BrowserWindow({});
    const desktop = createDesktopCapabilities(() => window as unknown as RealBrowserWindow);
    dialog.saveReplies.push({ canceled: false, filePath: '/home/ed/story.html' }, { canceled: true, filePath: '' });
    expect(await desktop.chooseSaveFile('story.html')).toBe('/home/ed/story.html');
    expect(await desktop.chooseSaveFile('story.html')).toBeNull();
    expect(dialog.asked[0]).toMatchObject({ kind: 'save', parent: window, options: { defaultPath: 'story.html' } });
  });

  it('asks for a folder that may be created, and maps cancel to null', async () => {
    const desktop = createDesktopCapabilities(() => null);
    dialog.openReplies.push({ canceled: false, filePaths: ['/home/ed/site'] });
    expect(await desktop.chooseFolder()).toBe('/home/ed/site');
    expect(await desktop.chooseFolder()).toBeNull();
    expect(dialog.asked[0]!.options).toMatchObject({ properties: ['openDirectory', 'createDirectory'] });
  });
});
