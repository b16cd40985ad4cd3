import { BrowserWindow, screen, shell, type WebContents } from 'electron';
import { IPC_COMMAND_CHANNEL, type ShellCommand } from '../../shared/api/contract';
import { isAppUrl } from './app-origin';
import { isSafeExternalUrl } from './external-url';
import { mainWindowOptions } from './window-options';
import { boundsForDisplays, readWindowState, writeWindowState } from './window-state';

/**
 * Applied to every web contents the app creates: the page may never navigate
 * away or open windows. Safe http(s)/mailto links go to the system browser.
 */
export function guardWebContents(contents: WebContents, allowedOrigins: readonly string[]): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url, allowedOrigins)) return;
    event.preventDefault();
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, allowedOrigins)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/** How long after asking the page to save a second close goes straight through. */
export const CLOSE_ANSWER_MS = 10_000;

/**
 * Closing (the window's button, the menu, app quit) waits for the page to
 * save: the first close is held and the page gets 'flush-and-close'; it saves
 * what is pending (asking the person if that fails) and closes the window
 * itself, which then goes through. A second close soon after also goes
 * through, so a page that cannot answer never keeps the window open, and a
 * page that has crashed is not waited for.
 */
export function holdCloseUntilSaved(window: BrowserWindow, now: () => number = Date.now): void {
  let askedAt = Number.NEGATIVE_INFINITY;
  let pageGone = false;
  window.webContents.on('render-process-gone', () => {
    pageGone = true;
  });
  window.on('close', (event) => {
    if (pageGone || now() - askedAt < CLOSE_ANSWER_MS) return;
    event.preventDefault();
    askedAt = now();
    const command: ShellCommand = 'flush-and-close';
    window.webContents.send(IPC_COMMAND_CHANNEL, command);
  });
}

export function createMainWindow(options: { preloadPath: string; windowStateFile: string; url: string }): BrowserWindow {
  const saved = readWindowState(options.windowStateFile);
  const workAreas = screen.getAllDisplays().map((d) => d.workArea);
  const window = new BrowserWindow(mainWindowOptions(options.preloadPath, boundsForDisplays(saved, workAreas)));
  if (saved?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  holdCloseUntilSaved(window);
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    try {
      writeWindowState(options.windowStateFile, { ...bounds, maximized: window.isMaximized() });
    } catch {
      // A read-only profile must not stop the window from closing.
    }
  });
  void window.loadURL(options.url);
  return window;
}
