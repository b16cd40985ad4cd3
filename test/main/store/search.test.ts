import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/main/store/store';
import type { Story, StoryBody } from '../../../src/shared/story/story-schema';
import { SNIPPET_MARK_END, SNIPPET_MARK_START } from '../../../src/shared/story/story-constants';
import {
  checkSearchIndex,
  libraryQuery,
  makeTempDir,
  openTestStore,
  paragraphs,
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

function story(fields: { section?: string; headline: string; standfirst?: string; body?: string[]; tags?: string[] }): Story {
  clock.advance();
  const created = store.createStory({ section: fields.section ?? 'News', headline: fields.headline, standfirst: fields.standfirst });
  if (fields.body === undefined && fields.tags === undefined) return created;
  clock.advance();
  store.saveStory(created.id, created.revision, {
    body: fields.body === undefined ? undefined : paragraphs(...fields.body),
    tags: fields.tags,
  });
  return store.getStory(created.id);
}

function search(query: string, overrides: Parameters<typeof libraryQuery>[0] = {}) {
  return store.listStories(libraryQuery({ query, ...overrides }));
}

function headlines(query: string, overrides: Parameters<typeof libraryQuery>[0] = {}) {
  return search(query, overrides).rows.map((row) => row.headline);
}

const mark = (word: string) => `${SNIPPET_MARK_START}${word}${SNIPPET_MARK_END}`;

describe('full-text search', () => {
  it('finds stories by headline, standfirst, body, author name and tag', () => {
    story({ headline: 'Ambulance handovers improve' });
    story({ headline: 'Standfirst story', standfirst: 'Paramedics describe long waits.' });
    story({ headline: 'Body story', body: ['Nobody expected the rota to change so quickly.'] });
    const tagged = story({ headline: 'Tagged story', tags: ['menopause policy'] });
    const author = store.authors.create({ name: 'Siobhan Gallagher', role: '', organisation: '', email: '' });
    clock.advance();
    const bylined = store.createStory({ section: 'Opinion', headline: 'Bylined story' });
    store.saveStory(bylined.id, bylined.revision, { bylines: [{ authorId: author.id, role: '', organisation: '' }] });

    expect(headlines('handovers')).toEqual(['Ambulance handovers improve']);
    expect(headlines('paramedics')).toEqual(['Standfirst story']);
    expect(headlines('rota')).toEqual(['Body story']);
    expect(headlines('menopause')).toEqual([tagged.headline]);
    expect(headlines('gallagher')).toEqual(['Bylined story']);
  });

  it('needs every word, matches the word being typed as a prefix, and ignores case and accents', () => {
    story({ headline: 'Pension scheme changes', body: ['The café in the staff canteen closes.'] });
    story({ headline: 'Pension tax', body: ['Nothing about plans here.'] });
    expect(headlines('pension sche')).toEqual(['Pension scheme changes']);
    expect(headlines('PENSION TAX')).toEqual(['Pension tax']);
    expect(headlines('cafe')).toEqual(['Pension scheme changes']);
  });

  it('ranks a headline match above a passing mention in the body', () => {
    story({ headline: 'Other news', body: ['A long report. It mentions retention once, among many other words about rotas and pay.'] });
    story({ headline: 'Retention is the real crisis' });
    expect(headlines('retention')).toEqual(['Retention is the real crisis', 'Other news']);
  });

  it('shows the matched words in context, from the standfirst or the body', () => {
    story({
      headline: 'Winter plan',
      standfirst: 'Trusts brace for a difficult season.',
      body: ['Beds are short. Corridor care has become routine in many emergency departments this winter, staff say.'],
    });
    const [fromBody] = search('corridor').rows;
    expect(fromBody?.snippet).toContain(mark('Corridor'));
    expect(fromBody?.snippet?.split(' ').length).toBeLessThanOrEqual(14);

    const [fromStandfirst] = search('season').rows;
    expect(fromStandfirst?.snippet).toBe(`Trusts brace for a difficult ${mark('season')}.`);

    const [headlineOnly] = search('plan').rows;
    expect(headlineOnly?.snippet).toBeNull();
  });

  it('treats hostile or odd input as words to look for, never as syntax', () => {
    story({ headline: 'Drop-in sessions for stories about tables', body: ['NEAR the ward, a table.'] });
    story({ headline: 'تحديث الأجور', body: ['ניהול משמרות בבית החולים'] });
    for (const query of [
      '"; DROP TABLE stories; --',
      "' OR 1=1 --",
      'NEAR(',
      'table NEAR/2 ward',
      'headline:drop',
      '"unbalanced',
      '* AND OR NOT',
      '(((',
      '^drop',
      '🙂🔥',
      '\u202Eevil',
      'a'.repeat(500),
    ]) {
      expect(() => search(query), query).not.toThrow();
    }
    expect(headlines('"; DROP TABLE stories; --')).toEqual(['Drop-in sessions for stories about tables']);
    expect(headlines('NEAR(')).toEqual(['Drop-in sessions for stories about tables']);
    expect(search('🙂🔥')).toEqual({ total: 0, rows: [] });
    expect(headlines('الأجور')).toEqual(['تحديث الأجور']);
    expect(headlines('משמרות')).toEqual(['تحديث الأجور']);
    expect(store.listStories(libraryQuery()).total).toBe(2);
    checkSearchIndex(file);
  });

  it('keeps to the library view, status and section chosen', () => {
    const kept = story({ headline: 'Staffing review one', section: 'News' });
    const opinion = story({ headline: 'Staffing review two', section: 'Opinion' });
    const archived = story({ headline: 'Staffing review three' });
    const trashed = story({ headline: 'Staffing review four' });
    store.setArchived(archived.id, true);
    store.setTrashed(trashed.id, true);
    store.saveStory(opinion.id, opinion.revision, { status: 'ready' });

    expect(search('staffing').total).toBe(2);
    expect(headlines('staffing', { section: 'News' })).toEqual([kept.headline]);
    expect(headlines('staffing', { status: 'ready' })).toEqual([opinion.headline]);
    expect(headlines('staffing', { view: 'archived' })).toEqual([archived.headline]);
    expect(headlines('staffing', { view: 'trash' })).toEqual([trashed.headline]);
  });

  it('stays in step with edits, bylines, tags, status and deletion', () => {
    const author = store.authors.create({ name: 'Kwame Mensah', role: '', organisation: '', email: '' });
    const renamedAuthor = store.authors.create({ name: 'Isla Fraser', role: '', organisation: '', email: '' });
    let current = story({ headline: 'Pharmacy shortages', body: ['Medicines are scarce.'], tags: ['supply'] });
    const edit = (changes: Parameters<Store['saveStory']>[2]) => {
      clock.advance();
      store.saveStory(current.id, current.revision, changes);
      current = store.getStory(current.id);
    };

    edit({ headline: 'Dentistry deserts', body: paragraphs('Practices are closing.') });
    expect(headlines('pharmacy')).toEqual([]);
    expect(headlines('medicines')).toEqual([]);
    expect(headlines('dentistry')).toEqual(['Dentistry deserts']);
    expect(headlines('practices')).toEqual(['Dentistry deserts']);

    edit({ bylines: [{ authorId: author.id, role: '', organisation: '' }] });
    expect(headlines('mensah')).toEqual(['Dentistry deserts']);
    edit({ bylines: [{ authorId: renamedAuthor.id, role: '', organisation: '' }] });
    expect(headlines('mensah')).toEqual([]);
    expect(headlines('fraser')).toEqual(['Dentistry deserts']);

    edit({ tags: ['orthodontics'] });
    expect(headlines('supply')).toEqual([]);
    expect(headlines('orthodontics')).toEqual(['Dentistry deserts']);

    edit({ status: 'in_edit', section: 'Feature' });
    expect(headlines('dentistry', { status: 'in_edit', section: 'Feature' })).toEqual(['Dentistry deserts']);
    expect(headlines('dentistry', { status: 'draft' })).toEqual([]);
    checkSearchIndex(file);

    store.deleteStoryForever(current.id);
    expect(search('dentistry', { view: 'active' }).total).toBe(0);
    expect(search('dentistry', { view: 'trash' }).total).toBe(0);
    checkSearchIndex(file);
  });

  it('finds the new words of one edited paragraph in a long story, and no longer the words it replaced', () => {
    const texts = Array.from({ length: 300 }, (_, i) => `Paragraph ${i} about rotas, wards and the pay award.`);
    texts[150] = 'The kestrel audit found gaps in the evening rota.';
    let long = story({ headline: 'Long read on staffing', body: texts });
    expect(long.wordCount).toBe(299 * 9 + 9);
    expect(headlines('kestrel')).toEqual(['Long read on staffing']);

    texts[150] = 'The kingfisher review found gaps in the late night rota.';
    clock.advance();
    store.saveStory(long.id, long.revision, { body: paragraphs(...texts) });
    long = store.getStory(long.id);

    expect(long.wordCount).toBe(299 * 9 + 10);
    expect(headlines('kestrel')).toEqual([]);
    expect(headlines('audit')).toEqual([]);
    expect(headlines('kingfisher review')).toEqual(['Long read on staffing']);
    expect(search('kingfisher').rows[0]?.snippet).toContain(mark('kingfisher'));
    expect(headlines('paragraph 299')).toEqual(['Long read on staffing']);
    checkSearchIndex(file);
  });

  it('keeps a story findable as it was when an edit changes only the formatting of its body', () => {
    const plain = story({ headline: 'Estates backlog', body: ['RAAC was found in three theatres.'] });
    const [paragraph] = paragraphs('RAAC was found in three theatres.').root.children;
    const italic = { ...paragraph, children: [{ ...(paragraph!.children as object[])[0], format: 2 }] };
    const emphasised = { root: { ...paragraphs().root, children: [italic] } } as StoryBody;
    clock.advance();
    store.saveStory(plain.id, plain.revision, { body: emphasised });
    const saved = store.getStory(plain.id);

    expect(saved).toMatchObject({ body: emphasised, wordCount: plain.wordCount, revision: plain.revision + 1 });
    expect(search('theatres').rows.map((row) => [row.headline, row.snippet])).toEqual([
      ['Estates backlog', `RAAC was found in three ${mark('theatres')}.`],
    ]);
    checkSearchIndex(file);
  });

  it('counts every hit and pages through them in rank order', () => {
    for (let i = 1; i <= 7; i += 1) story({ headline: `Budget story ${i}`, body: [Array(i).fill('budget').join(' ')] });
    const all = search('budget');
    expect(all.total).toBe(7);
    const pages = [0, 3, 6].map((offset) => search('budget', { offset, limit: 3 }).rows.map((row) => row.id));
    expect(pages.map((page) => page.length)).toEqual([3, 3, 1]);
    expect(pages.flat()).toEqual(all.rows.map((row) => row.id));
    expect(search('budget', { offset: 7 })).toEqual({ total: 7, rows: [] });
  });
});
