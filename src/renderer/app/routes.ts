export type Route = { screen: 'library' } | { screen: 'story'; id: string };

const STORY_HASH = /^#\/story\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** `#/` is the library, `#/story/<id>` a story; anything else falls back to the library. */
export function parseRoute(hash: string): Route {
  const match = STORY_HASH.exec(hash);
  return match ? { screen: 'story', id: match[1]!.toLowerCase() } : { screen: 'library' };
}

export function routeHash(route: Route): string {
  return route.screen === 'story' ? `#/story/${route.id}` : '#/';
}
