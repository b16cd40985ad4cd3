import type { MenuItemConstructorOptions } from 'electron';
import type { ShellCommand } from '../../shared/api/contract';

/**
 * The application menu. Shortcuts the page owns (it handles them itself, so
 * they work in the browser preview too) are shown but not registered, so a
 * key press never fires twice.
 */
export function buildMenuTemplate(options: {
  isMac: boolean;
  isDev: boolean;
  send: (command: ShellCommand) => void;
}): MenuItemConstructorOptions[] {
  const { isMac, isDev, send } = options;
  const command = (label: string, accelerator: string, name: ShellCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    registerAccelerator: false,
    click: () => send(name),
  });

  const template: MenuItemConstructorOptions[] = [];
  if (isMac) template.push({ role: 'appMenu' });
  template.push(
    {
      label: '&File',
      submenu: [
        command('New Story', 'CmdOrCtrl+N', 'new-story'),
        command('Library', 'CmdOrCtrl+Shift+L', 'show-library'),
        { type: 'separator' },
        command('Export…', 'CmdOrCtrl+E', 'export'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'delete' },
        { type: 'separator' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        ...(isDev ? [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, { type: 'separator' } as const] : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: '&Help',
      role: 'help',
      submenu: [command('Keyboard Shortcuts', 'CmdOrCtrl+/', 'show-shortcuts')],
    },
  );
  return template;
}
