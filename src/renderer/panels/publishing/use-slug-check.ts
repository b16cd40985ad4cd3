import { useEffect, useState } from 'react';
import type { SlugCheck } from '../../../shared/story/story-schema';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/client';

export type SlugCheckResult = { slug: string; check: SlugCheck | null; error: string | null };

/** Typing pauses this long before the store is asked about the slug. */
const CHECK_DELAY_MS = 200;

/**
 * Asks the store whether the story may take `slug` (a valid one; null asks
 * nothing), and what it was last exported as. The result names the slug it
 * is about, so an answer for an earlier keystroke is never taken for this one.
 */
export function useSlugCheck(storyId: string, slug: string | null): SlugCheckResult | null {
  const api = useApi();
  const [result, setResult] = useState<SlugCheckResult | null>(null);

  useEffect(() => {
    if (slug === null) return undefined;
    let live = true;
    const timer = setTimeout(() => {
      api.checkSlug({ storyId, slug }).then(
        (check) => live && setResult({ slug, check, error: null }),
        (error: unknown) => live && setResult({ slug, check: null, error: errorMessage(error) }),
      );
    }, CHECK_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, storyId, slug]);

  return result !== null && result.slug === slug ? result : null;
}
