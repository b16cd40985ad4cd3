import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { commandList, type CommandFacts, type CommandId } from '../../shared/commands/command-list';
import { Icon } from '../ui/Icon';
import { isMac } from '../ui/keyboard';
import { unavailableReason, type CommandRegistry } from './command-registry';
import { keysLabel } from './help-sheet';
import { filterCommands } from './palette-filter';

type PaletteRow = { command: CommandFacts; id: CommandId; keys: string; reason: string | null };

/** The palette lists every command but itself. */
const paletteCommands = (commandList as readonly CommandFacts[]).filter((command) => command.id !== 'command-palette');

/**
 * Every command by name: type to filter, arrows and Enter to run. Commands
 * that cannot run on this screen stay listed, greyed, with the reason.
 * On close, focus goes back where it was before the command runs, so a
 * command for the text runs on the text. Mounted means open.
 */
export function CommandPalette({ registry, onClose }: { registry: CommandRegistry; onClose: (run: CommandId | null) => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  // Read while rendering, before the dialog opens and takes focus.
  const [returnFocus] = useState(() => document.activeElement);
  const [query, setQuery] = useState('');
  // Availability is read once, when the palette opens: nothing else changes while it is open.
  const [reasons] = useState(() => new Map(paletteCommands.map((c) => [c.id, unavailableReason(registry, c.id as CommandId)])));
  const rows = useMemo<PaletteRow[]>(() => {
    const found = filterCommands(paletteCommands, query).map((command) => ({
      command,
      id: command.id as CommandId,
      keys: keysLabel(command, isMac),
      reason: reasons.get(command.id) ?? null,
    }));
    return [...found.filter((row) => row.reason === null), ...found.filter((row) => row.reason !== null)];
  }, [query, reasons]);
  const runnable = rows.filter((row) => row.reason === null);
  const [activeId, setActiveId] = useState<CommandId | null>(null);
  const active = runnable.find((row) => row.id === activeId) ?? runnable[0] ?? null;
  const baseId = useId();
  const listId = `${baseId}-list`;
  const optionId = (id: CommandId) => `${baseId}-${id}`;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) return;
    if (!dialog.open) dialog.showModal();
    return () => dialog.close();
  }, []);

  useEffect(() => {
    if (active === null) return;
    document.getElementById(optionId(active.id))?.scrollIntoView({ block: 'nearest' });
  });

  /** Closes the dialog, gives focus back (it can land only once the dialog is shut), then says what to run. */
  const finish = (run: CommandId | null) => {
    dialogRef.current?.close();
    if (returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus({ preventScroll: true });
    onClose(run);
  };

  const move = (step: number) => {
    if (runnable.length === 0) return;
    const at = active === null ? -1 : runnable.indexOf(active);
    const next = (at + step + runnable.length) % runnable.length;
    setActiveId(runnable[next]!.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const steps: Record<string, () => void> = {
      ArrowDown: () => move(1),
      ArrowUp: () => move(-1),
      Home: () => setActiveId(runnable[0]?.id ?? null),
      End: () => setActiveId(runnable.at(-1)?.id ?? null),
      Enter: () => active !== null && finish(active.id),
    };
    const step = steps[event.key];
    if (step === undefined) return;
    event.preventDefault();
    step();
  };

  return (
    <dialog
      ref={dialogRef}
      className="dialog palette"
      aria-label="Commands"
      onCancel={(event) => {
        event.preventDefault();
        finish(null);
      }}
      onKeyDown={(event) => event.stopPropagation()}
      onClick={(event) => {
        // A click on the backdrop (the dialog itself, outside its content) closes it.
        if (event.target === dialogRef.current) finish(null);
      }}
    >
      <div className="palette__search">
        <Icon name="search" size={16} />
        <input
          className="palette__input"
          type="text"
          role="combobox"
          aria-label="Search commands"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={active === null ? undefined : optionId(active.id)}
          placeholder="Type a command"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActiveId(null);
          }}
          onKeyDown={onKeyDown}
          spellCheck={false}
          autoComplete="off"
          autoFocus
        />
      </div>
      <ul id={listId} className="palette__list" role="listbox" aria-label="Commands">
        {rows.map((row) => (
          <li
            key={row.id}
            id={optionId(row.id)}
            role="option"
            className="palette__option"
            aria-selected={row === active}
            aria-disabled={row.reason !== null}
            aria-labelledby={`${optionId(row.id)}-title`}
            aria-describedby={row.keys === '' ? `${optionId(row.id)}-note` : `${optionId(row.id)}-note ${optionId(row.id)}-keys`}
            onMouseMove={() => row.reason === null && setActiveId(row.id)}
            onClick={() => row.reason === null && finish(row.id)}
          >
            <span className="palette__text">
              <span id={`${optionId(row.id)}-title`} className="palette__title">
                {row.command.title}
              </span>
              <span id={`${optionId(row.id)}-note`} className="palette__group">
                {row.reason ?? row.command.group}
              </span>
            </span>
            {row.keys !== '' && (
              <kbd id={`${optionId(row.id)}-keys`} className="palette__keys">
                {row.keys}
              </kbd>
            )}
          </li>
        ))}
      </ul>
      {rows.length === 0 && (
        <p className="palette__empty" role="status">
          No command matches “{query}”.
        </p>
      )}
    </dialog>
  );
}
