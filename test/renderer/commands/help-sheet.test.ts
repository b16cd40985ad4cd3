import { describe, expect, it } from 'vitest';
import { commandList, type CommandFacts } from '../../../src/shared/commands/command-list';
import { helpSheetGroups } from '../../../src/renderer/commands/help-sheet';

const commands: readonly CommandFacts[] = commandList;

describe('the shortcut help sheet', () => {
  for (const isMac of [false, true]) {
    it(`lists every command that has keys, under its group, with its keys (${isMac ? 'macOS' : 'Windows and Linux'})`, () => {
      const groups = helpSheetGroups(isMac);
      for (const command of commands.filter((c) => c.keys.length > 0)) {
        const group = groups.find((g) => g.title === command.group);
        const row = group?.shortcuts.find((s) => s.action.startsWith(command.title));
        expect(row, command.id).toBeDefined();
        expect(row!.keys).toContain(isMac ? '⌘' : 'Ctrl+');
      }
    });
  }

  it('shows both ways to search the library', () => {
    const library = helpSheetGroups(false).find((g) => g.title === 'Library')!;
    expect(library.shortcuts).toContainEqual({ keys: 'Ctrl+F  or  /', action: 'Search the library' });
  });
});
