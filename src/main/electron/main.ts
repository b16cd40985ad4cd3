import { join } from 'node:path';
import { app, dialog, Menu, session, type BrowserWindow } from 'electron';
import { IPC_COMMAND_CHANNEL } from '../../shared/api/contract';
import { EXIT } from '../api/error-report';
import { openOperations, type Operations } from '../api/open-operations';
import { startMaintenance } from '../backup/maintenance';
import { restoreBackup } from '../backup/restore-backup';
import { DamagedProfileError } from '../profile/open-profile';
import { resolveProfileDir } from '../profile/profile-dir';
import { holdProfile, type ProfileLock } from '../profile/profile-lock';
import { APP_ENTRY_URL, APP_ORIGIN, devServerUrl } from './app-origin';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { createMainWindow, guardWebContents } from './app-window';
import { createDesktopCapabilities } from './desktop-capabilities';
import { registerIpcHandlers } from './ipc-bridge';
import { buildMenuTemplate } from './menu-template';
import { electronDatabaseModule, loadElectronDatabase } from '../store/electron-database';
import { isPermissionGranted } from './permission-policy';

const devUrl = devServerUrl(app.isPackaged, process.env);
const allowedOrigins = devUrl === null ? [APP_ORIGIN] : [APP_ORIGIN, devUrl];
let mainWindow: BrowserWindow | null = null;
/** The profile's operations, which the IPC handlers call; its store is replaced when a backup is restored. */
let operations: Operations | null = null;
/**
 * Held from start to quit: a second app or preview, or a command-line restore,
 * is refused meanwhile (also while a damaged database is restored from a backup).
 */
let profileLock: ProfileLock | null = null;
/** A quit waits while the window saves (holdCloseUntilSaved); once it has closed, the quit goes on. */
let quitting = false;

function fail(title: string, error: unknown): void {
  dialog.showErrorBox(title, error instanceof Error ? error.message : String(error));
  app.exit(EXIT.data);
}

/** A damaged or missing database: offer its latest good backup (a damaged file is kept aside, never overwritten), then start again. */
function offerBackup(profileDir: string, message: string, backup: string): void {
  const choice = dialog.showMessageBoxSync({
    type: 'error',
    title: 'Copydesk cannot open its database',
    message,
    buttons: [`Restore ${backup}`, 'Quit'],
    defaultId: 0,
    cancelId: 1,
  });
  if (choice !== 0) {
    app.exit(EXIT.data);
    return;
  }
  restoreBackup(profileDir, backup, loadElectronDatabase(), new Date()).then(
    () => {
      app.relaunch();
      app.exit(EXIT.ok);
    },
    (error: unknown) => fail('Copydesk could not restore the backup', error),
  );
}

function showMainWindow(): void {
  const preloadPath = join(__dirname, '../preload/index.js');
  mainWindow = createMainWindow({
    preloadPath,
    windowStateFile: operations!.paths.windowState,
    url: devUrl ?? APP_ENTRY_URL,
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
    if (quitting) app.quit();
  });
}

function start(): void {
  let profileDir: string;
  try {
    profileDir = resolveProfileDir(process.argv);
  } catch (error) {
    fail('Copydesk cannot start', error);
    return;
  }
  app.setPath('userData', profileDir);
  // Electron keys this lock on userData: one app window per profile, other profiles start their own.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  registerAppScheme();

  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, allowedOrigins));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (mainWindow === null && operations !== null) showMainWindow();
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('will-quit', () => {
    operations?.close();
    profileLock?.release();
  });

  void app.whenReady().then(() => {
    try {
      profileLock = holdProfile(profileDir, 'the Copydesk app', loadElectronDatabase(), 'Opening the profile in Copydesk');
    } catch (error) {
      fail('Copydesk cannot open this profile', error);
      return;
    }
    try {
      operations = openOperations({
        profileDir,
        Database: loadElectronDatabase(),
        appVersion: app.getVersion(),
        door: 'app',
        liveDesk: true,
        desktop: createDesktopCapabilities(() => mainWindow),
      });
    } catch (error) {
      if (error instanceof DamagedProfileError && error.latestGoodBackup !== undefined) {
        offerBackup(profileDir, error.message, error.latestGoodBackup);
        return;
      }
      fail('Copydesk cannot open its database', error);
      return;
    }
    session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
      callback(isPermissionGranted(permission)),
    );
    session.defaultSession.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
    serveAppProtocol(join(__dirname, '../renderer'), operations.paths.images);
    const { context } = operations;
    registerIpcHandlers({
      service: operations,
      allowedOrigins,
      isAppWindow: (event) => mainWindow !== null && event.sender === mainWindow.webContents,
    });

    const template = buildMenuTemplate({
      isMac: process.platform === 'darwin',
      isDev: devUrl !== null,
      send: (command) => mainWindow?.webContents.send(IPC_COMMAND_CHANNEL, command),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
    showMainWindow();
    // Backup, revision thinning and a full integrity check now, then every few hours.
    const maintenance = startMaintenance({
      currentStore: () => context.store,
      profileDir,
      databaseModule: electronDatabaseModule(),
      onProblem: (message) => void dialog.showMessageBox({ type: 'warning', title: 'Copydesk', message }),
    });
    app.on('will-quit', () => maintenance.stop());
  });
}

start();
