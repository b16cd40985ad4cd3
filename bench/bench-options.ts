export type BenchOptions = { stories?: number };

/** `--stories N` scales the store benchmark (default 50,000): small for CI, large on demand. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const index = argv.indexOf('--stories');
  if (index === -1) return {};
  const value = Number(argv[index + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error('--stories needs a whole number, e.g. --stories 5000');
  return { stories: value };
}
