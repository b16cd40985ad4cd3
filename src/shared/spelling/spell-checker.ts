import { placeFinding, type Finding, type LocalFinding } from '../house-style/finding';
import type { Scope } from '../house-style/document';
import { findProtectedRanges } from '../typography/protected-ranges';
import { LruCache } from './block-cache';
import type { EngineLint, SpellingEngine } from './engine';
import { isAcceptedWord, withoutPossessive, wordsOf } from './house-words';
import { findingOfLint, spellingCategoryOf } from './lint-findings';
import { overlapsAny, quotedRanges } from './quoted-ranges';
import type { SpellingDialect, SpellingSettings } from './spelling-settings';
import type { SpellingText } from './spelling-texts';

/** Longer texts are skipped with a note: a paragraph this long is a paste to split, and the engine would hold the worker for seconds. */
export const MAX_CHECKED_CHARACTERS = 20_000;

/**
 * A text is asked whether it is English only when the engine finds this share
 * of its lower-case words misspelt, or when most of its letters are not Latin: harper's
 * language test misjudges a short English sentence with two slips, but a
 * paragraph of French is nearly all "misspellings".
 */
const FOREIGN_SHARE = 0.4;

/** About a long story's blocks many times over, edits included. */
const DEFAULT_CACHE_SIZE = 4_000;

/** What a check accepts besides the engine's dictionary. */
export interface SpellingWords {
  /** The house dictionary's words (NHS, MiP, trust names, …). */
  houseWords: readonly string[];
  /** The words the house-style rules decide: houseRuleWords(rules). */
  ruleWords: readonly string[];
  /** The story's author names and the author directory's: whole names are fine ("Kate Smyth-Ojukwu"). */
  names: readonly string[];
}

export type SkipReason = 'too-long' | 'not-english';

/** A text that was not checked, and why, to show instead of findings. */
export interface SpellingNote {
  scope: Scope;
  blockKey?: string;
  reason: SkipReason;
  message: string;
}

export interface SpellingResult {
  /** In the order of the texts, and by position within each. */
  findings: Finding[];
  notes: SpellingNote[];
  /** How many texts the engine read for this check; the rest came from the cache. */
  linted: number;
}

export interface SpellChecker {
  /** Checks the texts, linting only those not checked before with the same words and dialect. */
  check(texts: readonly SpellingText[], settings: SpellingSettings, words: SpellingWords): Promise<SpellingResult>;
}

type Checked = { findings: readonly LocalFinding[] } | { skipped: SkipReason };

const skipMessages: Record<SkipReason, string> = {
  'too-long': `Not checked for spelling and grammar: over ${MAX_CHECKED_CHARACTERS.toLocaleString('en-GB')} characters. Split it into paragraphs to have it checked.`,
  'not-english': 'Not checked for spelling and grammar: it does not read as English.',
};

/**
 * The spelling and grammar checker over an engine: pure, shared by the
 * editor's worker and the command line. Each text's findings are cached by
 * the text and the words and dialect the engine had, so after an edit only
 * the changed block is linted again. Checks run one after another, as the
 * engine's words and dialect are set for each.
 */
export function createSpellChecker(engine: SpellingEngine, options: { cacheSize?: number } = {}): SpellChecker {
  const cache = new LruCache<Checked>(options.cacheSize ?? DEFAULT_CACHE_SIZE);
  // Short ids for the (long) words-and-dialect keys, so cache keys stay short.
  const keyIds = new Map<string, number>();
  let engineKey: string | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  /** `accepted` holds `engineWords` and the words accepted after linting: the key covers both, as findings depend on both. */
  const prepareEngine = async (dialect: SpellingDialect, engineWords: readonly string[], accepted: readonly string[]): Promise<number> => {
    const key = `${dialect}\n${accepted.join('\n')}`;
    if (key !== engineKey) {
      engineKey = null; // until both are set, in case either fails
      await engine.setDialect(dialect);
      await engine.setWords(engineWords);
      engineKey = key;
    }
    let id = keyIds.get(key);
    if (id === undefined) {
      id = keyIds.size;
      keyIds.set(key, id);
    }
    return id;
  };

  const checkOne = async (text: string, accepted: ReadonlySet<string>): Promise<Checked> => {
    if (text.length > MAX_CHECKED_CHARACTERS) return { skipped: 'too-long' };
    const lints = await engine.lint(text);
    if (looksForeign(text, lints, accepted) && !(await engine.isLikelyEnglish(text))) return { skipped: 'not-english' };
    const protectedRanges = findProtectedRanges(text);
    const quoted = quotedRanges(text);
    const findings: LocalFinding[] = [];
    for (const lint of lints) {
      const finding = findingOfLint(text, lint);
      if (finding === null || overlapsAny(finding.from, finding.to, protectedRanges)) continue;
      const category = spellingCategoryOf(finding.ruleId);
      if (category === 'grammar' && overlapsAny(finding.from, finding.to, quoted)) continue; // a quote is what was said
      if (category === 'spelling' && isAcceptedWord(text.slice(finding.from, finding.to), accepted)) continue;
      findings.push(finding);
    }
    return { findings: findings.sort((a, b) => a.from - b.from || a.to - b.to) };
  };

  const run = async (texts: readonly SpellingText[], settings: SpellingSettings, words: SpellingWords): Promise<SpellingResult> => {
    const result: SpellingResult = { findings: [], notes: [], linted: 0 };
    if (!settings.spelling && !settings.grammar) return result;
    const acceptedList = [...new Set([...words.houseWords, ...wordsOf(words.ruleWords)])].sort();
    const accepted = new Set(acceptedList);
    const names = new Set(wordsOf(words.names));
    // Only the house dictionary goes into the engine: the rules' 3,600 words in Harper's own list made each unknown
    // word's suggestion search about a third slower (bench/README.md). They are accepted after linting instead.
    const keyId = await prepareEngine(settings.dialect, [...new Set(words.houseWords)].sort(), acceptedList);
    for (const unit of texts) {
      const cacheKey = `${keyId}\n${unit.text}`;
      let checked = cache.get(cacheKey);
      if (checked === undefined) {
        checked = await checkOne(unit.text, accepted);
        cache.set(cacheKey, checked);
        result.linted += 1;
      }
      if ('skipped' in checked) {
        const note: SpellingNote = { scope: unit.scope, reason: checked.skipped, message: skipMessages[checked.skipped] };
        if (unit.blockKey !== undefined) note.blockKey = unit.blockKey;
        result.notes.push(note);
        continue;
      }
      for (const finding of checked.findings) {
        if (!shown(finding, unit, settings, names)) continue;
        result.findings.push(placeFinding(finding, unit.scope, unit.blockKey));
      }
    }
    return result;
  };

  return {
    check(texts, settings, words) {
      const next = queue.then(() => run(texts, settings, words));
      queue = next.catch(() => undefined);
      return next;
    },
  };
}

/** Whether a cached finding shows in this story with these settings: its category is on, it is not in code or an author's name. */
function shown(finding: LocalFinding, unit: SpellingText, settings: SpellingSettings, names: ReadonlySet<string>): boolean {
  const category = spellingCategoryOf(finding.ruleId);
  if (category === 'spelling' ? !settings.spelling : !settings.grammar) return false;
  if (unit.code !== undefined && overlapsAny(finding.from, finding.to, unit.code)) return false;
  return !(category === 'spelling' && names.has(withoutPossessive(unit.text.slice(finding.from, finding.to))));
}

function looksForeign(text: string, lints: readonly EngineLint[], accepted: ReadonlySet<string>): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (latin < letters / 2) return true;
  // Lower-case words only: names are capitalised, and a sentence full of unfamiliar names is still English.
  const words = text.match(/(?<!\p{L})\p{Ll}\p{L}*/gu)?.length ?? 0;
  const misspelt = lints.filter((lint) => {
    const word = text.slice(lint.from, lint.to);
    return lint.rule === 'SpellCheck' && /^\p{Ll}/u.test(word) && !isAcceptedWord(word, accepted);
  }).length;
  return words >= 3 && misspelt / words >= FOREIGN_SHARE;
}
