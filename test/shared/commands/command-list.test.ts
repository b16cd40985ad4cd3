import { describe, expect, it } from 'vitest';
import { shellCommands } from '../../../src/shared/api/contract';
import { commandIds, commandList, type CommandFacts } from '../../../src/shared/commands/command-list';
import { chordAccelerator, chordAriaKeys, chordLabel, matchesChord, type KeyChord, type KeyPress } from '../../../src/shared/commands/key-chord';

const commands: readonly CommandFacts[] = commandList;

/** One string per chord: the same keys give the same string. */
const chordKey = (chord: KeyChord) => `${chordAccelerator(chord)}|${chord.code ?? ''}`.toLowerCase();

function press(key: string, modifiers: Partial<KeyPress> = {}): KeyPress {
  return { key, code: '', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers };
}

describe('the command list', () => {
  it('names each command once, with a title and a group', () => {
    expect(new Set(commandIds).size).toBe(commandIds.length);
    for (const command of commands) {
      expect(command.title.trim()).not.toBe('');
      expect(command.id).toMatch(/^[a-z0-9-]+$/);
    }
  });

  it('gives no two commands the same keys where both can be heard', () => {
    // An app-wide command is heard on every screen; two commands of one screen clash with each other.
    const clashes = (a: CommandFacts, b: CommandFacts) => a.scope === b.scope || a.scope === 'app' || b.scope === 'app';
    for (const [i, a] of commands.entries()) {
      for (const b of commands.slice(i + 1)) {
        if (!clashes(a, b)) continue;
        const shared = a.keys.map(chordKey).filter((key) => b.keys.map(chordKey).includes(key));
        expect(shared, `${a.id} and ${b.id}`).toEqual([]);
      }
    }
  });

  it('keeps Ctrl/Cmd+K for the link and puts the palette on Ctrl/Cmd+Shift+P', () => {
    const byAccelerator = new Map(commands.flatMap((c) => c.keys.map((chord) => [chordAccelerator(chord), c.id] as const)));
    expect(byAccelerator.get('CmdOrCtrl+K')).toBe('insert-link');
    expect(byAccelerator.get('CmdOrCtrl+Shift+P')).toBe('command-palette');
  });

  it('can be sent by the shell, with the window closing', () => {
    expect([...shellCommands].sort()).toEqual([...commandIds, 'flush-and-close'].sort());
  });
});

describe('key chords', () => {
  const palette: KeyChord = { key: 'P', primary: true, shift: true };

  it('read Ctrl on Windows and Linux and Cmd on macOS', () => {
    expect(matchesChord(palette, press('P', { ctrlKey: true, shiftKey: true }), false)).toBe(true);
    expect(matchesChord(palette, press('P', { metaKey: true, shiftKey: true }), true)).toBe(true);
    expect(matchesChord(palette, press('P', { metaKey: true, shiftKey: true }), false)).toBe(false);
    expect(matchesChord(palette, press('P', { ctrlKey: true, shiftKey: true }), true)).toBe(false);
  });

  it('want every modifier as written and no other', () => {
    expect(matchesChord(palette, press('p', { ctrlKey: true }), false)).toBe(false);
    expect(matchesChord(palette, press('P', { ctrlKey: true, shiftKey: true, altKey: true }), false)).toBe(false);
    const slash: KeyChord = { key: '/' };
    expect(matchesChord(slash, press('/'), false)).toBe(true);
    expect(matchesChord(slash, press('/', { ctrlKey: true }), false)).toBe(false);
  });

  it('match by physical key where Alt changes the character', () => {
    const subheading: KeyChord = { key: '2', primary: true, alt: true, code: 'Digit2' };
    expect(matchesChord(subheading, { ...press('™', { metaKey: true, altKey: true }), code: 'Digit2' }, true)).toBe(true);
    expect(matchesChord(subheading, { ...press('2', { ctrlKey: true, altKey: true }), code: 'Digit3' }, false)).toBe(false);
  });

  it('are written as each platform writes them', () => {
    expect(chordLabel(palette, false)).toBe('Ctrl+Shift+P');
    expect(chordLabel(palette, true)).toBe('⇧⌘P');
    expect(chordLabel({ key: '2', primary: true, alt: true }, false)).toBe('Ctrl+Alt+2');
    expect(chordAccelerator(palette)).toBe('CmdOrCtrl+Shift+P');
    expect(chordAriaKeys(palette, true)).toBe('Meta+Shift+P');
  });
});
