/**
 * The rules for text typed by a person, without zod: the schemas in
 * story-schema.ts apply them at the API boundary, and the story page checks
 * the same rules to keep an unstorable text out of its autosave.
 */

/** NUL and the other C0 controls except tab and newline. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function hasControlCharacters(text: string): boolean {
  return CONTROL_CHARACTERS.test(text);
}

export function tooLongMessage(label: string, max: number): string {
  return `${label} is too long (at most ${max.toLocaleString('en-GB')} characters)`;
}

export function controlCharactersMessage(label: string): string {
  return `${label} contains control characters`;
}

export const HEADLINE_ONE_LINE = 'Headline must be one line';

export function isOneLine(text: string): boolean {
  return !/[\r\n]/.test(text);
}

/** Why the text cannot be stored as `label` (at most `max` characters), or null when it can. */
export function plainTextProblem(text: string, max: number, label: string): string | null {
  if (text.length > max) return tooLongMessage(label, max);
  if (hasControlCharacters(text)) return controlCharactersMessage(label);
  return null;
}
