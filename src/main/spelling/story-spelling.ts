import type { Operations } from '../api/open-operations';
import type { CheckDocument, HouseStyleRules } from '../../shared/house-style';
import type { Settings } from '../../shared/settings/settings-schema';
import { bylineNames, createSpellChecker, houseRuleWords, spellingSettingsOf, spellingTexts, type SpellingResult } from '../../shared/spelling';
import { loadSpellingEngine } from './load-spelling-engine';
import { directoryNames, houseWords } from './spelling-inputs';

export interface StorySpelling {
  check(document: CheckDocument): Promise<SpellingResult>;
}

/**
 * Spelling and grammar for the stories of one profile, as the command line
 * checks them: the settings' dialect and toggles, the house dictionary, the
 * words the house-style rules decide, and the author directory's names. Null
 * when the settings switch both spelling and grammar off; throws
 * SpellingEngineLoadError when the engine cannot start.
 */
export async function openStorySpelling(operations: Operations, settings: Settings, rules: HouseStyleRules): Promise<StorySpelling | null> {
  const spelling = spellingSettingsOf(settings);
  if (!spelling.spelling && !spelling.grammar) return null;
  const checker = createSpellChecker(await loadSpellingEngine());
  const ruleWords = houseRuleWords(rules);
  const [house, directory] = await Promise.all([houseWords(operations), directoryNames(operations)]);
  return {
    check: (document) => checker.check(spellingTexts(document), spelling, { houseWords: house, ruleWords, names: [...directory, ...bylineNames(document)] }),
  };
}
