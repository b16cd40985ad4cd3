import { clipboard, ClipboardItem, dialog, type BrowserWindow } from 'electron';
import type { Desktop } from '../api/desktop';

/**
 * The clipboard and the native save and folder dialogs, for the API service.
 * Dialogs are attached to the app window when there is one, so they stay on
 * top of it.
 */
export function createDesktopCapabilities(getWindow: () => BrowserWindow | null): Desktop {
  return {
    async writeClipboard({ html, text }) {
      // Both flavours in one item: a rich editor pastes the HTML, a plain one the source.
      const flavours: Record<string, string> = { 'text/plain': text };
      if (html !== undefined) flavours['text/html'] = html;
      await clipboard.write([new ClipboardItem(flavours)]);
    },
    async chooseSaveFile(defaultName) {
      const options = {
        title: 'Save the HTML',
        defaultPath: defaultName,
        filters: [{ name: 'HTML', extensions: ['html'] }],
      };
      const window = getWindow();
      const result = window === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(window, options);
      return result.canceled || result.filePath === undefined || result.filePath === '' ? null : result.filePath;
    },
    async chooseFolder() {
      const options = {
        title: 'Export the stories into a folder',
        buttonLabel: 'Export here',
        properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'>,
      };
      const window = getWindow();
      const result = window === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(window, options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
