import type { CheckDocument, Finding, Fix, Scope } from '../../shared/house-style';
import { fieldText, isFieldScope } from '../../shared/house-style/document';
// Straight from the modules, not the index, which would bring the engine adapter into the page's chunk.
import type { SpellingNote, SpellingResult, SpellingWords } from '../../shared/spelling/spell-checker';
import type { SpellingSettings } from '../../shared/spelling/spelling-settings';
import { bylineNames, spellingTexts } from '../../shared/spelling/spelling-texts';
import { createLiveValue, type LiveValue } from '../editor/live-value';
import type { SpellingClient, SpellingStatus } from './spelling-client';

/** What the story page shows of spelling and grammar: the checker's state, its open findings and the texts it skipped. */
export type SpellingView = {
  status: SpellingStatus | { state: 'off' };
  /** A check that failed while the checker itself still runs. */
  error: string | null;
  findings: readonly Finding[];
  notes: readonly SpellingNote[];
};

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
  /** A document house style just checked, and how to leave out what the story ignores. */
  documentChecked(document: CheckDocument, withoutIgnored: (findings: readonly Finding[]) => Finding[]): void;
  /** Whether the fix is one of a shown spelling finding's whose text has changed since (in `document`, read now). */
  isStale(fix: Fix, document: CheckDocument): boolean;
  /** Adds a word to the house dictionary and checks again with it. */
  addWord(word: string): Promise<void>;
  /** Starts the checker again after it failed, and checks. */
  retry(): void;
  close(): void;
};

export type SpellingSessionOptions = {
  settings: SpellingSettings;
  /** What the checker accepts besides its dictionary; the bylined authors' names are added per document. */
  words: SpellingWords;
  /** The shared worker's client, a new one when the last failed. */
  client(): SpellingClient;
  /** Stores a word in the house dictionary; resolves to the dictionary's words. */
  addHouseWord(word: string): Promise<readonly string[]>;
};

type Place = Pick<Finding, 'scope' | 'blockKey'>;

function textAt(document: CheckDocument, place: Place): string | undefined {
  if (place.blockKey !== undefined) return document.body.find((block) => block.key === place.blockKey)?.text;
  return isFieldScope(place.scope) ? fieldText(document, place.scope) : undefined;
}

let sessions = 0;

export function createSpellingSession(options: SpellingSessionOptions): SpellingSession {
  const { settings } = options;
  const on = settings.spelling || settings.grammar;
  // The client queues one check per id: each page its own.
  const id = `story-page-${++sessions}`;
  const view = createLiveValue<SpellingView>({ status: on ? { state: 'loading' } : { state: 'off' }, error: null, findings: [], notes: [] });
  const filter = createLiveValue<FindingFilter>('all');
  let words = options.words;
  let client: SpellingClient | null = null;
  let stopStatus = () => {};
  let latest: { document: CheckDocument; withoutIgnored: (findings: readonly Finding[]) => Finding[] } | null = null;
  let checked: { document: CheckDocument; result: SpellingResult } | null = null;
  let error: string | null = null;
  let sent: string | null = null;
  let closed = false;

  const show = () => {
    if (closed) return;
    const status = client?.status() ?? view.get().status;
    if (latest === null || checked === null) {
      view.set({ ...view.get(), status, error });
      return;
    }
    const now = latest.document;
    const then = checked.document;
    const fresh = (place: Place) => textAt(then, place) === textAt(now, place);
    view.set({
      status,
      error,
      findings: latest.withoutIgnored(checked.result.findings.filter(fresh)),
      notes: checked.result.notes.filter((note) => fresh({ scope: note.scope as Scope, blockKey: note.blockKey })),
    });
  };

  const connect = (): SpellingClient => {
    stopStatus();
    const next = options.client();
    stopStatus = next.onStatus(show);
    client = next;
    return next;
  };

  const check = () => {
    if (!on || closed || latest === null) return;
    const document = latest.document;
    const texts = spellingTexts(document);
    const asked = { ...words, names: [...words.names, ...bylineNames(document)] };
    // Nothing changed since the last check sent (a fix to a field, an ignore): nothing to ask.
    const key = JSON.stringify([texts, asked]);
    if (key === sent) return;
    sent = key;
    const ready = client ?? connect();
    ready.check(id, texts, settings, asked).then(
      (result) => {
        if (result === null) return; // a newer check took its place
        checked = { document, result };
        error = null;
        show();
      },
      (failure: unknown) => {
        if (sent === key) sent = null;
        error = ready.status().state === 'failed' ? null : failure instanceof Error ? failure.message : String(failure);
        show();
      },
    );
  };

  return {
    view,
    filter,
    documentChecked(document, withoutIgnored) {
      latest = { document, withoutIgnored };
      show();
      check();
    },
    isStale(fix, document) {
      if (checked === null || !view.get().findings.some((finding) => finding.fixes.includes(fix))) return false;
      const then = checked.document;
      return fix.edits.some((edit) => textAt(then, edit) !== textAt(document, edit));
    },
    async addWord(word) {
      const houseWords = await options.addHouseWord(word);
      words = { ...words, houseWords };
      check();
    },
    retry() {
      client = null;
      sent = null;
      error = null;
      connect();
      show();
      check();
    },
    close() {
      closed = true;
      stopStatus();
    },
  };
}
