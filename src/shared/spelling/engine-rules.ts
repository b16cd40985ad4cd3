import type { EngineLint } from './engine';

/**
 * Harper's rules switched off: those that duplicate a house-style rule (spacing,
 * dashes, quotes, ellipses, numbers, title case: one slip, one finding) and
 * those that are a style opinion a magazine writer should not be nagged with.
 * Both adapters pass this to the engine's configuration.
 */
export const disabledEngineRules: readonly string[] = [
  // House style's typography, numbers and sentence-case rules cover these.
  'Spaces',
  'NoFrenchSpaces',
  'Dashes',
  'NumericRangeEnDash',
  'UseEllipsisCharacter',
  'EllipsisLength',
  'QuoteSpacing',
  'UnclosedQuotes',
  'CurrencyPlacement',
  'SpelledNumbers',
  'ExpandTimeShorthands',
  'HyphenateNumberDay',
  'UseTitleCase',
  'OxfordComma',
  'NoOxfordComma',
  // Opinions, not errors.
  'LongSentences',
  'BoringWords',
  'AvoidContractions',
  'OkToOkay',
  'CompoundNouns',
];

/** Kinds of lint that are about style rather than correctness: never shown. */
const styleKinds = new Set(['Style', 'Readability', 'Enhancement', 'Formatting', 'Redundancy']);

/** Kinds (and rules) that are about a word's spelling; every other kept lint is grammar. */
const spellingKinds = new Set(['Spelling', 'Typo']);

export type SpellingCategory = 'spelling' | 'grammar';

/** The category a lint is shown in, or null when it is a style opinion we leave out. */
export function categoryOf(lint: Pick<EngineLint, 'kind' | 'rule'>): SpellingCategory | null {
  if (styleKinds.has(lint.kind) || disabledEngineRules.includes(lint.rule)) return null;
  return spellingKinds.has(lint.kind) || lint.rule === 'SpellCheck' ? 'spelling' : 'grammar';
}
