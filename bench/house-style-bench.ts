import { defaultSettings } from '../src/main/settings/load-settings';
import { createChecker, defaultRules, documentFromStory, type CheckBlock, type CheckDocument } from '../src/shared/house-style';
import { formatMs, median, percentile, reportLine, type BenchResult } from './bench-report';
import { createStoryGenerator } from './story-generator';

export type HouseStyleBenchOptions = {
  /** Story length; the budgets (bench/README.md) are for 10,000 words. */
  words?: number;
  /** Cold checks to time. */
  runs?: number;
  /** Keystrokes to time re-checks over. */
  keystrokes?: number;
  log?: (line: string) => void;
};

/** What the keystroke benchmark types, one character at a time, into paragraphs across the story. */
const TYPED = 'The chief executive said the reorganization would utilise 3 new programs... ';

/**
 * A generated Opinion piece of `words` words, with a headline, standfirst,
 * bylines and two pull-quotes lifted from its body, so every kind of rule
 * has work to do.
 */
function benchDocument(words: number): CheckDocument {
  const generated = createStoryGenerator(20_260_611).story(words);
  const document = documentFromStory(
    {
      ...generated,
      section: 'Opinion',
      authorBio: null,
      bylines: [{ authorId: '00000000-0000-4000-8000-000000000000', name: 'Jane Smith', role: 'chief executive', organisation: 'the Example Trust' }],
    },
    defaultSettings,
  );
  const paragraphs = document.body.filter((b) => b.kind === 'paragraph');
  const lift = (block: CheckBlock | undefined, key: string): CheckBlock[] =>
    block === undefined ? [] : [{ key, kind: 'pullquote', text: block.text.split(/(?<=[.?])\s/)[0] ?? block.text }];
  const body = [...document.body];
  body.splice(Math.floor(body.length / 3), 0, ...lift(paragraphs[3], 'pq1'));
  body.splice(Math.floor((2 * body.length) / 3), 0, ...lift(paragraphs[paragraphs.length - 5], 'pq2'));
  return { ...document, body };
}

/**
 * The house-style budget of bench/README.md: a cold check of a 10,000-word story (a new
 * checker, nothing cached) and re-checks after single keystrokes typed into
 * paragraphs across the story, each a real check() of the whole document.
 */
export async function runHouseStyleBench(options: HouseStyleBenchOptions = {}): Promise<BenchResult[]> {
  const words = options.words ?? 10_000;
  const runs = options.runs ?? 30;
  const keystrokes = options.keystrokes ?? 600;
  const log = options.log ?? ((line: string) => console.log(line));
  const rules = defaultRules();
  const document = benchDocument(words);
  const size = `${words.toLocaleString('en-GB')} words, ${document.body.length} blocks`;
  const results: BenchResult[] = [];

  // Rules compile once per rule set (checkers share it); a copy of the rules object compiles afresh.
  const compile: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    createChecker({ ...rules }, defaultSettings);
    compile.push(performance.now() - start);
  }
  log(`house-style: compiling the ${rules.rules.length} default rules takes ${formatMs(median(compile))} (median), once per rule set`);

  const cold: number[] = [];
  let findings = 0;
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    const checker = createChecker(rules, defaultSettings);
    findings = checker.check(document).findings.length;
    cold.push(performance.now() - start);
  }
  log(`house-style: the first of ${runs} cold checks took ${formatMs(cold[0] as number)}; ${findings} findings`);
  results.push({ name: 'house-style cold check (new checker)', size, median: median(cold.slice(1)), budget: 30 });
  log(reportLine(results[results.length - 1] as BenchResult));

  const checker = createChecker(rules, defaultSettings);
  checker.check(document);
  const paragraphs = document.body.map((b, i) => [b, i] as const).filter(([b]) => b.kind === 'paragraph');
  const body = [...document.body];
  const recheck: number[] = [];
  for (let k = 0; k < keystrokes; k += 1) {
    // A new sentence typed at the end of one paragraph, then the next paragraph along.
    const [block, index] = paragraphs[Math.floor(k / TYPED.length) % paragraphs.length] as (typeof paragraphs)[number];
    const current = body[index] as CheckBlock;
    body[index] = { ...current, text: (k % TYPED.length === 0 ? block.text : current.text) + TYPED[k % TYPED.length] };
    const next = { ...document, body: body.slice() };
    const start = performance.now();
    checker.check(next);
    recheck.push(performance.now() - start);
  }
  results.push({
    name: 'house-style re-check after a keystroke',
    size: `${size}, ${keystrokes} keystrokes`,
    median: median(recheck),
    p95: percentile(recheck, 95),
    budget: 2,
    budgetOn: 'p95',
  });
  log(reportLine(results[results.length - 1] as BenchResult));
  return results;
}
