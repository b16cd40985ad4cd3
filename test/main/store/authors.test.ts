import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/main/store/store';
import type { Author, Story } from '../../../src/shared/story/story-schema';
import {
  apiErrorOf,
  checkSearchIndex,
  libraryQuery,
  makeTempDir,
  openTestStore,
  removeTempDir,
  type TestClock,
} from './store-fixtures';

let dir: string;
let store: Store;
let file: string;
let clock: TestClock;

beforeEach(async () => {
  dir = await makeTempDir();
  ({ store, file, clock } = openTestStore(dir));
});

afterEach(async () => {
  store.close();
  await removeTempDir(dir);
});

function author(name: string, role = 'Chair', organisation = 'MiP'): Author {
  return store.authors.create({ name, role, organisation, email: '' });
}

/** A story credited to the given authors, each byline with its own per-story role and organisation. */
function storyBy(headline: string, bylines: { author: Author; role: string; organisation: string }[]): Story {
  clock.advance();
  const created = store.createStory({ section: 'News', headline });
  store.saveStory(created.id, created.revision, {
    bylines: bylines.map((b) => ({ authorId: b.author.id, role: b.role, organisation: b.organisation })),
  });
  return store.getStory(created.id);
}

function headlinesFound(query: string): string[] {
  return store.listStories(libraryQuery({ query })).rows.map((row) => row.headline);
}

describe('updateAuthor', () => {
  it('renames an author: their stories show and are found under the new name, not the old one', () => {
    const priya = author('Priya Shah');
    const story = storyBy('Ward staffing survey', [{ author: priya, role: 'Chair', organisation: 'MiP' }]);
    expect(headlinesFound('Shah')).toEqual(['Ward staffing survey']);

    const renamed = store.authors.update(priya.id, priya.revision, { name: 'Priya Okonjo' });

    expect(renamed).toMatchObject({ name: 'Priya Okonjo', revision: priya.revision + 1 });
    expect(store.authors.get(priya.id)).toMatchObject({ author: { name: 'Priya Okonjo' }, storyCount: 1 });
    expect(store.getStory(story.id).bylines.map((b) => b.name)).toEqual(['Priya Okonjo']);
    expect(headlinesFound('Okonjo')).toEqual(['Ward staffing survey']);
    expect(headlinesFound('Shah')).toEqual([]);
    expect(store.listStories(libraryQuery()).rows[0]!.bylineNames).toEqual(['Priya Okonjo']);
    checkSearchIndex(file);
  });

  it('leaves each byline’s own role and organisation as the story had them', () => {
    const priya = author('Priya Shah', 'Chair', 'MiP');
    const story = storyBy('Ward staffing survey', [{ author: priya, role: 'former chair', organisation: 'the RCN' }]);

    store.authors.update(priya.id, priya.revision, { role: 'Chief executive', organisation: 'Example Trust', email: 'p@example.org' });

    expect(store.authors.get(priya.id).author).toMatchObject({ role: 'Chief executive', organisation: 'Example Trust', email: 'p@example.org' });
    expect(store.getStory(story.id).bylines).toEqual([
      { authorId: priya.id, name: 'Priya Shah', role: 'former chair', organisation: 'the RCN' },
    ]);
    expect(store.getStory(story.id).revision).toBe(story.revision);
  });

  it('refuses an edit based on a stale revision and changes nothing', () => {
    const priya = author('Priya Shah');
    store.authors.update(priya.id, priya.revision, { role: 'Treasurer' });

    const error = apiErrorOf(() => store.authors.update(priya.id, priya.revision, { name: 'Someone Else' }));

    expect(error.code).toBe('conflict');
    expect(store.authors.get(priya.id).author).toMatchObject({ name: 'Priya Shah', role: 'Treasurer', revision: priya.revision + 1 });
  });

  it('answers not_found for an unknown or merged-away author', () => {
    expect(apiErrorOf(() => store.authors.update(randomUUID(), 1, { name: 'X' })).code).toBe('not_found');
    expect(apiErrorOf(() => store.authors.get(randomUUID())).code).toBe('not_found');
  });
});

describe('mergeAuthors', () => {
  it('moves every byline to the kept author with each story’s own role and organisation, and removes the other', () => {
    const keep = author('Priya Shah', 'Chair', 'MiP');
    const dupe = author('P. Shah', 'Chair', 'MiP');
    const other = author('Tom Reid', 'Officer', 'MiP');
    const first = storyBy('Ward staffing survey', [
      { author: other, role: 'Officer', organisation: 'MiP' },
      { author: dupe, role: 'guest writer', organisation: 'Example Trust' },
    ]);
    const second = storyBy('Pay talks stall', [{ author: dupe, role: 'columnist', organisation: '' }]);
    const untouched = storyBy('Rota reform', [{ author: keep, role: 'Chair', organisation: 'MiP' }]);

    expect(store.authors.get(dupe.id).storyCount).toBe(2);
    clock.advance();
    const result = store.authors.merge(keep.id, dupe.id);

    expect(result.storiesChanged).toBe(2);
    expect(result.author.id).toBe(keep.id);
    expect(store.getStory(first.id).bylines).toEqual([
      { authorId: other.id, name: 'Tom Reid', role: 'Officer', organisation: 'MiP' },
      { authorId: keep.id, name: 'Priya Shah', role: 'guest writer', organisation: 'Example Trust' },
    ]);
    expect(store.getStory(second.id).bylines).toEqual([
      { authorId: keep.id, name: 'Priya Shah', role: 'columnist', organisation: '' },
    ]);
    expect(store.getStory(first.id).revision).toBe(first.revision + 1);
    expect(store.getStory(untouched.id).revision).toBe(untouched.revision);
    expect(store.authors.list('').map((a) => a.name)).toEqual(['Priya Shah', 'Tom Reid']);
    expect(store.authors.get(keep.id).storyCount).toBe(3);
    expect(apiErrorOf(() => store.authors.get(dupe.id)).code).toBe('not_found');
    expect(headlinesFound('"P"')).toEqual([]);
    expect(headlinesFound('Priya').sort()).toEqual(['Pay talks stall', 'Rota reform', 'Ward staffing survey']);
    checkSearchIndex(file);
  });

  it('keeps one byline when a story already credits both authors', () => {
    const keep = author('Priya Shah');
    const dupe = author('P. Shah');
    const story = storyBy('Ward staffing survey', [
      { author: dupe, role: 'guest', organisation: '' },
      { author: keep, role: 'Chair', organisation: 'MiP' },
    ]);

    expect(store.authors.merge(keep.id, dupe.id).storiesChanged).toBe(1);

    expect(store.getStory(story.id).bylines).toEqual([
      { authorId: keep.id, name: 'Priya Shah', role: 'Chair', organisation: 'MiP' },
    ]);
    // The story saves as normal afterwards, with the byline it has.
    const saved = store.getStory(story.id);
    expect(() => store.saveStory(story.id, saved.revision, { bylines: [{ authorId: keep.id, role: 'Chair', organisation: '' }] })).not.toThrow();
  });

  it('refuses to merge an author into themselves, and unknown ids, changing nothing', () => {
    const keep = author('Priya Shah');
    const dupe = author('P. Shah');

    expect(apiErrorOf(() => store.authors.merge(keep.id, keep.id)).code).toBe('invalid_input');
    expect(apiErrorOf(() => store.authors.merge(keep.id, randomUUID())).code).toBe('not_found');
    expect(apiErrorOf(() => store.authors.merge(randomUUID(), dupe.id)).code).toBe('not_found');
    store.authors.merge(keep.id, dupe.id);
    expect(apiErrorOf(() => store.authors.merge(keep.id, dupe.id)).code).toBe('not_found');
    expect(store.authors.list('').map((a) => a.name)).toEqual(['Priya Shah']);
  });
});

describe('author photos', () => {
  const sha256 = 'a'.repeat(64);

  it('keeps a stored image as the photo, and refuses one that was never stored', () => {
    store.images.record({ sha256, ext: 'jpg', mime: 'image/jpeg', width: 400, height: 400, byteSize: 1234 });

    const priya = store.authors.create({ name: 'Priya Shah', role: '', organisation: '', email: '', photoSha256: sha256 });

    expect(priya.photo).toEqual({ sha256, ext: 'jpg' });
    expect(store.authors.list('priya')[0]!.photo).toEqual({ sha256, ext: 'jpg' });
    expect(store.authors.update(priya.id, priya.revision, { photoSha256: null }).photo).toBeNull();
    const error = apiErrorOf(() => store.authors.create({ name: 'Tom Reid', role: '', organisation: '', email: '', photoSha256: 'b'.repeat(64) }));
    expect(error).toMatchObject({ code: 'invalid_input', field: 'photoSha256' });
    expect(store.authors.list('').map((a) => a.name)).toEqual(['Priya Shah']);
  });
});
