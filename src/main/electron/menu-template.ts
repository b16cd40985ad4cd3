import type { MenuItemConstructorOptions } from 'electron';
import type { ShellCommand } from '../../shared/api/contract';
import { commandFacts, type CommandId } from '../../shared/commands/command-list';
import { chordAccelerator } from '../../shared/commands/key-chord';

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
  /** A command from the command list: its label and keys come from there, the page runs it. */
  const command = (id: CommandId): MenuItemConstructorOptions => {
    const facts = commandFacts(id);
    const chord = facts.keys[0];
    return {
      label: facts.menu?.label ?? facts.title,
      ...(chord === undefined ? {} : { accelerator: chordAccelerator(chord) }),
      registerAccelerator: false,
      click: () => send(id),
    };
  };

  const template: MenuItemConstructorOptions[] = [];
  if (isMac) template.push({ role: 'appMenu' });
  template.push(
    {
      label: '&File',
      submenu: [
        command('new-story'),
        command('show-library'),
        { type: 'separator' },
        command('export'),
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
        command('command-palette'),
        { type: 'separator' },
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
      submenu: [command('show-shortcuts')],
    },
  );
  return template;
}
