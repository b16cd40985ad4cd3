import { commandGroups, commandList, keyHints, type CommandFacts, type CommandGroup } from '../../shared/commands/command-list';
import { chordLabel } from '../../shared/commands/key-chord';

export type HelpSheetGroup = { title: CommandGroup; shortcuts: Array<{ keys: string; action: string }> };

/** A command's chords as one label: "Ctrl+F  or  /". */
export function keysLabel(command: Pick<CommandFacts, 'keys'>, isMac: boolean): string {
  return command.keys.map((chord) => chordLabel(chord, isMac)).join('  or  ');
}

/** The shortcut help sheet: every command that has keys, then the keys that work inside one control, by group. */
export function helpSheetGroups(isMac: boolean): HelpSheetGroup[] {
  const commands: readonly CommandFacts[] = commandList;
  return commandGroups.map((group) => ({
    title: group,
    shortcuts: [
      ...commands
        .filter((command) => command.group === group && command.keys.length > 0)
        .map((command) => ({ keys: keysLabel(command, isMac), action: command.detail === undefined ? command.title : `${command.title} (${command.detail})` })),
      ...keyHints
        .filter((hint) => hint.group === group)
        .map((hint) => ({ keys: typeof hint.keys === 'string' ? hint.keys : isMac ? hint.keys.mac : hint.keys.other, action: hint.title })),
    ],
  }));
}
