import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { defaultSettings } from '../src/main/settings/load-settings';
import { loadSpellingEngine } from '../src/main/spelling/load-spelling-engine';
import { createChecker, defaultRules, documentFromStory, type CheckBlock, type CheckDocument, type Finding } from '../src/shared/house-style';
import { createSpellChecker, defaultHouseWords, defaultSpellingSettings, houseRuleWords, spellingCategoryOf, spellingTexts, type SpellingText, type SpellingWords } from '../src/shared/spelling';
import { formatMs, median, reportLine, type BenchResult } from './bench-report';
import { createStoryGenerator } from './story-generator';
import { cleanCopy } from '../test/shared/spelling/clean-copy';

export type SpellingBenchOptions = {
  words?: number;
  /** Cold starts to time, each in a new process. */
  coldStarts?: number;
  /** Whole-story checks to time, each with a new (empty) cache; the generated story takes about a minute each on a busy machine. */
  runs?: number;
  /** Edits of one paragraph to time with a warm cache. */
  edits?: number;
  log?: (line: string) => void;
};

function benchDocument(words: number): CheckDocument {
  const generated = createStoryGenerator(20_260_611).story(words);
  return documentFromStory({ ...generated, section: 'Feature', authorBio: null, bylines: [] }, defaultSettings);
}

/**
 * About `words` words of real British magazine copy: the sentences of the
 * clean-copy fixture in a fixed order, three to a paragraph, each sentence
 * made different by a "In week N," before it. The generated story's invented words are the engine's worst case
 * (a word it does not know costs far more than one it does); this is the usual one.
 */
function realCopyTexts(words: number): SpellingText[] {
  const sentences = cleanCopy.flatMap((paragraph) => paragraph.split(/(?<=[.”])\s+(?=[A-Z“])/));
  const texts: SpellingText[] = [];
  let count = 0;
  for (let index = 0; count < words; index += 1) {
    // Each sentence made unique, as Harper keeps the lints of a sentence it has seen.
    const text = [0, 1, 2].map((k) => `In week ${index * 3 + k}, ${sentences[(index * 7 + k * 5) % sentences.length]}`).join(' ');
    texts.push({ scope: 'body', blockKey: `real${index}`, text });
    count += text.split(/\s+/).length;
  }
  return texts;
}

/** How many different words (ignoring case) the spelling findings flag: what the engine searched suggestions for. */
function differentUnknownWords(texts: readonly SpellingText[], findings: readonly Finding[]): number {
  const textOf = new Map(texts.map((text) => [`${text.scope}:${text.blockKey ?? ''}`, text.text]));
  const words = new Set<string>();
  for (const finding of findings) {
    if (spellingCategoryOf(finding.ruleId) !== 'spelling') continue;
    const text = textOf.get(`${finding.scope}:${finding.blockKey ?? ''}`);
    if (text !== undefined) words.add(text.slice(finding.from, finding.to).toLowerCase());
  }
  return Math.max(1, words.size);
}

/** `ratio` × the reference, for the report line. */
function ratioNote(ours: number, reference: number, what: string): string {
  return `${(ours / reference).toFixed(1)} × ${what} (${formatMs(reference)}, same run)`;
}

/**
 * Spelling and grammar (docs/spelling.md, budgets in bench/README.md): the
 * engine's cold start in a new process, a whole 10,000-word story with an
 * empty cache, and one changed paragraph with the rest cached; each beside
 * the house-style checker on the same story in the same run.
 */
export async function runSpellingBench(options: SpellingBenchOptions = {}): Promise<BenchResult[]> {
  const words = options.words ?? 10_000;
  const coldStarts = options.coldStarts ?? 3;
  const runs = options.runs ?? 2;
  const edits = options.edits ?? 30;
  const log = options.log ?? ((line: string) => console.log(line));
  const document = benchDocument(words);
  const texts = spellingTexts(document);
  const size = `${words.toLocaleString('en-GB')} words, ${texts.length} texts`;
  const rules = defaultRules();
  const spellingWords: SpellingWords = { houseWords: defaultHouseWords, ruleWords: houseRuleWords(rules), names: [] };
  const results: BenchResult[] = [];

  // The house-style checker on the same story: the reference each row is set beside.
  const houseCold: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    createChecker(rules, defaultSettings).check(document);
    houseCold.push(performance.now() - start);
  }

  const cold: number[] = [];
  for (let run = 0; run < coldStarts; run += 1) {
    const output = execFileSync(process.execPath, ['--import', 'tsx', join(__dirname, 'spelling-cold-start.ts')], { encoding: 'utf8' });
    cold.push((JSON.parse(output) as { ms: number }).ms);
  }
  results.push({ name: 'spelling cold start (load harper.js, first check)', size: `one paragraph, ${coldStarts} new processes`, median: median(cold), budget: 5_000 });
  log(reportLine(results[results.length - 1] as BenchResult));

  const engine = await loadSpellingEngine();
  const wholeStory = async (storyTexts: readonly SpellingText[]) => {
    const whole: number[] = [];
    let findings: Finding[] = [];
    for (let run = 0; run < runs; run += 1) {
      const checker = createSpellChecker(engine);
      const start = performance.now();
      findings = (await checker.check(storyTexts, defaultSpellingSettings, spellingWords)).findings;
      whole.push(performance.now() - start);
    }
    return { ms: median(whole), findings };
  };
  const real = realCopyTexts(words);
  const realCopy = await wholeStory(real);
  results.push({ name: 'spelling check of a whole story of real copy (empty cache)', size: `${words.toLocaleString('en-GB')} words, ${real.length} paragraphs`, median: realCopy.ms, budget: 10_000 });
  log(`${reportLine(results[results.length - 1] as BenchResult)}   ${realCopy.findings.length} findings   ${ratioNote(realCopy.ms, median(houseCold), 'the house-style cold check')}`);
  // The worst case costs by the different words Harper does not know (its suggestion search for each): the budget is per word.
  const generated = await wholeStory(texts);
  const unknown = differentUnknownWords(texts, generated.findings);
  results.push({
    name: 'spelling check of a whole generated story (empty cache), per different unknown word',
    size: `${size}, invented words in every paragraph, ${unknown.toLocaleString('en-GB')} different unknown words`,
    median: generated.ms / unknown,
    budget: 10,
  });
  log(
    `${reportLine(results[results.length - 1] as BenchResult)}   the whole story ${formatMs(generated.ms)} (median)   ${generated.findings.length} findings   ${ratioNote(generated.ms, median(houseCold), 'the house-style cold check')}`,
  );

  const checker = createSpellChecker(engine);
  await checker.check(texts, defaultSpellingSettings, spellingWords);
  const paragraphs = texts.map((text, index) => [text, index] as const).filter(([text]) => text.scope === 'body' && text.text.length > 200);
  const changed: number[] = [];
  let linted = 0;
  for (let edit = 0; edit < edits; edit += 1) {
    const [text, index] = paragraphs[(edit * 7) % paragraphs.length] as (typeof paragraphs)[number];
    const next = texts.slice();
    next[index] = { ...text, text: `${text.text} The board met again in week ${edit}.` };
    const start = performance.now();
    linted = (await checker.check(next, defaultSpellingSettings, spellingWords)).linted;
    changed.push(performance.now() - start);
  }
  const houseBlocks = document.body.map((block) => block as CheckBlock);
  const houseChecker = createChecker(rules, defaultSettings);
  houseChecker.check(document);
  const houseRecheck: number[] = [];
  for (let edit = 0; edit < edits; edit += 1) {
    const body = houseBlocks.slice();
    const at = houseBlocks.findIndex((block) => block.key === paragraphs[(edit * 7) % paragraphs.length]?.[0].blockKey);
    body[at] = { ...(houseBlocks[at] as CheckBlock), text: `${houseBlocks[at]?.text} The board met again in week ${edit}.` };
    const start = performance.now();
    houseChecker.check({ ...document, body });
    houseRecheck.push(performance.now() - start);
  }
  results.push({ name: 'spelling re-check after one paragraph changed (warm cache)', size: `${size}, ${edits} edits, ${linted} text linted each`, median: median(changed), budget: 50 });
  log(`${reportLine(results[results.length - 1] as BenchResult)}   ${ratioNote(median(changed), median(houseRecheck), 'the house-style re-check')}`);
  return results;
}

if (require.main === module) {
  runSpellingBench().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  });
}
