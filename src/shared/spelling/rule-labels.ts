/** What the panel calls a spelling or grammar rule, by ruleId (see spellingRuleId); other engine rules get their name in words. */
const ruleLabels: Readonly<Record<string, string>> = {
  'spelling.spell-check': 'Misspelt words',
  'grammar.repeated-words': 'Doubled words',
  'grammar.an-a': 'a or an',
  'grammar.its-contraction': 'its or it’s',
  'grammar.its-possessive': 'its or it’s',
  'grammar.the-my': '“the” with a possessive (the its, the my)',
  'grammar.there-to-their': 'their, there, they’re',
  'grammar.their-to-there': 'their, there, they’re',
  'grammar.their-to-theyre': 'their, there, they’re',
  'grammar.theyre-to-their': 'their, there, they’re',
  'grammar.theyre-confusions': 'their, there, they’re',
  'grammar.sentence-capitalization': 'Capital letter at the start of a sentence',
};

/**
 * The human name of a spelling or grammar rule ("grammar.an-a" → "a or an",
 * "grammar.possessive-your" → "Possessive your"); null for a ruleId that is
 * not spelling or grammar, which keeps its own name.
 */
export function spellingRuleLabel(ruleId: string): string | null {
  const known = ruleLabels[ruleId];
  if (known !== undefined) return known;
  const match = /^(?:spelling|grammar)\.(.+)$/.exec(ruleId);
  if (match === null) return null;
  const words = (match[1] as string).replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
