import type { CheckDocument, Finding, Fix, Scope } from '../../shared/house-style';
import { textsOf } from '../../shared/house-style/document';
// Straight from the modules, not the index, which would bring the engine adapter into the page's chunk.
import type { SpellingNote } from '../../shared/spelling/spell-checker';
import type { SpellingSettings } from '../../shared/spelling/spelling-settings';
import { bylineNames, spellingTexts, type SpellingText } from '../../shared/spelling/spelling-texts';
import { createLiveValue, type LiveValue } from '../editor/live-value';
import type { ChecksClient, ChecksStatus, SpellingStatus } from '../checks/checks-client';
import type { HouseStyleSetup, PageSpellingWords } from '../checks/checks-protocol';

/** What the story page shows of spelling and grammar: the checker's state, its open findings and the texts it skipped. */
export type SpellingView = {
  /** 'stopped': the whole checks worker stopped; house style's note says so, with Retry. */
  status: SpellingStatus | { state: 'off' } | { state: 'stopped' };
  /** A check that failed while the checker itself still runs. */
  error: string | null;
  /** A check is on its way. */
  checking: boolean;
  /** How far a check of a long story has got, in characters; null when it is done or takes one step. */
  progress: { done: number; total: number } | null;
  findings: readonly Finding[];
  notes: readonly SpellingNote[];
};

/** Spelling on a page that checks none (the benchmark's bare page, before the rules load), so readers see one shape. */
export const noSpelling: LiveValue<SpellingView> = createLiveValue<SpellingView>({
  status: { state: 'off' },
  error: null,
  checking: false,
  progress: null,
  findings: [],
  notes: [],
});

/** Which findings the panel shows; kept for as long as the story page is open. */
export type FindingFilter = 'all' | 'house-style' | 'spelling' | 'grammar';

/**
 * One story page's spelling and grammar: the house-style session hands it
 * each document it checked, and it checks the same texts in the spelling
 * worker, off the editor's thread. Findings arrive later than house style's,
 * so each is shown only while its text is still the text it was found in.
 */
export type SpellingSession = {
  view: LiveValue<SpellingView>;
  filter: LiveValue<FindingFilter>;
  /** Someone typed: checks wait for a pause, so the engine never competes with the keystrokes. */
  typed(): void;
  /** A document house style just checked, and how to leave out what the story ignores. */
  documentChecked(document: CheckDocument, withoutIgnored: (findings: readonly Finding[]) => Finding[]): void;
  /** Whether the fix is one of a shown spelling finding's whose text has changed since (in `document`, read now). */
  isStale(fix: Fix, document: CheckDocument): boolean;
  /** Adds a word to the house dictionary and checks again with it. */
  addWord(word: string): Promise<void>;
  /** Starts the checks worker again (after the engine or the worker failed), and checks. */
  retry(): void;
  close(): void;
};

export type SpellingSessionOptions = {
  settings: SpellingSettings;
  /**
   * What the checker accepts besides its dictionary and the words the rules
   * decide (which the worker takes from `setup`); the bylined authors' names
   * are added per document.
   */
  words: PageSpellingWords;
  /** The page's house-style rules and settings, as its house-style checks send them. */
  setup: HouseStyleSetup;
  /** The checks worker's client, shared with house style. */
  client: ChecksClient;
  /** Stores a word in the house dictionary; resolves to the dictionary's words. */
  addHouseWord(word: string): Promise<readonly string[]>;
};

type Place = Pick<Finding, 'scope' | 'blockKey'>;

/** Whether two lists of texts are the same texts in the same places: compared rather than serialised, as a long story is megabytes. */
function sameTexts(a: readonly SpellingText[], b: readonly SpellingText[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((text, index) => {
    const other = b[index]!;
    return text.text === other.text && text.blockKey === other.blockKey && text.scope === other.scope && JSON.stringify(text.code) === JSON.stringify(other.code);
  });
}

/**
 * A story's texts go to the worker in batches of about this many characters
 * (a few hundred milliseconds of the engine's work), each sent only while
 * typing is paused: a long story is read bit by bit between keystrokes,
 * with progress, and no step runs into the client's timeout.
 */
const BATCH_CHARACTERS = 20_000;

function batchesOf(texts: readonly SpellingText[]): SpellingText[][] {
  const batches: SpellingText[][] = [];
  let current: SpellingText[] = [];
  let size = 0;
  for (const text of texts) {
    if (current.length > 0 && size + text.text.length > BATCH_CHARACTERS) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(text);
    size += text.text.length;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

const placeKey = (place: Place): string => place.blockKey ?? place.scope;

/**
 * A spelling check waits until no key has been typed for this long (ms).
 * House style checks at shorter pauses and every two seconds through a long
 * run of typing; the engine's start (compiling 16 MB of WebAssembly) and its
 * first read of a long story would take a core from the typing on a busy
 * two-core machine, so spelling waits for a real pause.
 */
const TYPING_PAUSE_MS = 1_000;

/** The first check waits this much longer after the page opens (ms): someone who starts typing at once has the cores to themselves. */
const OPENING_QUIET_MS = 1_000;

const sameItems = <T>(a: readonly T[], b: readonly T[]): boolean => a.length === b.length && a.every((item, index) => item === b[index]);

/** Whether two views show the same: a house-style check that changes nothing here then repaints and re-renders nothing. */
function sameView(a: SpellingView, b: SpellingView): boolean {
  return (
    a.status === b.status &&
    a.error === b.error &&
    a.checking === b.checking &&
    a.progress === b.progress &&
    sameItems(a.findings, b.findings) &&
    sameItems(a.notes, b.notes)
  );
}

/** Spelling's state as the page shows it: the engine's, unless the whole worker stopped. */
const statusOf = (status: ChecksStatus): SpellingView['status'] => (status.worker.state === 'failed' ? { state: 'stopped' } : status.spelling);

let sessions = 0;

export function createSpellingSession(options: SpellingSessionOptions): SpellingSession {
  const { settings } = options;
  const on = settings.spelling || settings.grammar;
  // The client queues one check per id: each page its own.
  const id = `story-page-${++sessions}`;
  const view = createLiveValue<SpellingView>(
    {
    status: on ? { state: 'loading' } : { state: 'off' },
    error: null,
    checking: false,
    progress: null,
    findings: [],
    notes: [],
  },
    sameView,
  );
  const filter = createLiveValue<FindingFilter>('all');
  let words = options.words;
  // Connected while spelling is on (the worker starts with the first check of either kind, the engine with spelling's).
  let client: ChecksClient | null = null;
  let stopStatus = () => {};
  let latest: { document: CheckDocument; withoutIgnored: (findings: readonly Finding[]) => Finding[] } | null = null;
  let checked: { document: CheckDocument; findings: readonly Finding[]; notes: readonly SpellingNote[] } | null = null;
  let checking = false;
  let progress: SpellingView['progress'] = null;
  let error: string | null = null;
  // What the last check sent, so a re-check that changes nothing (a fix to a field, an ignore) asks nothing.
  let sent: { texts: readonly SpellingText[]; words: PageSpellingWords; names: string } | null = null;
  let closed = false;

  const show = () => {
    if (closed) return;
    const status = client === null ? view.get().status : statusOf(client.status());
    if (latest === null || checked === null) {
      view.set({ ...view.get(), status, error, checking, progress });
      return;
    }
    const now = textsOf(latest.document);
    const then = textsOf(checked.document);
    const fresh = (place: Place) => then(place) === now(place);
    view.set({
      status,
      error,
      checking,
      progress,
      findings: latest.withoutIgnored(checked.findings.filter(fresh)),
      notes: checked.notes.filter((note) => fresh({ scope: note.scope as Scope, blockKey: note.blockKey })),
    });
  };

  const connect = (): ChecksClient => {
    if (client === null) {
      client = options.client;
      stopStatus = client.onStatus(show);
    }
    return client;
  };

  if (on) connect();

  // The page's start counts as typing: the engine's start waits for the story to be open and quiet a moment.
  let lastTyped = performance.now() + OPENING_QUIET_MS;
  let pauseTimer: ReturnType<typeof setTimeout> | undefined;
  const checkWhenPaused = () => {
    clearTimeout(pauseTimer);
    const wait = lastTyped + TYPING_PAUSE_MS - performance.now();
    if (wait > 0) pauseTimer = setTimeout(checkWhenPaused, wait);
    else check();
  };

  /** Resolves once no key has been typed for TYPING_PAUSE_MS. */
  const pause = () =>
    new Promise<void>((resolve) => {
      const wait = () => {
        const left = lastTyped + TYPING_PAUSE_MS - performance.now();
        if (left > 0) setTimeout(wait, left);
        else resolve();
      };
      wait();
    });

  let round = 0;
  const check = () => {
    if (!on || closed || latest === null) return;
    const document = latest.document;
    const texts = spellingTexts(document);
    const bylines = bylineNames(document);
    const key = { texts, words, names: bylines.join('\n') };
    if (sent !== null && sent.words === key.words && sent.names === key.names && sameTexts(sent.texts, texts)) return;
    sent = key;
    const asked = { ...words, names: [...words.names, ...bylines] };
    const ready = client ?? connect();
    const mine = ++round;
    const total = texts.reduce((sum, text) => sum + text.text.length, 0);
    // Until this round has read a text, what the last one found in it stands, while that text is unchanged.
    const before = checked;
    const done = new Set<string>();
    const found: Finding[] = [];
    const notes: SpellingNote[] = [];
    let doneCharacters = 0;
    const carried = <T extends Place>(list: readonly T[]): T[] => {
      if (before === null) return [];
      const then = textsOf(before.document);
      const now = textsOf(document);
      return list.filter((item) => !done.has(placeKey(item)) && then(item) === now(item));
    };
    checking = true;
    show();
    const run = async () => {
      const batches = batchesOf(texts);
      if (batches.length === 0) {
        checking = false;
        checked = { document, findings: [], notes: [] };
        show();
      }
      for (const batch of batches) {
        await pause();
        if (mine !== round || closed) return;
        const result = await ready.checkSpelling(id, options.setup, batch, settings, asked);
        if (result === null || mine !== round) return; // a newer check took its place
        found.push(...result.findings);
        notes.push(...result.notes);
        for (const text of batch) {
          done.add(placeKey(text));
          doneCharacters += text.text.length;
        }
        progress = doneCharacters < total ? { done: doneCharacters, total } : null;
        checking = progress !== null;
        checked = {
          document,
          findings: [...found, ...carried(before?.findings ?? [])],
          notes: [...notes, ...carried((before?.notes ?? []).map((note) => ({ ...note, scope: note.scope as Scope })))],
        };
        error = null;
        show();
      }
    };
    run().catch((failure: unknown) => {
      if (mine !== round) return;
      if (sent === key) sent = null;
      checking = false;
      progress = null;
      // A checker that could not start says so in its status; a failed check here.
      const state = statusOf(ready.status()).state;
      error = state === 'failed' || state === 'stopped' ? null : failure instanceof Error ? failure.message : String(failure);
      show();
    });
  };

  return {
    view,
    filter,
    typed() {
      lastTyped = performance.now();
    },
    documentChecked(document, withoutIgnored) {
      latest = { document, withoutIgnored };
      show();
      checkWhenPaused();
    },
    isStale(fix, document) {
      if (checked === null || !view.get().findings.some((finding) => finding.fixes.includes(fix))) return false;
      const then = textsOf(checked.document);
      const now = textsOf(document);
      return fix.edits.some((edit) => then(edit) !== now(edit));
    },
    async addWord(word) {
      const houseWords = await options.addHouseWord(word);
      words = { ...words, houseWords };
      check();
    },
    retry() {
      sent = null;
      error = null;
      options.client.retry();
      show();
      check();
    },
    close() {
      closed = true;
      clearTimeout(pauseTimer);
      stopStatus();
      client?.forget(id);
    },
  };
}
