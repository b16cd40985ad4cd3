import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { CommandId } from '../../shared/commands/command-list';
import { useToasts } from '../ui/toasts';
import { createCommandRegistry, unavailableReason, type CommandBinding, type CommandRegistry } from './command-registry';
import { useCommandKeys } from './use-command-keys';

const CommandsContext = createContext<{ registry: CommandRegistry; run: (id: CommandId) => void } | null>(null);

/** Holds what each command runs (bound by the screens with useCommand) and listens for their keys. */
export function CommandsProvider({ children }: { children: ReactNode }) {
  const [registry] = useState(createCommandRegistry);
  const toasts = useToasts();
  // When a command cannot run, a notice says why rather than nothing happening.
  const run = useCallback(
    (id: CommandId) => {
      const reason = unavailableReason(registry, id);
      if (reason === null) registry.binding(id)?.run();
      else toasts.show({ message: reason });
    },
    [registry, toasts],
  );
  useCommandKeys(registry, run);
  const value = useMemo(() => ({ registry, run }), [registry, run]);
  return <CommandsContext.Provider value={value}>{children}</CommandsContext.Provider>;
}

function useCommandsContext() {
  const context = useContext(CommandsContext);
  if (context === null) throw new Error('Commands need a CommandsProvider above them');
  return context;
}

export function useCommandRegistry(): CommandRegistry {
  return useCommandsContext().registry;
}

/** Runs a command by id (the menu, the palette); when it cannot run, a notice says why. */
export function useRunCommand(): (id: CommandId) => void {
  const context = useCommandsContext();
  return useCallback((id: CommandId) => context.run(id), [context]);
}

/** Binds what a command runs while the calling component is mounted; the latest render's functions are used. */
export function useCommand(id: CommandId, run: () => void, unavailable?: () => string | null): void {
  const registry = useCommandRegistry();
  const latest = useRef<CommandBinding>({ run, unavailable });
  useEffect(() => {
    latest.current = { run, unavailable };
  });
  useEffect(() => registry.bind(id, () => latest.current), [registry, id]);
}
