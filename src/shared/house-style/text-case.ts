/** Case helpers for fixes that keep the look of what they replace. */

export function isUpperCaseLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLowerCaseLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

export function capitalise(text: string): string {
  return text.length === 0 ? text : (text[0] as string).toUpperCase() + text.slice(1);
}

/** Every letter a capital, with at least two letters: NHS, COLOR. */
export function isAllCaps(text: string): boolean {
  let letters = 0;
  for (const ch of text) {
    if (ch === ch.toUpperCase() && ch === ch.toLowerCase()) continue;
    if (ch !== ch.toUpperCase()) return false;
    letters += 1;
  }
  return letters >= 2;
}

/** The replacement in the case of what it replaces: color → colour, Color → Colour, COLOR → COLOUR. */
export function followCase(found: string, replacement: string): string {
  if (replacement === '') return replacement;
  if (isAllCaps(found)) return replacement.toUpperCase();
  for (const ch of found) {
    if (isUpperCaseLetter(ch)) return capitalise(replacement);
    if (isLowerCaseLetter(ch)) return replacement;
  }
  return replacement;
}
