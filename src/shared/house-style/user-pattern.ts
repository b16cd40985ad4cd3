/** A rules file's regular expression, compiled the way the engine runs it: global, Unicode, plus its own flags. */
export function compileUserPattern(pattern: string, flags: string): RegExp {
  try {
    return new RegExp(pattern, `gu${flags}`);
  } catch (error) {
    throw new Error(`pattern is not a valid regular expression: ${(error as Error).message}`);
  }
}

/** Every non-empty match of a global pattern, skipping empty ones without looping forever. */
export function forEachMatch(pattern: RegExp, text: string, onMatch: (match: RegExpExecArray) => void): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0].length === 0) {
      pattern.lastIndex += 1;
      continue;
    }
    onMatch(match);
  }
}
