import { commandGroups, commandList, keyHints, type CommandFacts, type CommandGroup, type KeyHint } from '../../shared/commands/command-list';
import { chordLabel, type KeyChord } from '../../shared/commands/key-chord';

export type HelpSheetGroup = { title: CommandGroup; shortcuts: Array<{ keys: string; action: string }> };

/** Chords as one label: "Ctrl+F  or  /" (the spaces set the keys apart on the sheet; a tooltip passes ' or '). */
export function chordsLabel(chords: readonly KeyChord[], isMac: boolean, or = '  or  '): string {
  return chords.map((chord) => chordLabel(chord, isMac)).join(or);
}

export function keysLabel(command: Pick<CommandFacts, 'keys'>, isMac: boolean): string {
  return chordsLabel(command.keys, isMac);
}

function hintLabel(keys: KeyHint['keys'], isMac: boolean): string {
  if (typeof keys === 'string') return keys;
  if ('mac' in keys) return isMac ? keys.mac : keys.other;
  return chordsLabel(keys, isMac);
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
        .map((hint) => ({ keys: hintLabel(hint.keys, isMac), action: hint.title })),
    ],
  }));
}
