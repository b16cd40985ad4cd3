import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/main/store/store';
import type { Author, Story } from '../../../src/shared/story/story-schema';
import {
  apiErrorOf,
  checkSearchIndex,
  dumpDatabase,
  libraryQuery,
  makeTempDir,
  openTestStore,
  paragraphs,
  removeTempDir,
  type TestClock,
  withDatabase,
} from './store-fixtures';

let dir: string;
let store: Store;
let file: string;
let clock: TestClock;
let author: Author;

beforeEach(async () => {
  dir = await makeTempDir();
  ({ store, file, clock } = openTestStore(dir));
  author = store.authors.create({ name: 'Priya Shah', role: 'Chair', organisation: 'MiP', email: 'priya@example.org' });
});

afterEach(async () => {
  store.close();
  await removeTempDir(dir);
});

function draft(headline = 'Ambulance handovers: what’s changed?'): Story {
  clock.advance();
  return store.createStory({ section: 'News', headline, standfirst: 'Crews still wait hours outside A&E.' });
}

function save(story: Story, changes: Parameters<Store['saveStory']>[2]): Story {
  clock.advance();
  store.saveStory(story.id, story.revision, changes);
  return store.getStory(story.id);
}

describe('creating and saving a story', () => {
  it('creates a draft with a slug from its headline and every date set to now', () => {
    const story = draft();
    expect(story).toMatchObject({
      revision: 1,
      section: 'News',
      headline: 'Ambulance handovers: what’s changed?',
      standfirst: 'Crews still wait hours outside A&E.',
      slug: 'ambulance-handovers-whats-changed',
      slugLocked: false,
      status: 'draft',
      body: null,
      authorBio: null,
      bylines: [],
      tags: [],
      related: [],
      wordCount: 0,
      publishDate: null,
      archivedAt: null,
      trashedAt: null,
    });
    expect(story.createdAt).toBe(clock.iso());
    expect(story.contentModifiedAt).toBe(clock.iso());
    expect(story.modifiedAt).toBe(clock.iso());
    expect(story.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(store.getStory(story.id)).toEqual(story);
  });

  it('acknowledges a save with the new revision and what the store worked out, not the whole story', () => {
    const story = draft();
    clock.advance();
    const ack = store.saveStory(story.id, story.revision, {
      headline: 'Handovers fall below an hour',
      body: paragraphs('Crews waited forty minutes on average.'),
    });
    expect(ack).toEqual({
      id: story.id,
      revision: 2,
      slug: 'handovers-fall-below-an-hour',
      wordCount: 6,
      contentModifiedAt: clock.iso(),
      modifiedAt: clock.iso(),
    });
    expect(store.getStory(story.id)).toMatchObject({ ...ack, headline: 'Handovers fall below an hour' });
  });

  it('applies a body sent as the blocks changed since the stored body, and refuses one made for another body', () => {
    const story = save(draft(), { body: paragraphs('Crews waited an hour.', 'Trusts blame bed shortages.', 'Unions disagree.') });
    const typed = paragraphs('Crews waited an hour.', 'Trusts blame delayed discharges.', 'Unions disagree.');
    clock.advance();
    const ack = store.saveStory(story.id, story.revision, {
      bodyEdit: { baseBlocks: 3, at: 1, remove: 1, insert: [typed.root.children[1]!] },
    });
    expect(ack).toMatchObject({ revision: story.revision + 1, wordCount: 10, contentModifiedAt: clock.iso() });
    expect(store.getStory(story.id).body).toEqual(typed);
    expect(store.listStories(libraryQuery({ query: 'discharges' })).rows.map((row) => row.id)).toEqual([story.id]);
    expect(store.listStories(libraryQuery({ query: 'shortages' })).total).toBe(0);
    checkSearchIndex(file);

    const empty = draft('No body yet');
    const before = dumpDatabase(file);
    const stale = apiErrorOf(() => store.saveStory(story.id, ack.revision, { bodyEdit: { baseBlocks: 2, at: 0, remove: 1, insert: [] } }));
    expect(stale).toMatchObject({ code: 'rejected', field: 'changes.bodyEdit' });
    expect(stale.message).toContain('Send the whole text instead');
    const both = apiErrorOf(() =>
      store.saveStory(story.id, ack.revision, { body: typed, bodyEdit: { baseBlocks: 3, at: 0, remove: 0, insert: [] } }),
    );
    expect(both).toMatchObject({ code: 'invalid_input', field: 'changes.bodyEdit' });
    expect(apiErrorOf(() => store.saveStory(empty.id, empty.revision, { bodyEdit: { baseBlocks: 0, at: 0, remove: 0, insert: [] } })).code).toBe(
      'rejected',
    );
    expect(dumpDatabase(file)).toBe(before);
  });

  it('saves every field, counts the body’s words and reads it all back', () => {
    const story = draft();
    const other = draft('Pensions: the small print');
    const saved = save(story, {
      headline: 'Ambulance handovers fall below an hour',
      standfirst: 'New figures show progress.',
      socialHeadline: 'Handovers improve',
      socialDescription: 'The numbers behind the change',
      status: 'in_edit',
      publishDate: '2026-04-01T08:00:00.000Z',
      body: paragraphs('Crews waited—on average—forty minutes.', 'Managers’ re-organisation helped.'),
      authorBio: 'Priya chairs the branch.',
      bylines: [{ authorId: author.id, role: 'Branch chair', organisation: 'Coastline Ambulance Service' }],
      tags: ['ambulance', 'urgent care'],
      related: [
        { kind: 'story', storyId: other.id },
        {
          kind: 'external',
          url: 'https://www.example.org/news/handovers-2025',
          headline: 'Handovers last winter',
          standfirst: 'A look back.',
          byline: 'Tom Reid',
          imageUrl: '',
        },
      ],
    });
    expect(saved).toMatchObject({
      revision: 2,
      headline: 'Ambulance handovers fall below an hour',
      slug: 'ambulance-handovers-fall-below-an-hour',
      socialHeadline: 'Handovers improve',
      socialDescription: 'The numbers behind the change',
      status: 'in_edit',
      publishDate: '2026-04-01T08:00:00.000Z',
      authorBio: 'Priya chairs the branch.',
      // "waited—on average—forty" is four words; "Managers’ re-organisation helped" three.
      wordCount: 9,
      bylines: [
        { authorId: author.id, name: 'Priya Shah', role: 'Branch chair', organisation: 'Coastline Ambulance Service' },
      ],
      tags: ['ambulance', 'urgent care'],
    });
    expect(saved.body).toEqual(paragraphs('Crews waited—on average—forty minutes.', 'Managers’ re-organisation helped.'));
    expect(saved.related).toEqual([
      { kind: 'story', storyId: other.id },
      {
        kind: 'external',
        url: 'https://www.example.org/news/handovers-2025',
        headline: 'Handovers last winter',
        standfirst: 'A look back.',
        byline: 'Tom Reid',
        imageUrl: '',
      },
    ]);
    expect(store.getStory(story.id)).toEqual(saved);
    checkSearchIndex(file);
  });

  it('refuses a save based on an older revision, says which revision is stored, and changes nothing', () => {
    const story = draft();
    save(story, { headline: 'Saved from the other window' });
    const before = dumpDatabase(file);

    const error = apiErrorOf(() => store.saveStory(story.id, story.revision, { headline: 'Saved from this window' }));
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('changed elsewhere');
    expect(error.message).toContain('stored at revision 2');
    expect(error.message).toContain('based on revision 1');
    expect(dumpDatabase(file)).toBe(before);
  });

  it('treats a save with the same values as no change at all', () => {
    const story = save(draft(), { body: paragraphs('One paragraph.'), tags: ['pay'] });
    const before = dumpDatabase(file);
    const again = save(story, { headline: story.headline, body: paragraphs('One paragraph.'), tags: ['pay'] });
    expect(again).toEqual(story);
    expect(dumpDatabase(file)).toBe(before);
  });

  it('moves the content-modified date only when the content changes', () => {
    const story = draft();
    const created = story.contentModifiedAt;

    const ready = save(story, { status: 'ready' });
    expect(ready.revision).toBe(2);
    expect(ready.modifiedAt).toBe(clock.iso());
    expect(ready.contentModifiedAt).toBe(created);

    const archived = (clock.advance(), store.setArchived(ready.id, true));
    const trashed = (clock.advance(), store.setTrashed(ready.id, true));
    expect(archived.contentModifiedAt).toBe(created);
    expect(trashed.contentModifiedAt).toBe(created);
    expect(trashed.revision).toBe(4);

    const retitled = save(trashed, { headline: 'A new headline' });
    expect(retitled.contentModifiedAt).toBe(clock.iso());
    expect(retitled.modifiedAt).toBe(clock.iso());

    for (const changes of [
      { tags: ['pay'] },
      { bylines: [{ authorId: author.id, role: 'Chair', organisation: 'MiP' }] },
      { authorBio: 'Priya chairs the branch.' },
      { section: 'Opinion' },
      { socialDescription: 'For the social card' },
      { publishDate: '2026-05-01T09:00:00.000Z' },
      { slug: 'a-slug-of-my-own' },
      { body: paragraphs('Words.') },
    ]) {
      const current = store.getStory(story.id);
      const changed = save(current, changes);
      expect(changed.contentModifiedAt, JSON.stringify(changes)).toBe(clock.iso());
    }
  });
});

describe('slugs', () => {
  it('numbers a slug another live story already has', () => {
    expect(draft('Winter pressures').slug).toBe('winter-pressures');
    expect(draft('Winter pressures!').slug).toBe('winter-pressures-2');
    expect(draft('Winter  pressures').slug).toBe('winter-pressures-3');
  });

  it('follows the headline until one is set by hand, then keeps it', () => {
    const story = save(draft('First headline'), { headline: 'Second headline' });
    expect(story.slug).toBe('second-headline');

    const locked = save(story, { slug: 'my-own-slug' });
    expect(locked).toMatchObject({ slug: 'my-own-slug', slugLocked: true });
    expect(save(locked, { headline: 'Third headline' }).slug).toBe('my-own-slug');

    const unlocked = save(store.getStory(story.id), { slug: null });
    expect(unlocked).toMatchObject({ slug: 'third-headline', slugLocked: false });
  });

  it('refuses a slug another live story has, naming that story, and changes nothing', () => {
    draft('Pensions: the small print');
    const story = draft('Something else');
    const before = dumpDatabase(file);
    const error = apiErrorOf(() => store.saveStory(story.id, story.revision, { slug: 'pensions-the-small-print' }));
    expect(error.code).toBe('rejected');
    expect(error.message).toContain('"Pensions: the small print"');
    expect(dumpDatabase(file)).toBe(before);
  });

  it('keeps the slug of a trashed story taken, and frees it when the story is deleted for good', () => {
    const old = draft('Pay award explained');
    clock.advance();
    store.setTrashed(old.id, true);
    expect(draft('Pay award explained').slug).toBe('pay-award-explained-2');
    store.deleteStoryForever(old.id);
    expect(draft('Pay award explained').slug).toBe('pay-award-explained');
  });

  it('leaves the slug empty when the headline has nothing to make one from', () => {
    expect(draft('').slug).toBe('');
    expect(draft('مرحبا').slug).toBe('');
  });
});

describe('bylines, tags and related stories', () => {
  it('takes byline names from the directory and keeps the per-story role and organisation, in order', () => {
    const second = store.authors.create({ name: 'Tom Reid', role: 'Officer', organisation: 'MiP', email: '' });
    const story = save(draft(), {
      bylines: [
        { authorId: second.id, role: 'Guest writer', organisation: 'Northfield Hospitals' },
        { authorId: author.id, role: 'Chair', organisation: 'MiP' },
      ],
    });
    expect(story.bylines.map((b) => [b.name, b.role, b.organisation])).toEqual([
      ['Tom Reid', 'Guest writer', 'Northfield Hospitals'],
      ['Priya Shah', 'Chair', 'MiP'],
    ]);
  });

  it('refuses a byline for an author not in the directory, or twice, naming the field', () => {
    const story = draft();
    const before = dumpDatabase(file);
    const unknown = apiErrorOf(() =>
      store.saveStory(story.id, story.revision, {
        headline: 'Changed too',
        bylines: [
          { authorId: author.id, role: '', organisation: '' },
          { authorId: '6f1c2a4e-1b7d-4c7e-9a51-0d3b2f8e9c10', role: '', organisation: '' },
        ],
      }),
    );
    expect(unknown).toMatchObject({ code: 'invalid_input', field: 'changes.bylines.1.authorId' });
    expect(unknown.message).toContain('no author with id 6f1c2a4e-1b7d-4c7e-9a51-0d3b2f8e9c10');

    const twice = apiErrorOf(() =>
      store.saveStory(story.id, story.revision, {
        bylines: [
          { authorId: author.id, role: '', organisation: '' },
          { authorId: author.id, role: '', organisation: '' },
        ],
      }),
    );
    expect(twice).toMatchObject({ code: 'invalid_input', field: 'changes.bylines.1.authorId' });
    expect(dumpDatabase(file)).toBe(before);
  });

  it('keeps each tag once, first spelling first', () => {
    expect(save(draft(), { tags: ['NHS pay', 'pensions', 'nhs pay', 'Pensions'] }).tags).toEqual(['NHS pay', 'pensions']);
  });

  it('refuses a related story that does not exist or is the story itself', () => {
    const story = draft();
    const before = dumpDatabase(file);
    const missing = apiErrorOf(() =>
      store.saveStory(story.id, story.revision, {
        related: [{ kind: 'story', storyId: '6f1c2a4e-1b7d-4c7e-9a51-0d3b2f8e9c10' }],
      }),
    );
    expect(missing).toMatchObject({ code: 'invalid_input', field: 'changes.related.0.storyId' });
    const itself = apiErrorOf(() =>
      store.saveStory(story.id, story.revision, { related: [{ kind: 'story', storyId: story.id }] }),
    );
    expect(itself).toMatchObject({ code: 'invalid_input', field: 'changes.related.0.storyId' });
    expect(itself.message).toContain('itself');
    expect(dumpDatabase(file)).toBe(before);
  });
});

describe('duplicating, archiving, trashing and deleting', () => {
  it('duplicates a story as a new draft with the same content and a new slug', () => {
    const other = draft('Related reading');
    const source = save(draft('Workforce plan, year two'), {
      status: 'ready',
      body: paragraphs('Vacancies fell in the spring.'),
      authorBio: 'Priya chairs the branch.',
      bylines: [{ authorId: author.id, role: 'Chair', organisation: 'MiP' }],
      tags: ['workforce'],
      related: [{ kind: 'story', storyId: other.id }],
    });
    clock.advance();
    const copy = store.duplicateStory(source.id);

    expect(copy.id).not.toBe(source.id);
    expect(copy).toMatchObject({
      revision: 1,
      status: 'draft',
      headline: 'Workforce plan, year two',
      slug: 'workforce-plan-year-two-2',
      slugLocked: false,
      body: source.body,
      wordCount: source.wordCount,
      authorBio: 'Priya chairs the branch.',
      bylines: source.bylines,
      tags: ['workforce'],
      related: [{ kind: 'story', storyId: other.id }],
      createdAt: clock.iso(),
    });
    expect(store.getStory(source.id)).toEqual(source);
    expect(store.listStories(libraryQuery({ query: 'vacancies' })).total).toBe(2);
    checkSearchIndex(file);
  });

  it('archives, trashes and restores, moving the story between library views', () => {
    const story = draft();
    const views = () =>
      (['active', 'archived', 'trash'] as const).filter((view) =>
        store.listStories(libraryQuery({ view })).rows.some((row) => row.id === story.id),
      );
    expect(views()).toEqual(['active']);

    clock.advance();
    const archived = store.setArchived(story.id, true);
    expect(archived).toMatchObject({ revision: 2, archivedAt: clock.iso(), modifiedAt: clock.iso() });
    expect(views()).toEqual(['archived']);

    clock.advance();
    expect(store.setTrashed(story.id, true).trashedAt).toBe(clock.iso());
    expect(views()).toEqual(['trash']);

    // Saving is still allowed in the trash.
    save(store.getStory(story.id), { headline: 'Edited in the trash' });

    expect(store.setTrashed(story.id, false).trashedAt).toBeNull();
    expect(views()).toEqual(['archived']);
    expect(store.setArchived(story.id, false).archivedAt).toBeNull();
    expect(views()).toEqual(['active']);
    checkSearchIndex(file);
  });

  it('does nothing when a story is already in the state asked for', () => {
    const story = draft();
    const before = dumpDatabase(file);
    expect(store.setArchived(story.id, false)).toEqual(story);
    expect(store.setTrashed(story.id, false)).toEqual(story);
    expect(dumpDatabase(file)).toBe(before);
  });

  it('deletes for good: only a tombstone with the id, revision and times is left, and nothing in the index', () => {
    const other = draft('Another story');
    const story = save(draft('Confidential grievance outcome'), {
      body: paragraphs('The panel upheld the complaint against the trust.'),
      bylines: [{ authorId: author.id, role: 'Chair', organisation: 'MiP' }],
      tags: ['grievance'],
      related: [{ kind: 'story', storyId: other.id }],
    });
    withDatabase(file, (db) =>
      db
        .prepare(
          `INSERT INTO export_log (id, story_id, exported_at, format, destination, story_revision)
           VALUES ('e1', ?, '2026-03-02T10:00:00.000Z', 'article', '/tmp/x.html', 2)`,
        )
        .run(story.id),
    );
    clock.advance();
    expect(store.deleteStoryForever(story.id)).toEqual({ id: story.id, images: [], walEmptied: true });

    withDatabase(file, (db) => {
      const row = db.prepare('SELECT * FROM stories WHERE id = ?').get(story.id) as Record<string, unknown>;
      expect(row).toMatchObject({ id: story.id, revision: 3, deleted_at: clock.iso(), modified_at: clock.iso() });
      const leftovers = Object.entries(row).filter(
        ([column, value]) =>
          !['id', 'revision', 'deleted_at', 'modified_at', 'slug_locked', 'word_count', 'list_view'].includes(column) &&
          value !== null &&
          value !== '' &&
          !(column === 'house_style_ignores' && value === '[]'),
      );
      expect(leftovers).toEqual([]);
      for (const table of ['story_bylines', 'story_tags', 'related_links', 'export_log', 'revisions']) {
        expect(db.prepare(`SELECT count(*) FROM ${table} WHERE story_id = ?`).pluck().get(story.id), table).toBe(0);
      }
      const indexed = db.prepare('SELECT * FROM stories_fts').all() as Record<string, string>[];
      expect(JSON.stringify(indexed)).not.toMatch(/grievance|panel|Confidential/i);
      db.exec("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, 'stories_fts', 'row')");
      const terms = db.prepare('SELECT term FROM temp.terms').pluck().all();
      expect(terms).not.toContain('grievance');
      expect(terms).not.toContain('panel');
    });
    checkSearchIndex(file);

    expect(apiErrorOf(() => store.getStory(story.id))).toMatchObject({ code: 'not_found' });
    expect(apiErrorOf(() => store.saveStory(story.id, 3, { headline: 'Back?' })).code).toBe('not_found');
    expect(apiErrorOf(() => store.deleteStoryForever(story.id)).code).toBe('not_found');
    expect(store.listStories(libraryQuery({ query: 'grievance' })).total).toBe(0);
  });

  it('says plainly when there is no story with an id', () => {
    const error = apiErrorOf(() => store.getStory('6f1c2a4e-1b7d-4c7e-9a51-0d3b2f8e9c10'));
    expect(error.code).toBe('not_found');
    expect(error.message).toContain('No story with id 6f1c2a4e-1b7d-4c7e-9a51-0d3b2f8e9c10');
    for (const call of [
      () => store.duplicateStory('6f1c2a4e-1b7d-4c7e-9a51-0d3b2f8e9c10'),
      () => store.setArchived('6f1c2a4e-1b7d-4c7e-9a51-0d3b2f8e9c10', true),
      () => store.setTrashed('6f1c2a4e-1b7d-4c7e-9a51-0d3b2f8e9c10', true),
    ]) {
      expect(apiErrorOf(call).code).toBe('not_found');
    }
  });
});

describe('the author directory', () => {
  it('lists authors by name, filtered ignoring case and accents, without deleted ones', () => {
    store.authors.create({ name: 'Zoë Adeyemi', role: '', organisation: '', email: '' });
    store.authors.create({ name: 'amir Khan', role: '', organisation: '', email: '' });
    const gone = store.authors.create({ name: 'Zoe Gone', role: '', organisation: '', email: '' });
    withDatabase(file, (db) => db.prepare("UPDATE authors SET deleted_at = '2026-01-01T00:00:00.000Z' WHERE id = ?").run(gone.id));

    expect(store.authors.list('').map((a) => a.name)).toEqual(['amir Khan', 'Priya Shah', 'Zoë Adeyemi']);
    expect(store.authors.list('ZOE').map((a) => a.name)).toEqual(['Zoë Adeyemi']);
    expect(store.authors.list('ha').map((a) => a.name)).toEqual(['amir Khan', 'Priya Shah']);
  });

  it('creates an author with a new id, revision 1 and both dates', () => {
    expect(author).toMatchObject({
      name: 'Priya Shah',
      role: 'Chair',
      organisation: 'MiP',
      email: 'priya@example.org',
      revision: 1,
      createdAt: clock.iso(),
      modifiedAt: clock.iso(),
    });
  });
});
