import { INPUT_LIMITS, jsonTextTooDeep } from './input-limits';

export type JsonTextResult = { ok: true; value: unknown } | { ok: false; problem: string };

/**
 * JSON text read from a file a person named, checked for depth before it is
 * parsed. A problem says where the text is broken, never what it says: the
 * parser's own message quotes the text, which may be any file's contents.
 */
export function readJsonText(text: string): JsonTextResult {
  if (jsonTextTooDeep(text)) return { ok: false, problem: `nested deeper than ${INPUT_LIMITS.depth} levels` };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, problem: `not valid JSON${whereBroken(text, error)}` };
  }
}

/** " at line 3, column 7" from the parser's position, or '' when it gives none. */
function whereBroken(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const position = /at position (\d+)/.exec(message);
  if (position !== null) {
    const before = text.slice(0, Number(position[1]));
    const lines = before.split('\n');
    return ` at line ${lines.length}, column ${lines.at(-1)!.length + 1}`;
  }
  return /end of JSON input/.test(message) ? ' (it ends too soon)' : '';
}
