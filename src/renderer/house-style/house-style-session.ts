import type { LexicalEditor } from 'lexical';
import type {
  BylineLike,
  CheckBlock,
  CheckDocument,
  CheckStats,
  FieldScope,
  Finding,
  Fix,
  HouseStyleIgnore,
  TextEdit,
} from '../../shared/house-style';
import { fieldScopes, fieldText } from '../../shared/house-style/document';
import type { LengthTarget } from '../../shared/house-style/length-target';
import { createLiveValue, type LiveValue } from '../editor/live-value';
import { applyBodyEdits } from '../editor/plugins/house-style-edits';
import type { SpellingSession } from '../spelling/spelling-session';
import { whenIdle } from '../ui/when-idle';
import type { HouseStyleEngine } from './house-style-engine';

/** The story's text fields as the checker reads them. */
export type CheckedFields = {
  section: string;
  headline: string;
  standfirst: string;
  bio: string | null;
  bylines: readonly BylineLike[];
  socialHeadline: string;
  socialDescription: string;
};

/** The latest check: the open findings (ignores applied) and the document they are about. */
export type HouseStyleResult = {
  document: CheckDocument;
  findings: readonly Finding[];
  stats: CheckStats | null;
};

/** Where the checker's rules came from, for the panel's header. */
export type RulesInUse = { source: string; error?: string };

/**
 * A field on screen that applies fixes itself (so they are undoable there):
 * given the edits and the text they were found in, it applies them if that
 * is still its text.
 */
export type FieldFixer = (edits: readonly TextEdit[], checkedText: string) => void;

/** What the page does with a fix to its fields, a new ignore and one brought back. */
export type HouseStyleHandlers = {
  editFields(edits: readonly TextEdit[], document: CheckDocument): void;
  addIgnore(ignore: HouseStyleIgnore): void;
  removeIgnore(ignore: HouseStyleIgnore): void;
};

/**
 * One story page's house-style checking: the page hands it the fields and
 * ignores, the body editor its blocks; it checks (coalescing several changes
 * into one run, when typing pauses) and publishes the findings.
 */
export type HouseStyleSession = {
  rules: RulesInUse;
  /** The house's length target for a field (its metric rule), for the meter beside it; null when the rules set none. */
  lengthTarget(scope: FieldScope): LengthTarget | null;
  result: LiveValue<HouseStyleResult>;
  /** Spelling and grammar, checked after each house-style check; null where they are not checked. */
  spelling: SpellingSession | null;
  setFields(fields: CheckedFields): void;
  /** The body changed: read it again (through the attached editor's reader) and check, once typing pauses. */
  bodyChanged(): void;
  setIgnores(ignores: readonly HouseStyleIgnore[]): void;
  /** The story's ignores, as the page last handed them over. */
  ignores: LiveValue<readonly HouseStyleIgnore[]>;
  /** Runs a pending check now (before applying a fix, so its offsets are current). */
  checkNow(): HouseStyleResult;
  /** The body editor, and how to read its blocks (see HouseStylePlugin). */
  attachEditor(editor: LexicalEditor | null, readBody: (() => readonly CheckBlock[]) | null): void;
  setHandlers(handlers: HouseStyleHandlers | null): void;
  /** A field's own fixer, used for fixes to it while attached; gives the detach. */
  attachField(scope: FieldScope, fixer: FieldFixer): () => void;
  /** Applies fixes (their edits must not overlap) as one undo step in the body, and one in each field. */
  applyFixes(fixes: readonly Fix[]): void;
  ignoreHere(finding: Finding): void;
  ignoreRule(ruleId: string): void;
  /** Takes an ignore away, so its findings show again. */
  bringBack(ignore: HouseStyleIgnore): void;
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

/**
 * While someone types, the body is checked once typing pauses this long (ms),
 * and at least every TYPING_MAX_WAIT_MS through a long unbroken run. A check
 * after every keystroke repainted the underlines between keystrokes and
 * delayed the next one by a frame.
 */
const TYPING_PAUSE_MS = 300;
const TYPING_MAX_WAIT_MS = 2_000;

/**
 * `loadEngine` fetches the checker (a separate chunk) and compiles its rules;
 * it is called when there is first something to check, so opening a story
 * never waits for it. A long story's first check is then analysed in idle
 * slices, so the first keystrokes never wait for it either.
 */
export function createHouseStyleSession(
  loadEngine: () => Promise<HouseStyleEngine>,
  rules: RulesInUse,
  lengthTarget: (scope: FieldScope) => LengthTarget | null = () => null,
  spelling: SpellingSession | null = null,
): HouseStyleSession {
  let engine: HouseStyleEngine | null = null;
  let loading = false;
  let fields: CheckedFields | null = null;
  const ignores = createLiveValue<readonly HouseStyleIgnore[]>([]);
  let scheduled = false;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let typingSince: number | null = null;
  let editor: LexicalEditor | null = null;
  let readBody: (() => readonly CheckBlock[]) | null = null;
  let handlers: HouseStyleHandlers | null = null;
  const fieldFixers = new Map<FieldScope, FieldFixer>();
  const result = createLiveValue<HouseStyleResult>({ document: EMPTY_DOCUMENT, findings: [], stats: null });

  // Nothing is checked until a body editor is attached: the story's text is part of every check.
  const document = (): CheckDocument | null => {
    if (fields === null || readBody === null) return null;
    return { ...fields, body: readBody() };
  };
  const publish = (ready: HouseStyleEngine, checked: CheckDocument): HouseStyleResult => {
    const { findings, stats } = ready.checker.check(checked);
    const next = { document: checked, findings: ready.filterIgnored(findings, ignores.get(), checked), stats };
    result.set(next);
    spelling?.documentChecked(checked, (found) => ready.filterIgnored(found, ignores.get(), checked));
    return next;
  };
  const load = () => {
    if (loading) return;
    loading = true;
    loadEngine().then(
      (loaded) => {
        engine = loaded;
        schedule();
      },
      (error: unknown) => {
        // No findings until the next change tries again; the text is unaffected.
        loading = false;
        console.error('The house-style checker could not be loaded', error);
      },
    );
  };
  // Any check reads the body as it is, so a change waiting for a pause in typing is then checked too.
  const forgetTyping = () => {
    clearTimeout(typingTimer);
    typingSince = null;
  };
  const run = (hasTime: () => boolean) => {
    scheduled = false;
    forgetTyping();
    const checked = document();
    if (checked === null) return;
    if (engine === null) return load();
    if (!engine.checker.prepare(checked, hasTime)) return schedule();
    publish(engine, checked);
  };
  function checkNow(): HouseStyleResult {
    const checked = document();
    if (engine === null || checked === null) return result.get();
    scheduled = false;
    forgetTyping();
    return publish(engine, checked);
  }
  function schedule() {
    if (scheduled) return;
    scheduled = true;
    whenIdle((hasTime) => {
      if (scheduled) run(hasTime);
    }, 250);
  }

  return {
    rules,
    lengthTarget,
    result,
    spelling,
    ignores,
    setFields(next) {
      fields = next;
      spelling?.typed();
      schedule();
    },
    bodyChanged() {
      spelling?.typed();
      const now = performance.now();
      typingSince ??= now;
      clearTimeout(typingTimer);
      typingTimer = setTimeout(schedule, Math.min(TYPING_PAUSE_MS, Math.max(0, typingSince + TYPING_MAX_WAIT_MS - now)));
    },
    setIgnores(next) {
      ignores.set(next);
      schedule();
    },
    checkNow,
    attachEditor(next, reader) {
      editor = next;
      readBody = reader;
      if (reader !== null) schedule();
    },
    setHandlers(next) {
      handlers = next;
    },
    attachField(scope, fixer) {
      fieldFixers.set(scope, fixer);
      return () => {
        if (fieldFixers.get(scope) === fixer) fieldFixers.delete(scope);
      };
    },
    applyFixes(chosen) {
      // Spelling findings arrive after the text was read: one whose text has changed since is not applied.
      let fixes = chosen;
      if (spelling !== null) {
        const current = checkNow().document;
        fixes = chosen.filter((fix) => !spelling.isStale(fix, current));
      }
      const edits = fixes.flatMap((fix) => fix.edits);
      if (editor !== null) applyBodyEdits(editor, edits);
      const checked = result.get().document;
      const unattached: TextEdit[] = [];
      for (const scope of fieldScopes) {
        const own = edits.filter((edit) => edit.blockKey === undefined && edit.scope === scope);
        const fixer = fieldFixers.get(scope);
        if (own.length === 0) continue;
        if (fixer === undefined) unattached.push(...own);
        else fixer(own, fieldText(checked, scope));
      }
      if (unattached.length > 0) handlers?.editFields(unattached, checked);
    },
    ignoreHere(finding) {
      if (engine !== null) handlers?.addIgnore(engine.ignoreHere(finding, result.get().document));
    },
    ignoreRule(ruleId) {
      if (engine !== null) handlers?.addIgnore(engine.ignoreRuleInStory(ruleId));
    },
    bringBack(ignore) {
      handlers?.removeIgnore(ignore);
    },
  };
}
