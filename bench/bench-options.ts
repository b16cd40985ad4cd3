export type BenchOptions = { stories?: number; keystrokes?: number };

/**
 * `--stories N` scales the store benchmark (default 50,000) and
 * `--keystrokes N` the editor one (default 600 a side): small for a quick
 * look, large on demand.
 */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  return { stories: wholeNumberOption(argv, '--stories'), keystrokes: wholeNumberOption(argv, '--keystrokes') };
}

function wholeNumberOption(argv: readonly string[], name: string): number | undefined {
  const index = argv.indexOf(name);
  if (index === -1) return undefined;
  const value = Number(argv[index + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} needs a whole number, e.g. ${name} 1000`);
  return value;
}
