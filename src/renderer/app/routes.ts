export type Route = { screen: 'library' } | { screen: 'authors' } | { screen: 'settings' } | { screen: 'story'; id: string };

const STORY_HASH = /^#\/story\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** `#/` is the library, `#/authors` the author directory, `#/settings` the settings, `#/story/<id>` a story; anything else falls back to the library. */
export function parseRoute(hash: string): Route {
  if (hash === '#/authors') return { screen: 'authors' };
  if (hash === '#/settings') return { screen: 'settings' };
  const match = STORY_HASH.exec(hash);
  return match ? { screen: 'story', id: match[1]!.toLowerCase() } : { screen: 'library' };
}

export function routeHash(route: Route): string {
  if (route.screen === 'authors') return '#/authors';
  if (route.screen === 'settings') return '#/settings';
  return route.screen === 'story' ? `#/story/${route.id}` : '#/';
}
