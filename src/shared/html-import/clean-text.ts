/**
 * Character-level cleaning of pasted or imported text, before any structure
 * is built from it. Emoji, right-to-left text and joiners pass untouched.
 */

/** C0 controls other than tab, newline, form feed and carriage return; DEL; C1 controls; the byte-order mark. */
const CONTROLS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFEFF]+/g;

/** Half of a surrogate pair without its other half: not a character, and invalid in UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ANY_SURROGATE = /[\uD800-\uDFFF]/;

/** Characters that show as a plain space in a story: no-break space, tab, form feed, line and paragraph separators. */
const SPACE_LIKE = /[\u00A0\t\f\u2028\u2029]/g;

const CARRIAGE_RETURN = /\r\n?/g;

/** HTML's collapsible white space, once SPACE_LIKE is a space and line ends are \n. */
const WHITE_SPACE_RUN = /[ \n]{2,}|\n/g;

/**
 * Text as a story can hold it: controls removed, lone surrogates replaced by
 * U+FFFD, line ends as \n, and every kind of space a plain space (house style
 * has no use for a no-break space in pasted copy, and rule 4 then sees doubled
 * spaces for what they are).
 */
export function cleanText(raw: string): string {
  let text = raw.replace(CONTROLS, '').replace(CARRIAGE_RETURN, '\n').replace(SPACE_LIKE, ' ');
  if (ANY_SURROGATE.test(text)) text = text.replace(LONE_SURROGATE, '\uFFFD');
  return text;
}

/** Collapses white space as a browser does outside `pre`: any run becomes one space. */
export function collapseWhiteSpace(text: string): string {
  return text.replace(WHITE_SPACE_RUN, ' ');
}

/** Whether cleaned text has anything but spaces and line ends. */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a) return false;
  }
  return true;
}
