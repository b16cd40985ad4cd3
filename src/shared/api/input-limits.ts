/**
 * The limits every API input is held to before its operation's own schema
 * looks at it, the same at every door: the app's IPC, the browser preview's
 * HTTP body, and files read as JSON on a person's behalf (a rules file). A
 * real story nests a few levels per list or table and is far below each.
 */
export const INPUT_LIMITS = {
  /** Objects and lists inside one another. */
  depth: 200,
  /** Characters in one text (an exported page on its way to the clipboard is the longest). */
  textLength: 32 * 1024 * 1024,
  /** Items in one list. */
  listItems: 100_000,
  /** Fields of one object. */
  objectFields: 1_000,
  /** The whole input, counted roughly as its JSON bytes (file contents at their size). */
  totalBytes: 64 * 1024 * 1024,
} as const;

export type InputLimit = keyof typeof INPUT_LIMITS;

const MB = 1024 * 1024;

/** What a refusal says, naming the limit; `where` is the input's field, when one is at fault. */
export function inputLimitMessage(limit: InputLimit, where = ''): string {
  const at = where === '' ? '' : ` (at ${where})`;
  const refused = 'It was refused and nothing was changed.';
  switch (limit) {
    case 'depth':
      return `The input is nested deeper than ${INPUT_LIMITS.depth} levels (lists and objects inside one another)${at}, deeper than any Copydesk data. ${refused}`;
    case 'textLength':
      return `A text in the input is longer than ${INPUT_LIMITS.textLength / MB} MB of characters${at}. ${refused} Shorten it or split it up.`;
    case 'listItems':
      return `A list in the input has more than ${INPUT_LIMITS.listItems.toLocaleString('en-GB')} items${at}. ${refused} Send fewer at a time.`;
    case 'objectFields':
      return `An object in the input has more than ${INPUT_LIMITS.objectFields.toLocaleString('en-GB')} fields${at}. ${refused}`;
    case 'totalBytes':
      return `The input is larger than ${INPUT_LIMITS.totalBytes / MB} MB. ${refused} Split it up, or make its pictures smaller.`;
  }
}

export type InputLimitBreach = { limit: InputLimit; field: string };

type Pending = { value: unknown; depth: number; key: string; parent: Pending | null };

/** Approximate JSON bytes of a leaf: numbers, booleans and null count as a few bytes each. */
const LEAF_BYTES = 8;

/**
 * The first limit an input breaks, or null. Walked with a stack of its own,
 * never by recursion, and stopped at the first breach, so neither a deep nor
 * a cyclic input (IPC can carry cycles) can exhaust the stack or loop.
 */
export function findInputLimitBreach(input: unknown): InputLimitBreach | null {
  let bytes = 0;
  const pending: Pending[] = [{ value: input, depth: 0, key: '', parent: null }];
  while (pending.length > 0) {
    const entry = pending.pop()!;
    const { value } = entry;
    const breach = (limit: InputLimit): InputLimitBreach => ({ limit, field: fieldPath(entry) });
    if (typeof value === 'string') {
      if (value.length > INPUT_LIMITS.textLength) return breach('textLength');
      bytes += value.length + 2;
    } else if (ArrayBuffer.isView(value)) {
      // File contents; the check reads the real buffer, never an object that only inherits from a typed array.
      bytes += value.byteLength;
    } else if (typeof value === 'object' && value !== null) {
      const depth = entry.depth + 1;
      if (depth > INPUT_LIMITS.depth) return breach('depth');
      if (Array.isArray(value)) {
        if (value.length > INPUT_LIMITS.listItems) return breach('listItems');
        bytes += 2;
        for (let i = value.length - 1; i >= 0; i -= 1) pending.push({ value: value[i], depth, key: String(i), parent: entry });
      } else {
        const keys = Object.keys(value);
        if (keys.length > INPUT_LIMITS.objectFields) return breach('objectFields');
        bytes += 2;
        for (const key of keys) {
          bytes += key.length + 3;
          pending.push({ value: (value as Record<string, unknown>)[key], depth, key, parent: entry });
        }
      }
    } else {
      bytes += LEAF_BYTES;
    }
    if (bytes > INPUT_LIMITS.totalBytes) return { limit: 'totalBytes', field: '' };
  }
  return null;
}

/** The dotted path of an entry (changes.body.root.children.0), for the error's field. */
function fieldPath(entry: Pending): string {
  const keys: string[] = [];
  for (let at: Pending | null = entry; at !== null && at.parent !== null; at = at.parent) keys.push(at.key);
  // The depth limit keeps this short; a very long path is cut to its start.
  return keys.reverse().slice(0, 12).join('.');
}

/**
 * Whether JSON text nests deeper than the depth limit, read before it is
 * parsed (a parser, or a reviver, may recurse once per level). Brackets
 * inside strings do not count; the text need not be valid JSON.
 */
export function jsonTextTooDeep(text: string, limit: number = INPUT_LIMITS.depth): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c /* \ */) i += 1;
      else if (char === 0x22 /* " */) inString = false;
    } else if (char === 0x22) {
      inString = true;
    } else if (char === 0x5b /* [ */ || char === 0x7b /* { */) {
      depth += 1;
      if (depth > limit) return true;
    } else if (char === 0x5d /* ] */ || char === 0x7d /* } */) {
      depth -= 1;
    }
  }
  return false;
}
