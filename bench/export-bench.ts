import { pathToFileURL } from 'node:url';
import { exportStory } from '../src/shared/export/export-story';
import { median, percentile, reportLine, type BenchResult } from './bench-report';
import { exportBenchStory } from './export-bench-story';
import { runExportComparisons } from './export-comparison-process';

export type ExportBenchOptions = {
  words?: number;
  runs?: number;
  /** Rounds of the interleaved comparison with Ghost's and Lexical's renderers; 0 leaves it out. */
  comparisonRounds?: number;
  log?: (line: string) => void;
};

const WARM_UP = 50;

/**
 * The budget of bench/README.md: export of a 10,000-word story to HTML, ≤ 3 ms, measured here on
 * the app's Node; then the comparison with Ghost's renderer (≥ 5 × faster)
 * and Lexical's own exporter on jsdom (≥ 15 × faster), which runs all three
 * in one Node 22 process of its own (Ghost's current renderer needs it).
 */
export async function runExportBench(options: ExportBenchOptions = {}): Promise<BenchResult[]> {
  const log = options.log ?? ((line: string) => console.log(line));
  const runs = options.runs ?? 300;
  const words = options.words ?? 10_000;
  const { input, size } = exportBenchStory(words);
  const results: BenchResult[] = [];
  for (const form of ['body', 'page'] as const) {
    for (let i = 0; i < WARM_UP; i += 1) exportStory(input, { form });
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const started = performance.now();
      exportStory(input, { form });
      times.push(performance.now() - started);
    }
    const result: BenchResult = {
      name: `export to HTML (${form} form, ${runs} runs, Node ${process.versions.node})`,
      size,
      median: median(times),
      p95: percentile(times, 95),
      budget: 3,
    };
    results.push(result);
    log(reportLine(result));
  }
  const rounds = options.comparisonRounds ?? 200;
  if (rounds > 0) results.push(...(await runExportComparisons({ words, rounds, log })));
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runExportBench().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  });
}
