/**
 * A key combination, written once for every platform: `primary` is Ctrl on
 * Windows and Linux and Cmd on macOS. Pure, so the application menu (main
 * process) and the page (renderer) read the same facts.
 */
export type KeyChord = {
  /** The key as the user reads it on the keycap: 'N', '/', ',', '2', 'Delete'. */
  key: string;
  primary?: boolean;
  shift?: boolean;
  alt?: boolean;
  /** Matched by physical key (KeyboardEvent.code) where Alt or Shift changes the character typed. */
  code?: string;
};

/** The parts of a keyboard event a chord is matched against (the DOM's KeyboardEvent has them all). */
export type KeyPress = {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
};

/** True when the key press is this chord on this platform: every modifier as written, and no other. */
export function matchesChord(chord: KeyChord, press: KeyPress, isMac: boolean): boolean {
  const primaryDown = isMac ? press.metaKey && !press.ctrlKey : press.ctrlKey && !press.metaKey;
  const otherDown = isMac ? press.ctrlKey : press.metaKey;
  if (primaryDown !== (chord.primary ?? false) || otherDown) return false;
  if (press.altKey !== (chord.alt ?? false)) return false;
  if (chord.code !== undefined) return press.code === chord.code && press.shiftKey === (chord.shift ?? false);
  // Shift changes the character ("/" becomes "?"), so chords with Shift name a letter; letters compare in any case.
  if (press.shiftKey !== (chord.shift ?? false)) return false;
  return press.key.toLowerCase() === chord.key.toLowerCase();
}

const macKeyNames: Record<string, string> = { Delete: '⌫', Backspace: '⌫', ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓', Escape: 'Esc' };
const otherKeyNames: Record<string, string> = { ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓', Escape: 'Esc' };

/** "Ctrl+Shift+P" or "⇧⌘P", as the menus write it. */
export function chordLabel(chord: KeyChord, isMac: boolean): string {
  if (isMac) {
    const key = macKeyNames[chord.key] ?? chord.key;
    return `${chord.alt ? '⌥' : ''}${chord.shift ? '⇧' : ''}${chord.primary ? '⌘' : ''}${key}`;
  }
  const key = otherKeyNames[chord.key] ?? chord.key;
  return [chord.primary ? 'Ctrl' : '', chord.alt ? 'Alt' : '', chord.shift ? 'Shift' : '', key].filter(Boolean).join('+');
}

/** The chord as an Electron menu accelerator ("CmdOrCtrl+Shift+L"). */
export function chordAccelerator(chord: KeyChord): string {
  return [chord.primary ? 'CmdOrCtrl' : '', chord.alt ? 'Alt' : '', chord.shift ? 'Shift' : '', chord.key].filter(Boolean).join('+');
}

/** The chord as an aria-keyshortcuts token ("Control+Shift+P", "Meta+N"). */
export function chordAriaKeys(chord: KeyChord, isMac: boolean): string {
  return [chord.primary ? (isMac ? 'Meta' : 'Control') : '', chord.alt ? 'Alt' : '', chord.shift ? 'Shift' : '', chord.key].filter(Boolean).join('+');
}
