import type { Settings } from '../settings/settings-schema';
import { spellingSettingsOf, type SpellingDialect } from '../spelling/spelling-settings';
import { scopes, type Scope } from './document';
import { isWordCharacter } from './block-text';
import { expandAlternatives, expandInParallel } from './parallel-forms';
import type {
  BuiltinRule,
  BuiltinRuleNamed,
  ConsistencyRule,
  DictionaryRule,
  ExistenceRule,
  HouseStyleRules,
  MetricRule,
  SubstitutionRule,
} from './rules-schema';
import { withOxfordSpelling } from './oxford-spelling';
import { compileUserPattern } from './user-pattern';
import { parsePhrase, PhraseIndex, phraseKey, type Phrase } from './phrase-index';

/** What the checker reads from the settings; `spelling.dialect` chooses -ise or -ize for the word lists (absent: -ise). */
export type CheckerSettings = Pick<Settings, 'sections' | 'bioTemplate' | 'spelling'>;

/** A dictionary entry found in the phrase index: one entry, whichever of its spellings was found. */
export interface EntryPayload {
  readonly type: 'entry';
  readonly rule: DictionaryRule;
  readonly advice?: string;
  /**
   * The fixes for the entry's spelling with this phrase key whose exact
   * wording `spelledAs` accepts (with matchCase, the text found must be spelt
   * as it); null when no spelling is accepted.
   */
  suggestionsFor(key: string, spelledAs: (exact: string) => boolean): string[] | null;
}

/** An exception phrase (a proper noun): matches only as written. */
export interface ExceptionPayload {
  type: 'exception';
  exact: string;
}

export interface JobTitlePayload {
  type: 'job-title';
  rule: BuiltinRuleNamed<'job-titles'>;
}

export type WordPayload = EntryPayload | ExceptionPayload | JobTitlePayload;

export interface PatternRule {
  rule: SubstitutionRule | ExistenceRule;
  pattern: RegExp;
}

/** One spelling of one form of a consistency group. */
export class ConsistencyAlternative {
  private exactForm: RegExp | undefined;

  constructor(
    readonly rule: ConsistencyRule,
    /** Identifies the group across the story: rule position and group index. */
    readonly groupId: string,
    readonly form: number,
    readonly alternative: number,
    readonly text: string,
    private readonly matchCase: boolean,
  ) {}

  /** The whole alternative, anchored, with a group for each # (number); compiled when first needed, as most never occur. */
  get exact(): RegExp {
    this.exactForm ??= exactForm(this.text, this.matchCase);
    return this.exactForm;
  }
}

export interface ConsistencyMatcher {
  pattern: RegExp;
  matchCase: boolean;
  byKey: Map<string, ConsistencyAlternative[]>;
}

/** What applies to one scope, picked out once. */
export interface ScopeRules {
  patterns: PatternRule[];
  unitMetrics: MetricRule[];
  consistency: ConsistencyMatcher[];
  typography: BuiltinRuleNamed<'typography'>[];
  numbers: BuiltinRuleNamed<'numbers'>[];
  jobTitles: BuiltinRuleNamed<'job-titles'>[];
  links: BuiltinRuleNamed<'links'>[];
  sentenceCase: BuiltinRuleNamed<'sentence-case'>[];
}

export interface CompiledRules {
  byScope: Record<Scope, ScopeRules>;
  words: PhraseIndex<WordPayload>;
  /** Per consistency group id: each form's alternatives. */
  consistencyForms: Map<string, string[][]>;
  storyMetrics: MetricRule[];
  pullQuoteVerbatim: BuiltinRuleNamed<'pull-quote-verbatim'>[];
  endMarkAndBio: BuiltinRuleNamed<'end-mark-and-bio'>[];
  /** Sentence case needs to know which words the body capitalises mid-sentence. */
  needsProperNouns: boolean;
  settings: CheckerSettings;
}

const NUMBER = '\\d+(?:[.,]\\d+)*';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}])';
const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}])';

/** A consistency form as a pattern: # is a number, spaces are any spaces, ' and ’ are the same. */
function formSource(form: string, captureNumbers: boolean): string {
  return form
    .split(/(#|\s+|['’])/)
    .map((part) => {
      if (part === '#') return captureNumbers ? `(${NUMBER})` : NUMBER;
      if (part === "'" || part === '’') return "['’]";
      if (/^\s+$/.test(part)) return '\\s+';
      return escapeRegExp(part);
    })
    .join('');
}

/** Whether a form needs a word boundary before and after it (it starts or ends with a letter, digit or number). */
function formEdges(form: string): [boolean, boolean] {
  const edge = (ch: string) => ch === '#' || isWordCharacter(ch);
  return [edge(form[0] ?? ''), edge(form[form.length - 1] ?? '')];
}

/** The form alone, anchored, with a group for each number. */
function exactForm(form: string, matchCase: boolean): RegExp {
  return new RegExp(`^${formSource(form, true)}$`, matchCase ? 'u' : 'iu');
}

/**
 * All forms in one alternation, longest first (so "re-organisations" wins
 * over "re-organisation"), with the word-boundary checks written once per
 * kind of edge rather than once per form: compiling hundreds of Unicode
 * classes under the i flag is what makes a big pattern slow to build.
 */
function combinedPattern(forms: readonly string[], matchCase: boolean): RegExp {
  const byEdges = new Map<string, string[]>();
  for (const form of [...new Set(forms)].sort((a, b) => b.length - a.length)) {
    const [start, end] = formEdges(form);
    const key = `${start ? NOT_AFTER_WORD : ''}|${end ? NOT_BEFORE_WORD : ''}`;
    byEdges.set(key, [...(byEdges.get(key) ?? []), formSource(form, false)]);
  }
  const branches = [...byEdges].map(([key, sources]) => {
    const [before, after] = key.split('|');
    return `${before}(?:${sources.join('|')})${after}`;
  });
  return new RegExp(branches.join('|'), matchCase ? 'gu' : 'giu');
}

/** How a consistency occurrence is looked up: case folded unless matchCase, numbers as #, one space. */
export function consistencyKey(text: string, matchCase: boolean): string {
  const cased = matchCase ? text : text.toLowerCase();
  return cased.replace(/\d+(?:[.,]\d+)*/g, '#').replace(/\s+/g, ' ').replaceAll("'", '’');
}

function compileConsistency(rules: ConsistencyRule[], positions: Map<ConsistencyRule, number>, forms: Map<string, string[][]>): ConsistencyMatcher[] {
  const matchers: ConsistencyMatcher[] = [];
  for (const matchCase of [false, true]) {
    const chosen = rules.filter((rule) => rule.matchCase === matchCase);
    if (chosen.length === 0) continue;
    const byKey = new Map<string, ConsistencyAlternative[]>();
    const texts: string[] = [];
    for (const rule of chosen) {
      rule.groups.forEach((group, g) => {
        const groupId = `${positions.get(rule)}:${g}`;
        const expanded = group.map(expandAlternatives);
        forms.set(groupId, expanded);
        expanded.forEach((alternatives, form) =>
          alternatives.forEach((text, alternative) => {
            const key = consistencyKey(text, matchCase);
            const found = new ConsistencyAlternative(rule, groupId, form, alternative, text, matchCase);
            const list = byKey.get(key);
            if (list === undefined) byKey.set(key, [found]);
            else list.push(found);
            texts.push(text);
          }),
        );
      });
    }
    matchers.push({ pattern: combinedPattern(texts, matchCase), matchCase, byKey });
  }
  return matchers;
}

/**
 * One word-list entry ("colo{r,rs}": "colou{r,rs}"), the payload of all its
 * spellings: which spelling was found and its fixes are worked out again
 * from the key it was found under, instead of keeping an object for each of
 * the thousands of spellings a rules file expands to.
 */
class DictionaryEntry implements EntryPayload {
  readonly type = 'entry';

  constructor(
    readonly rule: DictionaryRule,
    private readonly key: string,
    private readonly value: DictionaryRule['entries'][string],
  ) {}

  get advice(): string | undefined {
    return typeof this.value === 'string' ? undefined : this.value.advice;
  }

  suggestionsFor(key: string, spelledAs: (exact: string) => boolean): string[] | null {
    for (const [form, suggestions] of this.spellings()) {
      const phrase = parsePhrase(form);
      if (phraseKey(phrase) === key && spelledAs(exactPhrase(phrase))) return suggestions;
    }
    return null;
  }

  /** Each spelling with its fixes, in a fixed order. */
  spellings(): Array<[string, string[]]> {
    const value = this.value;
    const replace = typeof value === 'string' ? [value] : value.replace === null ? [] : [value.replace].flat();
    const byForm = new Map<string, string[]>();
    if (replace.length === 0) {
      for (const form of expandAlternatives(this.key)) byForm.set(form, []);
    }
    for (const suggestion of replace) {
      for (const [form, fix] of expandInParallel(this.key, suggestion)) {
        const suggestions = byForm.get(form);
        if (suggestions === undefined) byForm.set(form, [fix]);
        else suggestions.push(fix);
      }
    }
    return [...byForm];
  }
}

/** Each entry once under each of its spellings' phrase keys. */
function dictionaryPayloads(rule: DictionaryRule): Array<{ phrase: Phrase; payload: EntryPayload }> {
  const out: Array<{ phrase: Phrase; payload: EntryPayload }> = [];
  for (const [key, value] of Object.entries(rule.entries)) {
    const entry = new DictionaryEntry(rule, key, value);
    const keys = new Set<string>();
    for (const [form] of entry.spellings()) {
      const phrase = parsePhrase(form);
      const phraseKeyHere = phraseKey(phrase);
      if (keys.has(phraseKeyHere)) continue;
      keys.add(phraseKeyHere);
      out.push({ phrase, payload: entry });
    }
  }
  return out;
}

/** A phrase as the index compares it when case matters: words and single separators, apostrophes as ’. */
function exactPhrase(phrase: Phrase): string {
  return phrase.words.map((word, i) => (i === 0 ? word : `${phrase.gaps[i - 1]}${word}`)).join('');
}

function emptyScopeRules(): ScopeRules {
  return {
    patterns: [],
    unitMetrics: [],
    consistency: [],
    typography: [],
    numbers: [],
    jobTitles: [],
    links: [],
    sentenceCase: [],
  };
}

function builtinsNamed<N extends BuiltinRule['name']>(rules: readonly BuiltinRule[], name: N): BuiltinRuleNamed<N>[] {
  return rules.filter((rule): rule is BuiltinRuleNamed<N> => rule.name === name);
}

const compiledByRules = new WeakMap<HouseStyleRules, Map<SpellingDialect, Omit<CompiledRules, 'settings'>>>();

/**
 * Turns validated rules into what the checker runs: compiled patterns, one
 * phrase index, rules per scope. Done once per rule set and spelling dialect:
 * checkers for the same rules (one per story opened) share it.
 */
export function compileRules(rules: HouseStyleRules, settings: CheckerSettings): CompiledRules {
  const { dialect } = spellingSettingsOf(settings);
  let byDialect = compiledByRules.get(rules);
  if (byDialect === undefined) {
    byDialect = new Map();
    compiledByRules.set(rules, byDialect);
  }
  let compiled = byDialect.get(dialect);
  if (compiled === undefined) {
    compiled = compile(dialect === 'oxford-ize' ? withOxfordSpelling(rules) : rules);
    byDialect.set(dialect, compiled);
  }
  return { ...compiled, settings };
}

function compile(rules: HouseStyleRules): Omit<CompiledRules, 'settings'> {
  const words = new PhraseIndex<WordPayload>();
  for (const exception of rules.exceptions) {
    const phrase = parsePhrase(exception);
    words.add(phrase, { type: 'exception', exact: exactPhrase(phrase) });
  }

  const dictionaries = rules.rules.filter((rule): rule is DictionaryRule => rule.kind === 'dictionary');
  for (const rule of dictionaries) {
    for (const { phrase, payload } of dictionaryPayloads(rule)) words.add(phrase, payload);
  }
  const builtins = rules.rules.filter((rule): rule is BuiltinRule => rule.kind === 'builtin');
  for (const rule of builtinsNamed(builtins, 'job-titles')) {
    for (const title of rule.params.titles) words.add(parsePhrase(title), { type: 'job-title', rule });
  }

  const consistencyRules = rules.rules.filter((rule): rule is ConsistencyRule => rule.kind === 'consistency');
  const positions = new Map(consistencyRules.map((rule, i) => [rule, i]));
  const consistencyForms = new Map<string, string[][]>();

  // Each pattern is compiled once and shared by the scopes it applies to. The consistency forms of all rules
  // share one set of big patterns too (each costs tens of KB of compiled code once run); an occurrence counts
  // only in the scopes its rule applies to.
  const patterns = new Map<SubstitutionRule | ExistenceRule, PatternRule>();
  const consistency = compileConsistency(consistencyRules, positions, consistencyForms);
  const byScope = Object.fromEntries(scopes.map((scope) => [scope, emptyScopeRules()])) as Record<Scope, ScopeRules>;
  for (const scope of scopes) {
    const here = byScope[scope];
    const applies = (rule: { appliesTo: readonly Scope[] }) => rule.appliesTo.includes(scope);
    for (const rule of rules.rules) {
      if (!applies(rule)) continue;
      if (rule.kind === 'substitution' || rule.kind === 'existence') {
        let compiled = patterns.get(rule);
        if (compiled === undefined) {
          compiled = { rule, pattern: compileUserPattern(rule.pattern, rule.flags) };
          patterns.set(rule, compiled);
        }
        here.patterns.push(compiled);
      } else if (rule.kind === 'metric' && (rule.measure === 'characters' || rule.measure === 'words' || rule.measure === 'sentences')) {
        here.unitMetrics.push(rule);
      }
    }
    here.consistency = consistencyRules.some(applies) ? consistency : [];
    const scoped = builtins.filter(applies);
    here.typography = builtinsNamed(scoped, 'typography');
    here.numbers = builtinsNamed(scoped, 'numbers');
    here.jobTitles = builtinsNamed(scoped, 'job-titles');
    here.links = builtinsNamed(scoped, 'links');
    here.sentenceCase = builtinsNamed(scoped, 'sentence-case');
  }

  return {
    byScope,
    words,
    consistencyForms,
    storyMetrics: rules.rules.filter(
      (rule): rule is MetricRule => rule.kind === 'metric' && (rule.measure === 'body-words' || rule.measure === 'pull-quotes'),
    ),
    pullQuoteVerbatim: builtinsNamed(builtins, 'pull-quote-verbatim'),
    endMarkAndBio: builtinsNamed(builtins, 'end-mark-and-bio'),
    needsProperNouns: builtinsNamed(builtins, 'sentence-case').length > 0,
  };
}
