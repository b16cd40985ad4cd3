import { useCallback, useEffect, useState } from 'react';
import type { RelatedLinkInput } from '../../../shared/story/story-schema';
import { useApi } from '../../api/api-context';

/**
 * The current headlines of the stories two versions link to (a kept version
 * may link to stories the story no longer does), read once per comparison.
 */
export function useStoryHeadlines(older: readonly RelatedLinkInput[], newer: readonly RelatedLinkInput[]): (storyId: string) => string {
  const api = useApi();
  const ids = [...new Set([...older, ...newer].flatMap((link) => (link.kind === 'story' ? [link.storyId] : [])))].sort().join(' ');
  const [headlines, setHeadlines] = useState<ReadonlyMap<string, string>>(new Map());

  useEffect(() => {
    if (ids === '') return;
    let live = true;
    api.storyCards({ ids: ids.split(' ') }).then(
      (cards) => {
        if (!live) return;
        setHeadlines(new Map(cards.map((card) => [card.storyId, card.place === 'missing' ? 'A story deleted for good' : card.headline || 'Untitled story'])));
      },
      // The comparison still lists the change, with a placeholder for the headline.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, ids]);

  return useCallback((storyId: string) => headlines.get(storyId) ?? 'A linked story', [headlines]);
}
