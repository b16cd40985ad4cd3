import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '../../../src/renderer/app/routes';

const id = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('hash routes', () => {
  it('opens a story by its id and comes back to the same hash', () => {
    expect(parseRoute(`#/story/${id}`)).toEqual({ screen: 'story', id });
    expect(routeHash({ screen: 'story', id })).toBe(`#/story/${id}`);
  });

  it('opens the author directory', () => {
    expect(parseRoute('#/authors')).toEqual({ screen: 'authors' });
    expect(routeHash({ screen: 'authors' })).toBe('#/authors');
  });

  it('opens the settings', () => {
    expect(parseRoute('#/settings')).toEqual({ screen: 'settings' });
    expect(routeHash({ screen: 'settings' })).toBe('#/settings');
  });

  it('falls back to the library for anything else', () => {
    for (const hash of ['', '#', '#/', '#/story/', '#/story/not-an-id', `#/story/${id}/extra`, '#token=abc', '#/authors/x', '#/settings/x']) {
      expect(parseRoute(hash)).toEqual({ screen: 'library' });
    }
  });
});
