import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowBounds } from './window-state';

/**
 * The main window's options. Every security-relevant preference is spelled
 * out rather than left to Electron's defaults, so a future upgrade or a
 * careless edit cannot weaken it silently (the unit tests pin each one).
 */
export function mainWindowOptions(preloadPath: string, bounds: WindowBounds): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Copydesk',
    backgroundColor: '#f7f6f3',
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    },
  };
}
