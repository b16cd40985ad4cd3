import { exportBenchStory } from './export-bench-story';
import { compareWithOtherRenderers } from './export-comparisons';

/**
 * The Node 22 side of the export comparison: bundled with our exporter into
 * bench/.work by export-comparison-process.ts and started there with
 * `[setup JSON]`. Report lines and, at the end, the results go back to the
 * benchmark over the IPC channel.
 */
export type ComparisonSetup = { words: number; rounds: number; comparisonsDir: string };

export type ComparisonMessage =
  | { line: string }
  /** JSON has no Infinity: a ratio that is not comparable arrives as null. */
  | { results: { name: string; size: string; median: number | null; budget: number }[] };

async function main(): Promise<void> {
  const setup = JSON.parse(process.argv[2] ?? '') as ComparisonSetup;
  const send = (message: ComparisonMessage) => new Promise<void>((done) => process.send!(message, () => done()));
  const lines: Promise<void>[] = [];
  const { input, size } = exportBenchStory(setup.words);
  const results = await compareWithOtherRenderers({ input, size, rounds: setup.rounds, comparisonsDir: setup.comparisonsDir }, (line) => {
    lines.push(send({ line }));
  });
  await Promise.all(lines);
  await send({ results });
  process.disconnect();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 2;
  process.disconnect?.();
});
