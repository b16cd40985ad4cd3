import { expandAlternatives } from '../house-style/parallel-forms';
import type { HouseStyleRules } from '../house-style/rules-schema';

/** The acronyms the house style names, plurals included: a new profile's house dictionary. */
export const defaultHouseWords: readonly string[] = ['NHS', 'ICB', 'ICBs', 'CSU', 'MiP', 'MPs'];

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** The words of names and phrases: "Kate Smyth-Ojukwu" → Kate, Smyth-Ojukwu, Smyth, Ojukwu. */
export function wordsOf(phrases: readonly string[]): string[] {
  const words = new Set<string>();
  for (const phrase of phrases) {
    for (const match of phrase.matchAll(WORD)) {
      words.add(match[0]);
      // The engine splits hyphenated names, so each part must be known too.
      for (const part of match[0].split('-')) if (part !== '') words.add(part);
    }
  }
  return [...words];
}

/**
 * The words the house-style rules decide, which the spelling checker must never
 * call misspelt: the spellings the rules put in (colour, organise), the words
 * they flag themselves (color: one slip, one finding), the exceptions (World
 * Health Organization) and the proper nouns of the sentence-case rule.
 */
export function houseRuleWords(rules: HouseStyleRules): string[] {
  const phrases: string[] = [...rules.exceptions];
  const addForms = (form: string) => {
    try {
      for (const expanded of expandAlternatives(form)) if (!expanded.includes('#')) phrases.push(expanded);
    } catch {
      phrases.push(form); // a form the rules loader accepted but braces do not expand: take it as written
    }
  };
  for (const rule of rules.rules) {
    if (rule.kind === 'dictionary') {
      for (const [key, value] of Object.entries(rule.entries)) {
        addForms(key);
        const replacements = typeof value === 'string' ? [value] : value.replace === null ? [] : [value.replace].flat();
        replacements.forEach(addForms);
      }
    } else if (rule.kind === 'consistency') {
      rule.groups.flat().forEach(addForms);
    } else if (rule.kind === 'builtin' && rule.name === 'sentence-case') {
      phrases.push(...rule.params.properNouns);
    }
  }
  return wordsOf(phrases);
}

/**
 * A word as a set of accepted words knows it: without a possessive ending
 * (NHS’s, ICBs’), so a house word's possessive is accepted with it.
 */
export function withoutPossessive(word: string): string {
  return word.replace(/['’]s?$/u, '');
}

/** Whether `word` (or it without a possessive) is accepted, as written or with a capital at a sentence start. */
export function isAcceptedWord(word: string, accepted: ReadonlySet<string>): boolean {
  for (const form of new Set([word, withoutPossessive(word)])) {
    if (accepted.has(form)) return true;
    const lowered = form.charAt(0).toLowerCase() + form.slice(1);
    if (lowered !== form && accepted.has(lowered)) return true;
  }
  return false;
}
