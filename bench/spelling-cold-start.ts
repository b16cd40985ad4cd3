/**
 * One cold start of the spelling engine, run in a process of its own by
 * spelling-bench.ts: load harper.js and its WebAssembly, start a linter, and
 * check one paragraph. Prints the milliseconds as JSON on stdout.
 */
import { loadSpellingEngine } from '../src/main/spelling/load-spelling-engine';
import { createSpellChecker, defaultSpellingSettings } from '../src/shared/spelling';

async function main(): Promise<void> {
  const start = performance.now();
  const checker = createSpellChecker(await loadSpellingEngine());
  const result = await checker.check([{ scope: 'body', text: 'The trust will recieve the report next week.' }], defaultSpellingSettings, {
    houseWords: [],
    ruleWords: [],
    names: [],
  });
  if (result.findings.length !== 1) throw new Error(`expected one finding, got ${result.findings.length}`);
  process.stdout.write(`${JSON.stringify({ ms: performance.now() - start })}\n`);
}

void main();
