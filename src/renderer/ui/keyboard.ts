/** macOS puts shortcuts on Cmd, everything else on Ctrl (editor code tested under Node has no navigator). */
export const isMac = typeof navigator === 'object' && /Mac|iPhone|iPad/.test(navigator.userAgent);

/** True when the key goes into a text field rather than to a shortcut. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(target.type);
  return false;
}
