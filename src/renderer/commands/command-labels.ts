import { commandFacts, type CommandId } from '../../shared/commands/command-list';
import { chordAriaKeys, chordLabel, type KeyChord } from '../../shared/commands/key-chord';
import { isMac } from '../ui/keyboard';
import { chordsLabel, keysLabel } from './help-sheet';

/** The command's first shortcut on this platform ("Ctrl+N", "⌘N"), for tooltips and buttons; '' when it has none. */
export function commandShortcut(id: CommandId): string {
  const chord = commandFacts(id).keys[0];
  return chord === undefined ? '' : chordLabel(chord, isMac);
}

/** Every shortcut of the command on this platform ("Ctrl+F  or  /"). */
export function commandKeys(id: CommandId): string {
  return keysLabel(commandFacts(id), isMac);
}

/** Chords as aria-keyshortcuts wants them ("Control+F /"). */
export function ariaKeys(chords: readonly KeyChord[]): string | undefined {
  return chords.length === 0 ? undefined : chords.map((chord) => chordAriaKeys(chord, isMac)).join(' ');
}

export function commandAriaKeys(id: CommandId): string | undefined {
  return ariaKeys(commandFacts(id).keys);
}

/** Chords on this platform for a tooltip: "Esc or Alt+←". */
export function chordsTitle(chords: readonly KeyChord[]): string {
  return chordsLabel(chords, isMac, ' or ');
}

/** "New story (Ctrl+N)": a control's tooltip that teaches its shortcut. */
export function titleWithShortcut(id: CommandId, title: string = commandFacts(id).title): string {
  const shortcut = commandShortcut(id);
  return shortcut === '' ? title : `${title} (${shortcut})`;
}
