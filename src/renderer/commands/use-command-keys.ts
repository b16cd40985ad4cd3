import { useEffect, useRef } from 'react';
import { commandList, type CommandFacts, type CommandId } from '../../shared/commands/command-list';
import { matchesChord } from '../../shared/commands/key-chord';
import { isMac, isTypingTarget } from '../ui/keyboard';
import type { CommandRegistry } from './command-registry';

/** The editor's own keys are matched inside the editor, which sees them first; every other command's keys are heard here. */
const pageCommands = (commandList as readonly CommandFacts[]).filter((command) => command.scope !== 'editor');

/** The one page-wide key listener for commands: a key runs its command when the screen showing has bound it. */
export function useCommandKeys(registry: CommandRegistry, run: (id: CommandId) => void): void {
  const latestRun = useRef(run);
  useEffect(() => {
    latestRun.current = run;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      for (const command of pageCommands) {
        const chord = command.keys.find((c) => matchesChord(c, event, isMac));
        if (chord === undefined) continue;
        // A key without a modifier ("/") types itself into a field.
        if (!chord.primary && isTypingTarget(event.target)) continue;
        const id = command.id as CommandId;
        if (registry.binding(id) === undefined) continue;
        event.preventDefault();
        latestRun.current(id);
        return;
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [registry]);
}
