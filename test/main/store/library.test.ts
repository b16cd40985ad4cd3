import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/main/store/store';
import type { Author, Story } from '../../../src/shared/story/story-schema';
import type { WorkflowStatus } from '../../../src/shared/story/story-constants';
import { libraryQuery, makeTempDir, openTestStore, removeTempDir, type TestClock, withDatabase } from './store-fixtures';

let dir: string;
let store: Store;
let file: string;
let clock: TestClock;
let authors: Record<'amara' | 'ben' | 'zoe', Author>;

beforeEach(async () => {
  dir = await makeTempDir();
  ({ store, file, clock } = openTestStore(dir));
  authors = {
    zoe: store.authors.create({ name: 'Zoë Walker', role: '', organisation: '', email: '' }),
    amara: store.authors.create({ name: 'amara Okafor', role: '', organisation: '', email: '' }),
    ben: store.authors.create({ name: 'Ben Clarke', role: '', organisation: '', email: '' }),
  };
});

afterEach(async () => {
  store.close();
  await removeTempDir(dir);
});

function story(headline: string, section: string, status: WorkflowStatus, bylines: (keyof typeof authors)[] = []): Story {
  clock.advance();
  const created = store.createStory({ section, headline });
  clock.advance();
  store.saveStory(created.id, created.revision, {
    status,
    bylines: bylines.map((key) => ({ authorId: authors[key].id, role: '', organisation: '' })),
  });
  return store.getStory(created.id);
}

function list(overrides: Parameters<typeof libraryQuery>[0] = {}) {
  return store.listStories(libraryQuery(overrides));
}

function headlines(overrides: Parameters<typeof libraryQuery>[0] = {}) {
  return list(overrides).rows.map((row) => row.headline);
}

describe('the library list', () => {
  beforeEach(() => {
    story('A', 'Analysis', 'ready', ['ben']);
    story('B', 'News', 'draft', ['zoe', 'amara']);
    story('C', 'News', 'in_edit');
    story('D', 'Feature', 'draft', ['amara']);
    story('E', 'Opinion', 'ready', ['zoe']);
  });

  it('shows the most recently changed first', () => {
    expect(headlines()).toEqual(['E', 'D', 'C', 'B', 'A']);
  });

  it('sorts by status in workflow order, then newest first', () => {
    expect(headlines({ sort: 'status' })).toEqual(['D', 'B', 'C', 'E', 'A']);
  });

  it('sorts by section A to Z, then newest first', () => {
    expect(headlines({ sort: 'section' })).toEqual(['A', 'D', 'C', 'B', 'E']);
    clock.advance();
    store.createStory({ section: 'News', headline: 'F' });
    expect(headlines({ sort: 'section' })).toEqual(['A', 'D', 'F', 'C', 'B', 'E']);
  });

  it('sorts by first byline A to Z ignoring case and accents, stories without a byline last', () => {
    expect(headlines({ sort: 'author' })).toEqual(['D', 'A', 'E', 'B', 'C']);
  });

  it('filters by status and section, and counts what the filter keeps', () => {
    expect(list({ status: 'draft' })).toMatchObject({ total: 2 });
    expect(headlines({ status: 'draft' })).toEqual(['D', 'B']);
    expect(headlines({ section: 'News' })).toEqual(['C', 'B']);
    expect(headlines({ section: 'News', status: 'in_edit' })).toEqual(['C']);
    expect(list({ section: 'Interview' })).toEqual({ total: 0, rows: [] });
  });

  it('pages with offset and limit and always gives the total', () => {
    expect(list({ limit: 2 })).toMatchObject({ total: 5, rows: [{ headline: 'E' }, { headline: 'D' }] });
    expect(list({ offset: 4, limit: 2 })).toMatchObject({ total: 5, rows: [{ headline: 'A' }] });
    expect(list({ offset: 10 })).toEqual({ total: 5, rows: [] });
  });

  it('summarises each story with its bylines in order and without the body', () => {
    const [row] = list({ section: 'News', status: 'draft' }).rows;
    expect(row).toMatchObject({ headline: 'B', section: 'News', status: 'draft', bylineNames: ['Zoë Walker', 'amara Okafor'] });
    expect(row).not.toHaveProperty('body');
    expect(row?.snippet).toBeNull();
  });

  it('shows when a story was last exported and whether it changed since', () => {
    const [e, d] = list().rows;
    expect(e).toMatchObject({ lastExportedAt: null, changedSinceExport: false });
    withDatabase(file, (db) => {
      const log = db.prepare(
        `INSERT INTO export_log (id, story_id, exported_at, format, destination, story_revision)
         VALUES (?, ?, ?, 'article', 'clipboard', 1)`,
      );
      log.run('x1', e!.id, '2020-01-01T00:00:00.000Z');
      log.run('x2', e!.id, clock.advance());
      log.run('x3', d!.id, '2020-01-01T00:00:00.000Z');
    });
    const rows = list().rows;
    expect(rows[0]).toMatchObject({ headline: 'E', lastExportedAt: clock.iso(), changedSinceExport: false });
    expect(rows[1]).toMatchObject({ headline: 'D', lastExportedAt: '2020-01-01T00:00:00.000Z', changedSinceExport: true });
  });
});
