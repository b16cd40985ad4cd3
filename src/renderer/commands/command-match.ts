import { commandFacts, type CommandId } from '../../shared/commands/command-list';
import { matchesChord, type KeyPress } from '../../shared/commands/key-chord';
import { isMac } from '../ui/keyboard';

/** True when the key press is one of the command's shortcuts on this platform: for keys heard inside one control (the editor). */
export function matchesCommand(id: CommandId, press: KeyPress): boolean {
  return commandFacts(id).keys.some((chord) => matchesChord(chord, press, isMac));
}
