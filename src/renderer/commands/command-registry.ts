import { commandFacts, type CommandId, type CommandScope } from '../../shared/commands/command-list';

/** What a command does on the screen that is showing; `unavailable` says why it cannot run now (null: it can). */
export type CommandBinding = { run: () => void; unavailable?: () => string | null };

/** What each command runs now: the screens showing bind their commands, the latest binding wins. */
export type CommandRegistry = {
  bind: (id: CommandId, binding: () => CommandBinding) => () => void;
  binding: (id: CommandId) => CommandBinding | undefined;
};

export function createCommandRegistry(): CommandRegistry {
  const bindings = new Map<CommandId, Array<() => CommandBinding>>();
  return {
    bind: (id, binding) => {
      bindings.set(id, [...(bindings.get(id) ?? []), binding]);
      return () => bindings.set(id, (bindings.get(id) ?? []).filter((b) => b !== binding));
    },
    binding: (id) => bindings.get(id)?.at(-1)?.(),
  };
}

/** Why a command with nothing bound cannot run: the screen it belongs to is not showing. */
const scopeReasons: Record<CommandScope, string> = {
  app: 'Not available here',
  library: 'Only in the library',
  story: 'Open a story first',
  editor: 'Open a story to use this in its text',
};

/** Null when the command can run now, otherwise the reason it cannot. */
export function unavailableReason(registry: CommandRegistry, id: CommandId): string | null {
  const binding = registry.binding(id);
  if (binding === undefined) return scopeReasons[commandFacts(id).scope];
  return binding.unavailable?.() ?? null;
}
