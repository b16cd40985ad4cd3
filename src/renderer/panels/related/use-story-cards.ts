import { useCallback, useEffect, useState } from 'react';
import type { StoryCard } from '../../../shared/story/related-schema';
import type { StorySummary } from '../../../shared/story/story-schema';
import { useApi } from '../../api/api-context';

export type StoryCards = {
  /** The current card of a linked story; undefined until it has loaded. */
  cardOf: (storyId: string) => StoryCard | undefined;
  /** Remembers the card of a story just linked, so it shows at once. */
  remember: (card: StoryCard) => void;
  /** True once the store's cards have been read. */
  loaded: boolean;
};

export function cardFromSummary(summary: StorySummary): StoryCard {
  return {
    storyId: summary.id,
    place: summary.trashedAt !== null ? 'trash' : summary.archivedAt !== null ? 'archived' : 'active',
    headline: summary.headline,
    standfirst: summary.standfirst,
    section: summary.section,
    status: summary.status,
    bylineNames: summary.bylineNames,
  };
}

/**
 * Cards for the stories a story links to, read from the store when the
 * story opens and after each save: links are kept by id, so a renamed story
 * shows its new headline here, and one trashed meanwhile shows as such.
 */
export function useStoryCards(storyId: string, revision: number | null): StoryCards {
  const api = useApi();
  const [cards, setCards] = useState<ReadonlyMap<string, StoryCard>>(new Map());
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    if (revision === null) return;
    let live = true;
    api.resolveRelated({ id: storyId }).then(
      (read) => {
        if (!live) return;
        // Cards remembered meanwhile (a link not saved yet) stay.
        setCards((known) => new Map([...known, ...read.map((card) => [card.storyId, card] as const)]));
        setLoaded(true);
      },
      // The links still show (as loading) and can be reordered or removed; the next save tries again.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, storyId, revision]);

  const cardOf = useCallback((id: string) => cards.get(id), [cards]);
  const remember = useCallback((card: StoryCard) => setCards((known) => new Map(known).set(card.storyId, card)), []);
  return { cardOf, remember, loaded };
}
