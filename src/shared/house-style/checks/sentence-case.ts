import type { TextRange } from '../../typography';
import { isSentenceStart, type BlockText } from '../block-text';
import { builtinMessage } from '../builtin-messages';
import { changeFix, findingOf, type LocalFinding } from '../finding';
import type { BuiltinRuleNamed } from '../rules-schema';
import { capitalise, isAllCaps, isLowerCaseLetter, isUpperCaseLetter } from '../text-case';

type SentenceCaseRule = BuiltinRuleNamed<'sentence-case'>;

/** A word a headline or subheading capitalises for no reason visible in the text itself. */
export interface CaseCandidate {
  from: number;
  to: number;
  word: string;
  /** The first word, in lower case. */
  first: boolean;
}

const ALWAYS_CAPITALISED = new Set([
  'I', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
]);

const QUOTE_OPENERS = new Set(['‘', '“', '"', "'"]);

/** Capitalised inside, as names and acronyms are: McDonald, MiP, iPhone. */
function hasInnerCapital(word: string): boolean {
  for (let i = 1; i < word.length; i += 1) if (isUpperCaseLetter(word[i])) return true;
  return false;
}

function overlapsAny(ranges: readonly TextRange[], from: number, to: number): boolean {
  return ranges.some((r) => r.from < to && from < r.to);
}

/**
 * The words of a headline or subheading that would break sentence case
 * unless they are names. Starts of sentences and quotations, words after a
 * colon, acronyms, months, days, exception phrases and job titles before a
 * name are fine as they stand.
 */
export function caseCandidates(block: BlockText, titlesBeforeNames: readonly TextRange[]): CaseCandidate[] {
  const candidates: CaseCandidate[] = [];
  const { text } = block;
  block.tokens.forEach((token, i) => {
    if (token.isProtected || block.isOffLimits(token.from, token.to)) return;
    const word = text.slice(token.from, token.to);
    if (i === 0) {
      if (isLowerCaseLetter(word[0]) && !hasInnerCapital(word)) candidates.push({ from: token.from, to: token.to, word, first: true });
      return;
    }
    if (!isUpperCaseLetter(word[0]) || isAllCaps(word) || hasInnerCapital(word) || ALWAYS_CAPITALISED.has(word)) return;
    const before = text[token.from - 1];
    if (before !== undefined && QUOTE_OPENERS.has(before)) return;
    if (isSentenceStart(text, token.from) || /[:?!]\s+$/.test(text.slice(Math.max(0, token.from - 3), token.from))) return;
    if (overlapsAny(titlesBeforeNames, token.from, token.to)) return;
    candidates.push({ from: token.from, to: token.to, word, first: false });
  });
  return candidates;
}

/** The words a text capitalises mid-sentence: the story's own evidence of its names. */
export function capitalisedMidSentence(block: BlockText): Set<string> {
  const names = new Set<string>();
  for (const token of block.tokens) {
    const first = block.text[token.from];
    if (!isUpperCaseLetter(first) || isSentenceStart(block.text, token.from)) continue;
    names.add(block.text.slice(token.from, token.to));
  }
  return names;
}

/**
 * House rule 13 (docs/house-style-rules.md): headlines (and subheadings) in sentence case. Title
 * Case shows as several capitalised words the story never capitalises
 * mid-sentence; each is flagged with its lower-case fix.
 */
export function sentenceCaseFindings(
  rule: SentenceCaseRule,
  candidates: readonly CaseCandidate[],
  isName: (word: string) => boolean,
): LocalFinding[] {
  const properNouns = new Set(rule.params.properNouns);
  const firstWord = candidates.filter((c) => c.first);
  const capitalised = candidates.filter((c) => !c.first && !properNouns.has(c.word) && !isName(c.word));
  const flagged = capitalised.length >= rule.params.minimumWords ? [...firstWord, ...capitalised] : firstWord;
  return flagged
    .sort((a, b) => a.from - b.from)
    .map((candidate) => {
      const suggestion = candidate.first ? capitalise(candidate.word) : candidate.word.toLowerCase();
      const message = builtinMessage(rule, candidate.first ? 'firstWord' : 'capitalised', { found: candidate.word, suggestion });
      return findingOf(rule, message, candidate.from, candidate.to, [changeFix(candidate.from, candidate.to, suggestion)]);
    });
}
