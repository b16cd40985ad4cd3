import type { TextRange } from '../../typography';
import { forEachWord, gapBetween, isSentenceStart, type BlockText } from '../block-text';
import { builtinMessage } from '../builtin-messages';
import type { JobTitlePayload } from '../compile-rules';
import { changeFix, findingOf, type LocalFinding } from '../finding';
import { capitalise, isAllCaps, isUpperCaseLetter } from '../text-case';

export interface JobTitleMatch {
  from: number;
  to: number;
  /** Token index of the title's last word. */
  last: number;
  title: JobTitlePayload;
}

/** Director of Nursing: each word capitalised but the minor ones. */
function titleCase(found: string, minorWords: ReadonlySet<string>): string {
  let out = '';
  let end = 0;
  forEachWord(found, (from, to) => {
    const lower = found.slice(from, to).toLowerCase();
    out += found.slice(end, from) + (end > 0 && minorWords.has(lower) ? lower : capitalise(lower));
    end = to;
  });
  return out + found.slice(end);
}

/** Directly followed (one space) by a capitalised word that is not an acronym. */
function nameFollows(block: BlockText, match: JobTitleMatch): boolean {
  const next = block.tokens[match.last + 1];
  if (next === undefined || next.isProtected || next.from - match.to !== 1) return false;
  if (gapBetween(block.text, match.to, next.from) !== ' ') return false;
  const word = block.text.slice(next.from, next.to);
  return isUpperCaseLetter(word[0]) && !isAllCaps(word);
}

const minorSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/**
 * House rule 10 (docs/house-style-rules.md): job titles are lower case after a name or standing
 * alone (“the chief executive”), capitalised directly before a name (“Health
 * Secretary Jane Smith”). Returns the titles that stand before a name, which
 * sentence case accepts.
 */
export function checkJobTitles(block: BlockText, matches: readonly JobTitleMatch[], out: LocalFinding[]): TextRange[] {
  const beforeNames: TextRange[] = [];
  for (const match of matches) {
    const { rule } = match.title;
    let minor = minorSets.get(rule.params.minorWords);
    if (minor === undefined) {
      minor = new Set(rule.params.minorWords.map((w) => w.toLowerCase()));
      minorSets.set(rule.params.minorWords, minor);
    }
    const found = block.text.slice(match.from, match.to);
    const beforeName = nameFollows(block, match);
    if (beforeName) beforeNames.push({ from: match.from, to: match.to });
    const lower = found.toLowerCase();
    const expected = beforeName ? titleCase(found, minor) : isSentenceStart(block.text, match.from) ? capitalise(lower) : lower;
    if (expected === found) continue;
    const message = builtinMessage(rule, beforeName ? 'beforeName' : 'standingAlone', { found, suggestion: expected });
    out.push(findingOf(rule, message, match.from, match.to, [changeFix(match.from, match.to, expected)]));
  }
  return beforeNames;
}
