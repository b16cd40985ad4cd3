import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../src/main/electron/menu-template';
import type { ShellCommand } from '../../../src/shared/api/contract';
import { commandFacts, commandIds, commandList, type CommandFacts, type CommandId } from '../../../src/shared/commands/command-list';
import { chordAccelerator } from '../../../src/shared/commands/key-chord';

function commandItems(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((menu) => (menu.submenu as MenuItemConstructorOptions[] | undefined) ?? []).filter((item) => item.click !== undefined);
}

describe('the application menu and the command list', () => {
  for (const isMac of [false, true]) {
    it(`sends only commands the page knows, labelled and keyed as the list says (${isMac ? 'macOS' : 'Windows and Linux'})`, () => {
      const sent: ShellCommand[] = [];
      const items = commandItems(buildMenuTemplate({ isMac, isDev: false, send: (command) => sent.push(command) }));
      for (const item of items) (item.click as () => void)();
      expect(sent.length).toBe(items.length);
      sent.forEach((id, index) => {
        expect(commandIds).toContain(id);
        const facts = commandFacts(id as CommandId);
        expect(items[index]!.label).toBe(facts.menu?.label ?? facts.title);
        expect(items[index]!.accelerator).toBe(facts.keys[0] === undefined ? undefined : chordAccelerator(facts.keys[0]));
      });
    });
  }

  it('has every command that asks for a menu place', () => {
    const sent: ShellCommand[] = [];
    for (const item of commandItems(buildMenuTemplate({ isMac: false, isDev: false, send: (command) => sent.push(command) }))) (item.click as () => void)();
    const wanted = (commandList as readonly CommandFacts[]).filter((c) => c.menu !== undefined).map((c) => c.id);
    expect([...sent].sort()).toEqual([...wanted].sort());
  });
});
