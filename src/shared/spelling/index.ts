/**
 * Spelling and grammar (docs/spelling.md): pure, shared by the editor's
 * worker and the command line. An engine adapter (src/renderer/spelling,
 * src/main/spelling) lints; this turns its lints into house-style findings.
 */
export type { EngineLint, SpellingEngine } from './engine';
export { defaultSpellingSettings, spellingDialects, spellingSettingsOf, type SpellingDialect, type SpellingSettings } from './spelling-settings';
export { categoryOf, disabledEngineRules, type SpellingCategory } from './engine-rules';
export { defaultHouseWords, houseRuleWords, wordsOf } from './house-words';
export { findingOfLint, spellingCategoryOf, spellingRuleId } from './lint-findings';
export { spellingRuleLabel } from './rule-labels';
export {
  createSpellChecker,
  MAX_CHECKED_CHARACTERS,
  type SkipReason,
  type SpellChecker,
  type SpellingNote,
  type SpellingResult,
  type SpellingWords,
} from './spell-checker';
export { harperSpellingEngine } from './harper-engine';
export { bylineNames, spellingTexts, type SpellingText } from './spelling-texts';
