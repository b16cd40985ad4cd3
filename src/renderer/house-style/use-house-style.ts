import { useEffect, useMemo, useRef, useState } from 'react';
import type { HouseStyleIgnore, TextEdit } from '../../shared/house-style';
import { fieldScopes, fieldText } from '../../shared/house-style/document';
import { sameIgnore, withIgnores, withoutIgnore } from '../../shared/house-style/ignores';
import { applyEdits } from '../../shared/house-style/fixes';
import { lengthTarget } from '../../shared/house-style/length-target';
import type { ApiOutput } from '../../shared/api/contract';
import type { Settings } from '../../shared/settings/settings-schema';
import { generatedAuthorBio } from '../../shared/story/author-bio';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/client';
import { useToasts } from '../ui/toasts';
import type { DraftFields } from '../story/draft-fields';
import { spellingSettingsOf } from '../../shared/spelling/spelling-settings';
import { sharedChecksClient } from '../checks/shared-checks-client';
import { createSpellingSession } from '../spelling/spelling-session';
import { useSpellingWords } from '../spelling/use-spelling-words';
import { createHouseStyleSession, type HouseStyleSession } from './house-style-session';

type Rules = ApiOutput<'getHouseStyleRules'>;

/** The field a fix edits, as the draft names it. */
const draftField = {
  headline: 'headline',
  standfirst: 'standfirst',
  bio: 'authorBio',
  socialHeadline: 'socialHeadline',
  socialDescription: 'socialDescription',
} as const;

/**
 * The story page's house-style session: one for the page once the rules
 * (loaded by the main process at start) and the settings are here; it
 * checks in the checks worker, started when the body editor first has
 * something to check. It
 * is fed the draft's fields and ignores; fixes to fields and new ignores go
 * back into the draft, so they are autosaved with the story.
 */
export function useHouseStyle(
  settings: Settings | null,
  fields: DraftFields | null,
  update: <K extends keyof DraftFields>(key: K, value: DraftFields[K]) => void,
): HouseStyleSession | null {
  const api = useApi();
  const toasts = useToasts();
  const [rules, setRules] = useState<Rules | null>(null);
  useEffect(() => {
    let live = true;
    api.getHouseStyleRules({}).then(
      (loaded) => live && setRules(loaded),
      (error: unknown) => live && setRules({ source: 'built-in', rules: { name: '', exceptions: [], rules: [] }, error: `The house-style rules could not be loaded: ${errorMessage(error)}` }),
    );
    return () => {
      live = false;
    };
  }, [api]);

  const words = useSpellingWords();
  const sections = settings?.sections;
  const bioTemplate = settings?.bioTemplate;
  const spellingSettings = settings === null ? null : spellingSettingsOf(settings);
  const session = useMemo(() => {
    if (rules === null || sections === undefined || bioTemplate === undefined || spellingSettings === null || words === null) return null;
    const rulesInUse = rules.error === undefined ? { source: rules.source } : { source: rules.source, error: rules.error };
    const client = sharedChecksClient();
    const setup = { rules: rules.rules, settings: { sections, bioTemplate, spelling: spellingSettings } };
    // The rules' own words (some 3,600) are worked out in the worker from `setup`, not kept in the page.
    const spelling = createSpellingSession({
      settings: spellingSettings,
      words,
      setup,
      client,
      addHouseWord: (word) => api.addHouseWord({ word }).then((added) => added.words.map((entry) => entry.word)),
    });
    return createHouseStyleSession({
      client,
      setup,
      rules: rulesInUse,
      lengthTarget: (scope) => lengthTarget(rules.rules, scope),
      spelling,
    });
    // The spelling settings by value: a settings object saved anew with the same choices keeps the session.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, rules, sections, bioTemplate, spellingSettings?.dialect, spellingSettings?.spelling, spellingSettings?.grammar, words]);
  useEffect(() => () => session?.close(), [session]);

  const loaded = fields !== null;
  const section = fields?.section ?? '';
  const headline = fields?.headline ?? '';
  const standfirst = fields?.standfirst ?? '';
  const socialHeadline = fields?.socialHeadline ?? '';
  const socialDescription = fields?.socialDescription ?? '';
  const authorBio = fields?.authorBio ?? null;
  const bylines = fields?.bylines;
  const ignores = fields?.houseStyleIgnores;
  useEffect(() => {
    if (session === null || !loaded || bioTemplate === undefined) return;
    const generated = bylines !== undefined && bylines.length > 0 ? generatedAuthorBio(bylines, bioTemplate) : null;
    session.setFields({ section, headline, standfirst, bio: authorBio ?? generated, bylines: bylines ?? [], socialHeadline, socialDescription });
  }, [session, loaded, section, headline, standfirst, authorBio, bylines, bioTemplate, socialHeadline, socialDescription]);
  useEffect(() => {
    if (session !== null) session.setIgnores(ignores ?? []);
  }, [session, ignores]);
  // The ignores as they are now: the page's `ignores` reach here a render later, so a second ignore
  // made before that (or an Undo pressed seconds later) builds on this, or it would undo the first.
  const latestIgnores = useRef(ignores ?? []);
  useEffect(() => {
    latestIgnores.current = ignores ?? [];
  }, [ignores]);

  useEffect(() => {
    if (session === null) return;
    const setIgnores = (next: HouseStyleIgnore[]) => {
      latestIgnores.current = next;
      update('houseStyleIgnores', next);
    };
    session.setHandlers({
      editFields(edits: readonly TextEdit[], document) {
        for (const scope of fieldScopes) {
          const own = edits.filter((edit) => edit.scope === scope);
          if (own.length > 0) update(draftField[scope], applyEdits(fieldText(document, scope), own));
        }
      },
      addIgnores(added: readonly HouseStyleIgnore[]) {
        const current = latestIgnores.current;
        const next = withIgnores(current, added);
        if (next.length === current.length) return;
        const fresh = next.slice(current.length);
        setIgnores(next);
        toasts.show({
          message: ignoredMessage(fresh),
          action: { label: 'Undo', run: () => setIgnores(latestIgnores.current.filter((ignore) => !fresh.some((undone) => sameIgnore(undone, ignore)))) },
        });
      },
      removeIgnore(ignore: HouseStyleIgnore) {
        setIgnores(withoutIgnore(latestIgnores.current, ignore));
      },
    });
    return () => session.setHandlers(null);
  }, [session, update, toasts]);

  return session;
}

function ignoredMessage(ignores: readonly HouseStyleIgnore[]): string {
  const first = ignores[0]!;
  const where = first.matchedText === null ? 'in this story' : `for “${first.matchedText}” here`;
  const rules = ignores.length === 1 ? `Rule ${first.ruleId}` : `Rules ${ignores.map((ignore) => ignore.ruleId).join(', ')}`;
  return `${rules} ignored ${where}. The House style panel lists what is ignored.`;
}
