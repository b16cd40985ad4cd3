import type { Scope } from './document';
import type { HouseStyleRules } from './rules-schema';

/** How long a field should be, as the house rules say: the meter beside the field counts towards it. */
export type LengthTarget = { unit: 'characters' | 'words'; max: number };

/** The first characters-or-words metric rule with a maximum for the scope (e.g. headline-length), or null. */
export function lengthTarget(rules: HouseStyleRules, scope: Scope): LengthTarget | null {
  for (const rule of rules.rules) {
    if (rule.kind !== 'metric' || rule.max === undefined || !rule.appliesTo.includes(scope)) continue;
    if (rule.measure === 'characters' || rule.measure === 'words') return { unit: rule.measure, max: rule.max };
  }
  return null;
}
