import { expandAlternatives, expandInParallel } from './parallel-forms';
import type { DictionaryEntryValue, DictionaryRule, HouseStyleRules, Rule } from './rules-schema';
import { followCase } from './text-case';

/** What a finding says when the settings choose Oxford spelling, in place of the rule's -ise advice. */
export const OXFORD_ADVICE =
  'Oxford spelling (chosen in the settings): -ize and -ization (organize, organization). Words that are -ise in every spelling keep it (advise, exercise, surprise), and -yse stays (analyse).';

/** Each -ise spelling the word lists offer (lower case) → its Oxford -ize spelling. */
type IzeSpellings = Map<string, string>;

/**
 * The rules as they read under Oxford spelling. Every dictionary entry that
 * turns an -ize spelling into -ise (organize → organise) is turned round, so
 * -ise is found and -ize suggested. The -ize words are those the rules
 * already list, so words that are -ise in every spelling (advise,
 * compromise, televise) are never touched; -yse (analyse), -our, -re and the
 * rest stay as they are. An entry that also changes another part of the word
 * (tranquilize → tranquillise) keeps that change: tranquilize and
 * tranquillise both become tranquillize. The -ise words of consistency
 * groups and job titles (reorganisation, regional organiser) take their -ize
 * spelling too, so no rule asks for what another flags.
 */
export function withOxfordSpelling(rules: HouseStyleRules): HouseStyleRules {
  const ize: IzeSpellings = new Map();
  const turned = rules.rules.map((rule) => (rule.kind === 'dictionary' ? turnDictionary(rule, ize) : rule));
  return { ...rules, rules: turned.map((rule) => respellRule(rule, ize)) };
}

function turnDictionary(rule: DictionaryRule, ize: IzeSpellings): DictionaryRule {
  const entries: Record<string, DictionaryEntryValue> = {};
  for (const [key, value] of Object.entries(rule.entries)) {
    const fix = typeof value === 'string' ? value : typeof value.replace === 'string' ? value.replace : null;
    const pairs = (fix === null ? [] : expandInParallel(key, fix)).map(([form, british]) => ({ form, british, oxford: oxfordSpelling(form, british) }));
    if (!pairs.some((pair) => pair.oxford !== null)) {
      entries[key] = value;
      continue;
    }
    const withFix = (replace: string): DictionaryEntryValue => (typeof value === 'string' ? replace : { ...value, replace });
    for (const { form, british, oxford } of pairs) {
      if (oxford === null) {
        entries[form] = withFix(british);
        continue;
      }
      if (oxford !== form) entries[form] = withFix(oxford);
      entries[british] = { replace: oxford, advice: OXFORD_ADVICE };
      ize.set(british.toLowerCase(), oxford);
    }
  }
  return { ...rule, entries };
}

/**
 * The Oxford spelling of an entry's British fix when the entry's own form is
 * -ize and the fix is the same ending in -ise (organizations → organisations
 * gives organizations); null otherwise (analyze → analyse, color → colour).
 */
function oxfordSpelling(form: string, british: string): string | null {
  const at = form.toLowerCase().lastIndexOf('iz');
  if (at === -1) return null;
  const ending = form.slice(at + 2);
  const britishAt = british.length - ending.length - 2;
  if (britishAt < 0 || british.slice(britishAt).toLowerCase() !== `is${ending}`.toLowerCase()) return null;
  const z = british[britishAt + 1] === 'S' ? 'Z' : 'z';
  return `${british.slice(0, britishAt + 1)}${z}${ending}`;
}

function respellRule(rule: Rule, ize: IzeSpellings): Rule {
  if (rule.kind === 'consistency') return { ...rule, groups: rule.groups.map((group) => group.map((form) => respell(form, ize))) };
  if (rule.kind === 'builtin' && rule.name === 'job-titles') {
    return { ...rule, params: { ...rule.params, titles: rule.params.titles.map((title) => respell(title, ize)) } };
  }
  return rule;
}

/** A form ("re-organis{e,es}") with each -ise word in its -ize spelling, its alternatives kept in order. */
function respell(form: string, ize: IzeSpellings): string {
  const alternatives = expandAlternatives(form);
  const respelt = alternatives.map((text) =>
    text.replace(/[\p{L}\p{M}]+/gu, (word) => {
      const oxford = ize.get(word.toLowerCase());
      return oxford === undefined ? word : followCase(word, oxford);
    }),
  );
  if (respelt.every((text, i) => text === alternatives[i])) return form;
  return respelt.length === 1 ? respelt[0]! : `{${respelt.join(',')}}`;
}
