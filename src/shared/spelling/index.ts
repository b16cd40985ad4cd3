/**
 * Spelling and grammar (docs/spelling.md): pure, shared by the editor's
 * worker and the command line. An engine adapter (src/renderer/spelling,
 * src/main/spelling) lints; this turns its lints into house-style findings.
 */
export { spellingDialects, type EngineLint, type SpellingDialect, type SpellingEngine } from './engine';
export { categoryOf, disabledEngineRules, type SpellingCategory } from './engine-rules';
export { defaultHouseWords, houseRuleWords, wordsOf } from './house-words';
export { findingOfLint, spellingCategoryOf, spellingRuleId } from './lint-findings';
export {
  createSpellChecker,
  defaultSpellingSettings,
  MAX_CHECKED_CHARACTERS,
  type SkipReason,
  type SpellChecker,
  type SpellingNote,
  type SpellingResult,
  type SpellingSettings,
  type SpellingWords,
} from './spell-checker';
export { harperSpellingEngine } from './harper-engine';
export { bylineNames, spellingTexts, type SpellingText } from './spelling-texts';
