import type { LexicalEditor } from 'lexical';
import type {
  BylineLike,
  CheckBlock,
  CheckDocument,
  CheckResult,
  CheckStats,
  FieldScope,
  Finding,
  Fix,
  HouseStyleIgnore,
  TextEdit,
} from '../../shared/house-style';
import { fieldScopes, fieldText, textsOf } from '../../shared/house-style/document';
import { filterIgnored, ignoreHere, ignoreRuleInStory } from '../../shared/house-style/ignores';
import type { LengthTarget } from '../../shared/house-style/length-target';
import { createLiveValue, type LiveValue } from '../editor/live-value';
import { applyBodyEdits } from '../editor/plugins/house-style-edits';
import type { SpellingSession } from '../spelling/spelling-session';
import { whenIdle } from '../ui/when-idle';
import type { ChecksClient } from '../checks/checks-client';
import type { HouseStyleSetup } from '../checks/checks-protocol';

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
  /** Ignores added at once (a rule group's several rules) are one change, with one notice. */
  addIgnores(ignores: readonly HouseStyleIgnore[]): void;
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
  /** Why the checks worker stopped (it failed twice), for the panel's Retry; null while it runs. */
  failure: LiveValue<string | null>;
  /** Spelling and grammar, checked after each house-style check; null where they are not checked. */
  spelling: SpellingSession | null;
  setFields(fields: CheckedFields): void;
  /** The body changed: read it again (through the attached editor's reader) and check, once typing pauses. */
  bodyChanged(): void;
  setIgnores(ignores: readonly HouseStyleIgnore[]): void;
  /** The story's ignores, as the page last handed them over. */
  ignores: LiveValue<readonly HouseStyleIgnore[]>;
  /** The body editor, and how to read its blocks (see HouseStylePlugin). */
  attachEditor(editor: LexicalEditor | null, readBody: (() => readonly CheckBlock[]) | null): void;
  setHandlers(handlers: HouseStyleHandlers | null): void;
  /** A field's own fixer, used for fixes to it while attached; gives the detach. */
  attachField(scope: FieldScope, fixer: FieldFixer): () => void;
  /** Applies fixes (their edits must not overlap) as one undo step in the body, and one in each field. */
  applyFixes(fixes: readonly Fix[]): void;
  ignoreHere(finding: Finding): void;
  /** "Ignore this rule in this story", for every rule a panel group lists (their/there's rules share one). */
  ignoreRules(ruleIds: readonly string[]): void;
  /** Takes an ignore away, so its findings show again. */
  bringBack(ignore: HouseStyleIgnore): void;
  /** Starts the checks worker again after it stopped, and checks. */
  retry(): void;
  /** The page closed: no more checks, and the worker forgets its checker. */
  close(): void;
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

export type HouseStyleSessionOptions = {
  /** The checks worker's client: house style (and spelling) are checked there, off the editor's thread. */
  client: ChecksClient;
  /** The rules and settings the story is checked against. */
  setup: HouseStyleSetup;
  rules: RulesInUse;
  lengthTarget?: (scope: FieldScope) => LengthTarget | null;
  spelling?: SpellingSession | null;
};

let pages = 0;

/**
 * The checks run in the worker (src/renderer/checks), which starts with the
 * first of them, so opening a story never waits for the checker, and a long
 * story's first check never holds up a keystroke. A result arrives a moment
 * after the text was read: only the findings in texts still as they were are
 * shown, and the next check (already on its way) brings the rest.
 */
export function createHouseStyleSession(options: HouseStyleSessionOptions): HouseStyleSession {
  const { client, setup, rules } = options;
  const lengthTarget = options.lengthTarget ?? (() => null);
  const spelling = options.spelling ?? null;
  // The worker keeps one checker (and its cache) per page.
  const page = `house-style-${++pages}`;
  let fields: CheckedFields | null = null;
  const ignores = createLiveValue<readonly HouseStyleIgnore[]>([]);
  const failure = createLiveValue<string | null>(null);
  let scheduled = false;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let typingSince: number | null = null;
  let editor: LexicalEditor | null = null;
  let readBody: (() => readonly CheckBlock[]) | null = null;
  let handlers: HouseStyleHandlers | null = null;
  let closed = false;
  const fieldFixers = new Map<FieldScope, FieldFixer>();
  const result = createLiveValue<HouseStyleResult>({ document: EMPTY_DOCUMENT, findings: [], stats: null });

  // Nothing is checked until a body editor is attached: the story's text is part of every check.
  const document = (): CheckDocument | null => {
    if (fields === null || readBody === null) return null;
    return { ...fields, body: readBody() };
  };
  // The last check's findings before ignores, so a new or undone ignore shows at once, without a check.
  let latest: { document: CheckDocument; findings: readonly Finding[]; stats: CheckStats } | null = null;
  const show = () => {
    if (latest === null) return;
    const { document: checked, findings, stats } = latest;
    result.set({ document: checked, findings: filterIgnored(findings, ignores.get(), checked), stats });
    spelling?.documentChecked(checked, (more) => filterIgnored(more, ignores.get(), checked));
  };
  const publish = (checked: CheckDocument, found: CheckResult) => {
    // The text may have changed while the worker checked it: what was found in a changed text waits for the next check.
    const now = document() ?? checked;
    const then = textsOf(checked);
    const current = textsOf(now);
    latest = { document: now, findings: found.findings.filter((finding) => then(finding) === current(finding)), stats: found.stats };
    show();
  };
  // Any check reads the body as it is, so a change waiting for a pause in typing is then checked too.
  const forgetTyping = () => {
    clearTimeout(typingTimer);
    typingSince = null;
  };
  // Each check's number, and the newest whose findings were taken.
  let round = 0;
  let shown = 0;
  const run = () => {
    scheduled = false;
    forgetTyping();
    const checked = document();
    if (checked === null || closed) return;
    const mine = ++round;
    client.checkHouseStyle(page, setup, checked).then(
      (found) => {
        // Superseded, or older than a result already shown.
        if (found === null || closed || mine < shown) return;
        shown = mine;
        failure.set(null);
        // Shown in idle time, like the check it answers: never between a keystroke and its frame.
        whenIdle(() => {
          if (!closed && mine === shown) publish(checked, found);
        }, 250);
      },
      (error: unknown) => {
        // A worker that stopped says so (with Retry); a failed check leaves the findings as they were until the next change.
        const worker = client.status().worker;
        if (worker.state === 'failed') failure.set(worker.reason);
        else console.error('The house-style check failed', error);
      },
    );
  };
  function schedule() {
    if (scheduled) return;
    scheduled = true;
    whenIdle(() => {
      if (scheduled) run();
    }, 250);
  }
  const stopStatus = client.onStatus((status) => {
    if (status.worker.state === 'failed') failure.set(status.worker.reason);
  });

  /** Whether a fix's text has changed since its finding was found (in `now`, read as the fix is applied). */
  const isStale = (fix: Fix, now: CheckDocument): boolean => {
    const { findings, document: then } = result.get();
    if (!findings.some((finding) => finding.fixes.includes(fix))) return spelling?.isStale(fix, now) ?? false;
    const before = textsOf(then);
    const after = textsOf(now);
    return fix.edits.some((edit) => before(edit) !== after(edit));
  };

  return {
    rules,
    lengthTarget,
    result,
    failure,
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
      show();
    },
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
      // Findings arrive after their text was read: a fix whose text has changed since is not applied.
      const current = document();
      if (current === null) return;
      const fixes = chosen.filter((fix) => !isStale(fix, current));
      const edits = fixes.flatMap((fix) => fix.edits);
      if (editor !== null) applyBodyEdits(editor, edits);
      const unattached: TextEdit[] = [];
      for (const scope of fieldScopes) {
        const own = edits.filter((edit) => edit.blockKey === undefined && edit.scope === scope);
        const fixer = fieldFixers.get(scope);
        if (own.length === 0) continue;
        if (fixer === undefined) unattached.push(...own);
        else fixer(own, fieldText(current, scope));
      }
      if (unattached.length > 0) handlers?.editFields(unattached, current);
    },
    ignoreHere(finding) {
      handlers?.addIgnores([ignoreHere(finding, result.get().document)]);
    },
    ignoreRules(ruleIds) {
      handlers?.addIgnores(ruleIds.map(ignoreRuleInStory));
    },
    bringBack(ignore) {
      handlers?.removeIgnore(ignore);
    },
    retry() {
      failure.set(null);
      // Spelling's retry starts the worker again (and checks spelling anew); without spelling, house style does.
      if (spelling === null) client.retry();
      else spelling.retry();
      schedule();
    },
    close() {
      closed = true;
      forgetTyping();
      stopStatus();
      spelling?.close();
      client.forget(page);
    },
  };
}
