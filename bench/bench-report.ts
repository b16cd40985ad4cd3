/** One measured case and its budget (bench/README.md), in milliseconds unless `unit` says bytes. */
export type BenchResult = {
  name: string;
  size: string;
  median: number;
  p95?: number;
  budget: number;
  unit?: 'ms' | 'bytes';
  /** Which figure the budget applies to; the median unless it says p95. */
  budgetOn?: 'median' | 'p95';
};

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** Nearest-rank percentile. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function formatMs(ms: number): string {
  return `${ms < 10 ? ms.toFixed(2) : ms.toFixed(1)} ms`;
}

export function formatBytes(bytes: number): string {
  return bytes < 10_000 ? `${Math.round(bytes).toLocaleString('en-GB')} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

export function withinBudget(result: BenchResult): boolean {
  const figure = result.budgetOn === 'p95' ? result.p95 : result.median;
  return figure !== undefined && figure <= result.budget;
}

/** e.g. `library first page   50,000 stories   median 2.10 ms   budget ≤ 10 ms   OK` */
export function reportLine(result: BenchResult): string {
  const format = result.unit === 'bytes' ? formatBytes : formatMs;
  const figures = [`median ${format(result.median)}`];
  if (result.p95 !== undefined) figures.push(`p95 ${format(result.p95)}`);
  const budget = `budget ${result.budgetOn === 'p95' ? 'p95 ' : ''}≤ ${result.unit === 'bytes' ? formatBytes(result.budget) : `${result.budget} ms`}`;
  return [result.name, result.size, ...figures, budget, withinBudget(result) ? 'OK' : 'OVER'].join('   ');
}
