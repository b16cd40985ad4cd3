import type { CheckerSettings, HouseStyleRules } from '../../shared/house-style';
// Straight from the module, not the index, which would bring the rules' validator (zod) into the worker.
import { createChecker, type HouseStyleChecker } from '../../shared/house-style/checker';
import { houseRuleWords } from '../../shared/spelling/house-words';

type Prepared = { rules: HouseStyleRules; settings: CheckerSettings };
let prepared: Prepared | null = null;
/** The words spelling accepts because the rules decide them (about 3,600 for the built-in rules): worked out here, once per rules, never in the page. */
let preparedRuleWords: { for: Prepared; words: readonly string[] } | null = null;

/** What decides the compiled rules, as text: worked out for each comparison rather than kept (the rules' text is tens of KB). */
const preparedKey = (rules: HouseStyleRules, settings: CheckerSettings) =>
  JSON.stringify([rules, settings.sections, settings.bioTemplate, settings.spelling?.dialect]);

/** Each open story page's rules, and its checker (with its per-block cache) once it has checked house style. */
const pages = new Map<string, { prepared: Prepared; checker: HouseStyleChecker | null }>();

/**
 * A story page's rules and settings, as they come with its first check of
 * either kind in this worker. The rules arrive anew with each story page;
 * while they and the settings stay the same, every page is checked against
 * the first copy, so the rules are compiled (their dictionaries built) once
 * per worker, not once per story.
 */
export function setPageRules(page: string, setup: Prepared): void {
  if (prepared === null || preparedKey(prepared.rules, prepared.settings) !== preparedKey(setup.rules, setup.settings)) {
    const { sections, bioTemplate, spelling } = setup.settings;
    prepared = { rules: setup.rules, settings: { sections, bioTemplate, spelling } };
  }
  pages.set(page, { prepared, checker: null });
}

/** The house-style checker of a story page, made from its rules the first time it is asked for. */
export function houseStyleChecker(page: string): HouseStyleChecker {
  const entry = pages.get(page);
  if (entry === undefined) throw new Error('The house-style checker was asked to check before it had the rules.');
  entry.checker ??= createChecker(entry.prepared.rules, entry.prepared.settings);
  return entry.checker;
}

/** The words a story page's rules decide, for its spelling checks; none before the page's rules have come. */
export function pageRuleWords(page: string): readonly string[] {
  const entry = pages.get(page);
  if (entry === undefined) return [];
  if (preparedRuleWords?.for !== entry.prepared) preparedRuleWords = { for: entry.prepared, words: houseRuleWords(entry.prepared.rules) };
  return preparedRuleWords.words;
}

/** A page closed: its rules, checker and cache go. */
export function forgetHouseStyleChecker(page: string): void {
  pages.delete(page);
}
