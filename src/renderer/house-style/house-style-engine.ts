import type { CheckerSettings, HouseStyleRules } from '../../shared/house-style';
// Straight from the modules, not the index, which would bring the rules' validator (zod) into this chunk.
import { createChecker, type HouseStyleChecker } from '../../shared/house-style/checker';
import { filterIgnored, ignoreHere, ignoreRuleInStory } from '../../shared/house-style/ignores';

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

type Prepared = { rules: HouseStyleRules; settings: CheckerSettings };
let prepared: Prepared | null = null;

/** What decides the compiled rules, as text: worked out for each comparison rather than kept (the rules' text is tens of KB). */
const preparedKey = (rules: HouseStyleRules, settings: CheckerSettings) =>
  JSON.stringify([rules, settings.sections, settings.bioTemplate, settings.spelling?.dialect]);

/**
 * An engine for one story with these rules and settings. The rules arrive
 * anew with each story page; while they and the settings stay the same,
 * every story is checked against the first copy, so the rules are compiled
 * (their dictionaries built) once per app session, not once per story.
 */
export function houseStyleEngine(rules: HouseStyleRules, settings: CheckerSettings): HouseStyleEngine {
  if (prepared === null || preparedKey(prepared.rules, prepared.settings) !== preparedKey(rules, settings)) {
    prepared = { rules, settings: { sections: settings.sections, bioTemplate: settings.bioTemplate, spelling: settings.spelling } };
  }
  return { checker: createChecker(prepared.rules, prepared.settings), filterIgnored, ignoreHere, ignoreRuleInStory };
}
