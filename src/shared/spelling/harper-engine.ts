import type { Dialect, Lint, Linter } from 'harper.js';
import { disabledEngineRules } from './engine-rules';
import type { EngineLint, SpellingEngine } from './engine';

/**
 * A lint's [start, end) as JavaScript string offsets. Harper 2.10 already
 * reports UTF-16 offsets (tests check curly quotes, dashes, accents and
 * emoji); should a version count characters instead, its problem text
 * tells, and the offsets are converted.
 */
function jsRange(text: string, start: number, end: number, problem: string): { from: number; to: number } {
  if (text.slice(start, end) === problem) return { from: start, to: end };
  const characters = Array.from(text);
  const from = characters.slice(0, start).join('').length;
  return { from, to: from + characters.slice(start, end).join('').length };
}

function engineLintOf(text: string, rule: string, lint: Lint): EngineLint {
  const span = lint.span();
  const suggestions = lint.suggestions();
  const result: EngineLint = {
    kind: lint.lint_kind(),
    rule,
    ...jsRange(text, span.start, span.end, lint.get_problem_text()),
    message: lint.message(),
    suggestions: suggestions.map((suggestion) => suggestion.get_replacement_text()),
  };
  // The objects live in the WebAssembly heap: free them now rather than when the collector gets round to it.
  for (const suggestion of suggestions) suggestion.free();
  span.free();
  lint.free();
  return result;
}

const WARM_UP = 'The trust’s managers will recieve the report and its plans next week.';

/**
 * A harper.js linter as our spelling engine: what both adapters (the
 * editor's worker and Node) run once they have loaded harper. `british` is
 * harper's Dialect.British, passed in as this module imports no harper code.
 */
export async function harperSpellingEngine(linter: Linter, british: Dialect): Promise<SpellingEngine> {
  await linter.setup();
  const config = await linter.getLintConfig();
  for (const rule of disabledEngineRules) config[rule] = false;
  await linter.setLintConfig(config);
  // The first lint loads what the rules need (over a second); do it now, as part of starting, not in the first check.
  await linter.lint(WARM_UP, { language: 'plaintext' });
  return {
    async lint(text) {
      // Plain text: the editor's text is not Markdown, and an asterisk is an asterisk.
      const groups = await linter.organizedLints(text, { language: 'plaintext' });
      return Object.entries(groups).flatMap(([rule, lints]) => lints.map((lint) => engineLintOf(text, rule, lint)));
    },
    isLikelyEnglish: (text) => linter.isLikelyEnglish(text),
    async setWords(words) {
      await linter.clearWords();
      if (words.length > 0) await linter.importWords([...words]);
    },
    // Harper's British accepts -ise and -ize alike; the house-style rule decides between them.
    setDialect: () => linter.setDialect(british),
  };
}
