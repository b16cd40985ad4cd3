import type { CheckerSettings, HouseStyleRules } from '../../shared/house-style';
// Straight from the module, not the index, which would bring the rules' validator (zod) into the worker.
import { createChecker, type HouseStyleChecker } from '../../shared/house-style/checker';

type Prepared = { rules: HouseStyleRules; settings: CheckerSettings };
let prepared: Prepared | null = null;

/** What decides the compiled rules, as text: worked out for each comparison rather than kept (the rules' text is tens of KB). */
const preparedKey = (rules: HouseStyleRules, settings: CheckerSettings) =>
  JSON.stringify([rules, settings.sections, settings.bioTemplate, settings.spelling?.dialect]);

/** Each open story page's checker, with its per-block cache, by the page's id. */
const checkers = new Map<string, HouseStyleChecker>();

/**
 * The checker of a story page, made from `rules` and `settings` when they
 * come (with the page's first check in this worker). The rules arrive anew
 * with each story page; while they and the settings stay the same, every
 * page is checked against the first copy, so the rules are compiled (their
 * dictionaries built) once per worker, not once per story.
 */
export function houseStyleChecker(page: string, setup?: Prepared): HouseStyleChecker {
  if (setup !== undefined) {
    if (prepared === null || preparedKey(prepared.rules, prepared.settings) !== preparedKey(setup.rules, setup.settings)) {
      const { sections, bioTemplate, spelling } = setup.settings;
      prepared = { rules: setup.rules, settings: { sections, bioTemplate, spelling } };
    }
    checkers.set(page, createChecker(prepared.rules, prepared.settings));
  }
  const checker = checkers.get(page);
  if (checker === undefined) throw new Error('The house-style checker was asked to check before it had the rules.');
  return checker;
}

/** A page closed: its checker and cache go. */
export function forgetHouseStyleChecker(page: string): void {
  checkers.delete(page);
}
