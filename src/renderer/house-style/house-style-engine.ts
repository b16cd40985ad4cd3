import {
  createChecker,
  filterIgnored,
  ignoreHere,
  ignoreRuleInStory,
  type CheckerSettings,
  type HouseStyleChecker,
  type HouseStyleRules,
} from '../../shared/house-style';

/**
 * The house-style checker and what the story page does with its findings:
 * loaded on demand (load-house-style-engine.ts), so opening a story never
 * waits for the rules engine.
 */
export type HouseStyleEngine = {
  checker: HouseStyleChecker;
  filterIgnored: typeof filterIgnored;
  ignoreHere: typeof ignoreHere;
  ignoreRuleInStory: typeof ignoreRuleInStory;
};

type Prepared = { key: string; rules: HouseStyleRules; settings: CheckerSettings };
let prepared: Prepared | null = null;

/**
 * An engine for one story with these rules and settings. The rules arrive
 * anew with each story page; while they and the settings stay the same,
 * every story is checked against the first copy, so the rules are compiled
 * (their dictionaries built) once per app session, not once per story.
 */
export function houseStyleEngine(rules: HouseStyleRules, settings: CheckerSettings): HouseStyleEngine {
  const key = JSON.stringify([rules, settings.sections, settings.bioTemplate]);
  if (prepared?.key !== key) prepared = { key, rules, settings: { sections: settings.sections, bioTemplate: settings.bioTemplate } };
  return { checker: createChecker(prepared.rules, prepared.settings), filterIgnored, ignoreHere, ignoreRuleInStory };
}
