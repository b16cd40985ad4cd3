import type { LexicalEditor } from 'lexical';
import {
  filterIgnored,
  ignoreHere as ignoreHereOf,
  ignoreRuleInStory,
  type Fix,
  type TextEdit,
  type BylineLike,
  type CheckBlock,
  type CheckDocument,
  type CheckStats,
  type Finding,
  type HouseStyleChecker,
  type HouseStyleIgnore,
} from '../../shared/house-style';
import { createLiveValue, type LiveValue } from '../editor/live-value';
import { applyBodyEdits } from '../editor/plugins/house-style-edits';

/** The story's text fields as the checker reads them. */
export type CheckedFields = {
  section: string;
  headline: string;
  standfirst: string;
  bio: string | null;
  bylines: readonly BylineLike[];
};

/** The latest check: the open findings (ignores applied) and the document they are about. */
export type HouseStyleResult = {
  document: CheckDocument;
  findings: readonly Finding[];
  stats: CheckStats | null;
};

/** Where the checker's rules came from, for the panel's header. */
export type RulesInUse = { source: string; error?: string };

/** What the page does with a fix to its fields and with a new ignore. */
export type HouseStyleHandlers = {
  editFields(edits: readonly TextEdit[], document: CheckDocument): void;
  addIgnore(ignore: HouseStyleIgnore): void;
};

/**
 * One story page's house-style checking: the page hands it the fields and
 * ignores, the body editor its blocks; it checks (coalescing several changes
 * into one run, after the keystroke's frame) and publishes the findings.
 */
export type HouseStyleSession = {
  rules: RulesInUse;
  result: LiveValue<HouseStyleResult>;
  setFields(fields: CheckedFields): void;
  setBody(blocks: readonly CheckBlock[]): void;
  setIgnores(ignores: readonly HouseStyleIgnore[]): void;
  /** Runs a pending check now (before applying a fix, so its offsets are current). */
  checkNow(): HouseStyleResult;
  attachEditor(editor: LexicalEditor | null): void;
  setHandlers(handlers: HouseStyleHandlers | null): void;
  /** Applies fixes (their edits must not overlap) as one undo step in the body. */
  applyFixes(fixes: readonly Fix[]): void;
  ignoreHere(finding: Finding): void;
  ignoreRule(ruleId: string): void;
};

/** The first fix of each finding, leaving out any whose edits overlap one already taken. */
export function compatibleFixes(findings: readonly Finding[]): Fix[] {
  const taken: TextEdit[] = [];
  const fixes: Fix[] = [];
  for (const finding of findings) {
    const fix = finding.fixes[0];
    if (fix === undefined) continue;
    const clashes = fix.edits.some((edit) =>
      taken.some((other) => other.scope === edit.scope && other.blockKey === edit.blockKey && edit.from < other.to + (other.from === other.to ? 1 : 0) && other.from < edit.to + (edit.from === edit.to ? 1 : 0)),
    );
    if (clashes) continue;
    taken.push(...fix.edits);
    fixes.push(fix);
  }
  return fixes;
}

const EMPTY_DOCUMENT: CheckDocument = { section: '', headline: '', standfirst: '', body: [], bio: null };

/** Runs `work` once the browser is idle (at most `timeout` ms later), after the frame that showed the keystroke. */
function whenIdle(work: () => void, timeout: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout });
  else setTimeout(work, 16);
}

export function createHouseStyleSession(checker: HouseStyleChecker, rules: RulesInUse): HouseStyleSession {
  let fields: CheckedFields | null = null;
  let body: readonly CheckBlock[] = [];
  let ignores: readonly HouseStyleIgnore[] = [];
  let scheduled = false;
  let editor: LexicalEditor | null = null;
  let handlers: HouseStyleHandlers | null = null;
  const result = createLiveValue<HouseStyleResult>({ document: EMPTY_DOCUMENT, findings: [], stats: null });

  const run = (): HouseStyleResult => {
    scheduled = false;
    if (fields === null) return result.get();
    const document: CheckDocument = { ...fields, body };
    const checked = checker.check(document);
    const next = { document, findings: filterIgnored(checked.findings, ignores, document), stats: checked.stats };
    result.set(next);
    return next;
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    whenIdle(() => {
      if (scheduled) run();
    }, 250);
  };

  return {
    rules,
    result,
    setFields(next) {
      fields = next;
      schedule();
    },
    setBody(blocks) {
      body = blocks;
      schedule();
    },
    setIgnores(next) {
      ignores = next;
      schedule();
    },
    checkNow: run,
    attachEditor(next) {
      editor = next;
    },
    setHandlers(next) {
      handlers = next;
    },
    applyFixes(fixes) {
      const edits = fixes.flatMap((fix) => fix.edits);
      if (editor !== null) applyBodyEdits(editor, edits);
      const fieldEdits = edits.filter((edit) => edit.blockKey === undefined);
      if (fieldEdits.length > 0) handlers?.editFields(fieldEdits, result.get().document);
    },
    ignoreHere(finding) {
      handlers?.addIgnore(ignoreHereOf(finding, result.get().document));
    },
    ignoreRule(ruleId) {
      handlers?.addIgnore(ignoreRuleInStory(ruleId));
    },
  };
}
