import type { CheckDocument, CheckResult, CheckerSettings, HouseStyleRules } from '../../shared/house-style';
import type { SpellingResult, SpellingSettings, SpellingText, SpellingWords } from '../../shared/spelling';

/** The rules a story page is checked against (house style, and the words they make right for spelling); sent once per page to each worker it checks in. */
export interface HouseStyleSetup {
  rules: HouseStyleRules;
  settings: CheckerSettings;
}

/** The words a page sends with a spelling check: the worker adds the rules' words itself, from the page's rules. */
export type PageSpellingWords = Omit<SpellingWords, 'ruleWords'>;

/** What the page asks the checks worker (src/renderer/checks/checks-worker.ts). */
export type ChecksRequest =
  /** Check a story page's document against house style; `setup` comes with a page's first check in this worker. */
  | { type: 'house-style'; id: number; page: string; setup?: HouseStyleSetup; document: CheckDocument }
  /** Check these texts of a story page for spelling and grammar; `setup` comes with a page's first check in this worker. */
  | { type: 'spelling'; id: number; page: string; setup?: HouseStyleSetup; texts: readonly SpellingText[]; settings: SpellingSettings; words: PageSpellingWords }
  /** The page closed: its rules and house-style checker (and its cache) can go. */
  | { type: 'forget'; page: string };

/**
 * What the worker answers: the spelling engine is ready or could not load
 * (house style does not depend on it), a long check is still going, or a
 * check's result or failure.
 */
export type ChecksReply =
  | { type: 'spelling-ready' }
  | { type: 'spelling-load-failed'; reason: string }
  /** A long spelling check is under way (sent between its slices): the worker is slow, not hung. */
  | { type: 'working' }
  | { type: 'house-style-result'; id: number; result: CheckResult }
  | { type: 'spelling-result'; id: number; result: SpellingResult }
  | { type: 'check-failed'; id: number; reason: string };
