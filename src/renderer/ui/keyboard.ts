import type { KeyboardEvent as ReactKeyboardEvent } from 'react';

/** macOS puts shortcuts on Cmd, everything else on Ctrl. */
export const isMac = /Mac|iPhone|iPad/.test(navigator.userAgent);

/** Ctrl on Windows and Linux, Cmd on macOS, and not both. */
export function hasPrimaryModifier(event: KeyboardEvent | ReactKeyboardEvent): boolean {
  return isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
}

/** "Ctrl+N" or "⌘N", as the menus write it. */
export function shortcutLabel(key: string, { shift = false }: { shift?: boolean } = {}): string {
  if (isMac) return `${shift ? '⇧' : ''}⌘${key}`;
  return `Ctrl+${shift ? 'Shift+' : ''}${key}`;
}

/** True when the key goes into a text field rather than to a shortcut. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(target.type);
  return false;
}
