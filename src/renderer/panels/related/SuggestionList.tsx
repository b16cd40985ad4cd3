import { useEffect, useState } from 'react';
import type { RelatedSuggestion, StoryCard } from '../../../shared/story/related-schema';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/client';
import { storyTitle } from '../../library/story-title';
import { Button } from '../../ui/Button';
import { useDebouncedValue } from '../../ui/use-debounced-value';

const SHOWN = 5;
/** Suggestions follow the saved story; waiting a moment after a save avoids asking on every autosave. */
const REFRESH_DELAY_MS = 600;

type SuggestionListProps = {
  storyId: string;
  /** The stored revision: suggestions are asked for again when it changes. */
  revision: number;
  excluded: ReadonlySet<string>;
  onLink: (card: StoryCard) => void;
};

type Loaded = { suggestions: RelatedSuggestion[]; error: string | null } | null;

/** Stories the store ranks as related (shared tags, then similar text), each one click from being linked. */
export function SuggestionList({ storyId, revision, excluded, onLink }: SuggestionListProps) {
  const api = useApi();
  const [loaded, setLoaded] = useState<Loaded>(null);
  const settledRevision = useDebouncedValue(revision, REFRESH_DELAY_MS);

  useEffect(() => {
    let live = true;
    api.suggestRelated({ storyId, limit: SHOWN + 10 }).then(
      (suggestions) => live && setLoaded({ suggestions, error: null }),
      (error: unknown) => live && setLoaded({ suggestions: [], error: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [api, storyId, settledRevision]);

  if (loaded === null) return <p className="panel-section__empty">Looking for related stories…</p>;
  if (loaded.error !== null) return <p className="panel-section__empty">{loaded.error}</p>;
  const shown = loaded.suggestions.filter((s) => !excluded.has(s.card.storyId)).slice(0, SHOWN);
  if (shown.length === 0) {
    return (
      <p className="panel-section__empty">
        No suggestions yet. Add tags, or write a headline and standfirst: stories sharing them are suggested here.
      </p>
    );
  }
  return (
    <ul className="related-suggestions" aria-label="Suggested stories">
      {shown.map(({ card, reason }) => {
        const title = storyTitle(card.headline);
        return (
          <li key={card.storyId} className="related-suggestion">
            <div className="related-suggestion__text">
              <span className="related-suggestion__headline">{title}</span>
              <span className="related-suggestion__reason">{reason}</span>
            </div>
            <Button size="small" aria-label={`Link “${title}”`} onClick={() => onLink(card)}>
              Link
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
