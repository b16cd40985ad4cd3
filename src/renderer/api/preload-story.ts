import type { CopydeskApi } from '../../shared/api/contract';

/**
 * A window opened on a story asks for it as soon as the app's code has run,
 * not once the page has rendered and run its effects: the request travels
 * while React builds the page. The page's first request for that story gets
 * this answer; every other request goes out as usual.
 */
export function preloadStory(api: CopydeskApi, id: string): CopydeskApi {
  let preloaded: ReturnType<CopydeskApi['getStory']> | null = api.getStory({ id });
  // A failure is reported to the page's own request, which receives this promise.
  preloaded.catch(() => undefined);
  return {
    ...api,
    getStory(input) {
      if (preloaded === null || input.id !== id) return api.getStory(input);
      const answer = preloaded;
      preloaded = null;
      return answer;
    },
  };
}
