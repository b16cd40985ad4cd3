import type { Operations } from '../api/open-operations';
import type { CheckDocument, HouseStyleRules } from '../../shared/house-style';
import type { Settings } from '../../shared/settings/settings-schema';
import { bylineNames, createSpellChecker, houseRuleWords, spellingSettingsOf, spellingTexts, type SpellingResult } from '../../shared/spelling';
import { loadSpellingEngine } from './load-spelling-engine';
import { directoryNames, houseWords } from './spelling-inputs';

export interface StorySpelling {
  /** Never rejects: the story the engine fails on says why (`failure`), and the stories after it get no findings. */
  check(document: CheckDocument): Promise<Pick<SpellingResult, 'findings' | 'notes'> & { failure?: string }>;
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
  let failed = false;
  return {
    async check(document) {
      if (failed) return { findings: [], notes: [] };
      try {
        return await checker.check(spellingTexts(document), spelling, { houseWords: house, ruleWords, names: [...directory, ...bylineNames(document)] });
      } catch (error) {
        failed = true;
        return { findings: [], notes: [], failure: `the spelling engine failed (${error instanceof Error ? error.message : String(error)}).` };
      }
    },
  };
}
