import { describe, expect, it } from 'vitest';
import { commandList, type CommandFacts } from '../../../src/shared/commands/command-list';
import { filterCommands } from '../../../src/renderer/commands/palette-filter';

const commands: readonly CommandFacts[] = commandList;
const titles = (query: string) => filterCommands(commands, query).map((c) => c.title);

describe('filtering the command palette', () => {
  it('lists every command, in order, before anything is typed', () => {
    expect(titles('  ')).toEqual(commands.map((c) => c.title));
  });

  it('puts commands whose words start with what was typed first', () => {
    expect(titles('new')[0]).toBe('New story');
    expect(titles('sub')).toEqual(['Subheading', 'Minor subheading']);
  });

  it('finds a command by another name, its group, or letters in order', () => {
    expect(titles('find')).toContain('Search the library');
    expect(titles('writing bold')).toEqual(['Bold']);
    expect(titles('nst')[0]).toBe('New story');
  });

  it('finds nothing for words no command has', () => {
    expect(titles('zzz')).toEqual([]);
  });
});
