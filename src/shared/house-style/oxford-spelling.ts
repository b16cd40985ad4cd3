import { expandInParallel } from './parallel-forms';
import type { DictionaryEntryValue, DictionaryRule } from './rules-schema';

/** What a finding says when the settings choose Oxford spelling, in place of the rule's -ise advice. */
export const OXFORD_ADVICE =
  'Oxford spelling (chosen in the settings): -ize and -ization (organize, organization). Words that are -ise in every spelling keep it (advise, exercise, surprise), and -yse stays (analyse).';

/**
 * The rule as it reads under Oxford spelling: every entry that turns an -ize
 * spelling into -ise (organize → organise) is turned round, so -ise is found
 * and -ize suggested. The -ize words are those the rules already list, so
 * words that are -ise in every spelling (advise, compromise, televise) are
 * never touched; -yse (analyse), -our, -re and the rest stay as they are.
 * An entry that also changes another part of the word (tranquilize →
 * tranquillise) keeps that change: tranquilize and tranquillise both become
 * tranquillize.
 */
export function withOxfordSpelling(rule: DictionaryRule): DictionaryRule {
  const entries: Record<string, DictionaryEntryValue> = {};
  for (const [key, value] of Object.entries(rule.entries)) {
    const fix = typeof value === 'string' ? value : typeof value.replace === 'string' ? value.replace : null;
    const pairs = fix === null ? [] : expandInParallel(key, fix);
    const oxford = pairs.map(([form, british]) => ({ form, british, oxford: oxfordSpelling(form, british) }));
    if (!oxford.some((pair) => pair.oxford !== null)) {
      entries[key] = value;
      continue;
    }
    for (const { form, british, oxford: spelling } of oxford) {
      if (spelling === null) {
        entries[form] = typeof value === 'string' ? british : { ...value, replace: british };
        continue;
      }
      if (spelling !== form) entries[form] = typeof value === 'string' ? spelling : { ...value, replace: spelling };
      entries[british] = { replace: spelling, advice: OXFORD_ADVICE };
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
