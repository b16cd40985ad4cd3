/**
 * The checks worker: house style and spelling and grammar, off the editor's
 * thread (docs/spelling-in-the-editor.md). A house-style check runs as it
 * arrives, between the slices of a spelling check; the spelling engine is
 * loaded with the first spelling check, and a failure to load it fails
 * spelling only.
 */
import type { SpellChecker, SpellingResult, SpellingSettings, SpellingText, SpellingWords } from '../../shared/spelling';
import type { ChecksReply, ChecksRequest } from './checks-protocol';
import { forgetHouseStyleChecker, houseStyleChecker, pageRuleWords, setPageRules } from './house-style-checkers';
import { letOthersRun } from './let-others-run';

/** The worker's global scope, as much of it as this file uses (the DOM library types `self` as a window). */
const scope = self as unknown as {
  postMessage(reply: ChecksReply): void;
  onmessage: ((event: MessageEvent<ChecksRequest>) => void) | null;
};

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

let spelling: Promise<SpellChecker> | null = null;

function spellChecker(): Promise<SpellChecker> {
  if (spelling === null) {
    spelling = import('./spelling-engine').then((engine) => engine.startSpellChecker());
    spelling.then(
      () => scope.postMessage({ type: 'spelling-ready' }),
      (error: unknown) => scope.postMessage({ type: 'spelling-load-failed', reason: reasonOf(error) }),
    );
  }
  return spelling;
}

/**
 * About this many characters of a spelling check are linted at a time (a
 * fraction of a second of the engine's work, 0.1–0.5 s), so a house-style
 * check that arrives meanwhile waits at most that long.
 */
const SLICE_CHARACTERS = 2_000;

async function checkSpelling(texts: readonly SpellingText[], settings: SpellingSettings, words: SpellingWords): Promise<SpellingResult> {
  const checker = await spellChecker();
  const result: SpellingResult = { findings: [], notes: [], linted: 0 };
  for (let start = 0; start < texts.length; ) {
    let end = start + 1;
    for (let size = texts[start]!.text.length; end < texts.length && size + texts[end]!.text.length <= SLICE_CHARACTERS; end += 1) size += texts[end]!.text.length;
    const part = await checker.check(texts.slice(start, end), settings, words);
    result.findings.push(...part.findings);
    result.notes.push(...part.notes);
    result.linted += part.linted;
    start = end;
    if (start < texts.length) {
      // A story of words the engine does not know can take minutes on a busy machine: say it is still going.
      scope.postMessage({ type: 'working' });
      await letOthersRun();
    }
  }
  return result;
}

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'forget') {
    forgetHouseStyleChecker(request.page);
  } else if (request.type === 'house-style') {
    try {
      if (request.setup !== undefined) setPageRules(request.page, request.setup);
      const result = houseStyleChecker(request.page).check(request.document);
      scope.postMessage({ type: 'house-style-result', id: request.id, result });
    } catch (error) {
      scope.postMessage({ type: 'check-failed', id: request.id, reason: reasonOf(error) });
    }
  } else {
    const { id, page, setup, texts, settings } = request;
    // The page's rules and their words are taken inside the check's promise: a failure fails this check only.
    new Promise<SpellingWords>((resolve) => {
      if (setup !== undefined) setPageRules(page, setup);
      resolve({ ...request.words, ruleWords: pageRuleWords(page) });
    })
      .then((words) => checkSpelling(texts, settings, words))
      .then(
        (result) => scope.postMessage({ type: 'spelling-result', id, result }),
        (error: unknown) => scope.postMessage({ type: 'check-failed', id, reason: reasonOf(error) }),
      );
  }
};
