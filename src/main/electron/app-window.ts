import { BrowserWindow, screen, shell, type WebContents } from 'electron';
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

export function createMainWindow(options: { preloadPath: string; windowStateFile: string; url: string }): BrowserWindow {
  const saved = readWindowState(options.windowStateFile);
  const workAreas = screen.getAllDisplays().map((d) => d.workArea);
  const window = new BrowserWindow(mainWindowOptions(options.preloadPath, boundsForDisplays(saved, workAreas)));
  if (saved?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
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
