import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiService } from '../../../src/main/api/api-service';
import { defaultSettings } from '../../../src/main/settings/load-settings';
import type { Store } from '../../../src/main/store/store';
import { operations, type ApiOutput, type OperationName } from '../../../src/shared/api/contract';
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
let story: Story;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

beforeEach(async () => {
  dir = await makeTempDir();
  ({ store, file, clock } = openTestStore(dir));
  author = store.authors.create({ name: 'Priya Shah', role: 'Chair', organisation: 'MiP', email: '' });
  story = store.createStory({ section: 'News', headline: 'Ward staffing survey', standfirst: 'Nurses answered.' });
  story = save({
    body: paragraphs('One in three wards was short of staff last winter.'),
    bylines: [{ authorId: author.id, role: 'Chair', organisation: 'MiP' }],
    tags: ['nursing', 'winter'],
    related: [{ kind: 'external', url: 'https://example.org/a', headline: 'Earlier survey', standfirst: '', byline: '', imageUrl: '' }],
  });
});

afterEach(async () => {
  store.close();
  await removeTempDir(dir);
});

function save(changes: Parameters<Store['saveStory']>[2]): Story {
  clock.advance();
  store.saveStory(story.id, story.revision, changes);
  story = store.getStory(story.id);
  return story;
}

describe('revisions', () => {
  it('keeps the content on open, skips an unchanged story, and lists each version with its change in words', () => {
    const first = store.revisions.record(story.id, 'open');
    expect(first.recorded).toBe(true);
    expect(store.revisions.record(story.id, 'interval')).toEqual({ recorded: false, revision: first.revision });

    save({ body: paragraphs('One in three wards was short of staff last winter, the survey of 2,000 nurses found.') });
    clock.advance();
    store.revisions.record(story.id, 'interval');
    save({ body: paragraphs('Two in five wards were short of staff.'), headline: 'Wards short of staff' });
    clock.advance();
    store.revisions.record(story.id, 'export');

    const list = store.revisions.list(story.id);
    expect(list.map((revision) => [revision.reason, revision.headline, revision.wordCount, revision.change])).toEqual([
      ['export', 'Wards short of staff', 8, '+3 / −12 words'],
      ['interval', 'Ward staffing survey', 17, '+7 / −0 words'],
      ['open', 'Ward staffing survey', 10, 'First kept version'],
    ]);
    expect(list[2]!.storyRevision).toBe(first.revision.storyRevision);
  });

  it('gives back the whole content of a version: body, bylines, tags and related links', () => {
    const { revision } = store.revisions.record(story.id, 'manual');
    save({ body: paragraphs('Rewritten.'), tags: [], bylines: [] });
    expect(store.revisions.get(revision.id)).toMatchObject({
      id: revision.id,
      storyId: story.id,
      reason: 'manual',
      snapshot: {
        headline: 'Ward staffing survey',
        standfirst: 'Nurses answered.',
        body: paragraphs('One in three wards was short of staff last winter.'),
        bylines: [{ authorId: author.id, name: 'Priya Shah', role: 'Chair', organisation: 'MiP' }],
        tags: ['nursing', 'winter'],
        related: [{ kind: 'external', url: 'https://example.org/a', headline: 'Earlier survey' }],
      },
    });
  });

  it('keeps the workflow status with each version, and a restore leaves the status as it is now', () => {
    const { revision: drafted } = store.revisions.record(story.id, 'manual');
    expect(store.revisions.get(drafted.id).snapshot.status).toBe('draft');
    save({ status: 'ready', headline: 'Ready headline' });
    const restored = store.revisions.restore(story.id, drafted.id, story.revision);
    expect(restored).toMatchObject({ headline: 'Ward staffing survey', status: 'ready' });
  });

  it('restores a version as a new save, keeping the current content first so the restore can be undone', () => {
    const { revision: old } = store.revisions.record(story.id, 'open');
    save({ body: paragraphs('A draft the editor regrets.'), headline: 'Regretted headline', tags: ['oops'] });

    const restored = store.revisions.restore(story.id, old.id, story.revision);
    expect(restored.revision).toBe(story.revision + 1);
    expect(restored).toMatchObject({ headline: 'Ward staffing survey', tags: ['nursing', 'winter'], body: paragraphs('One in three wards was short of staff last winter.') });
    expect(store.getStory(story.id)).toEqual(restored);

    const [before] = store.revisions.list(story.id);
    expect(before).toMatchObject({ reason: 'before-restore', headline: 'Regretted headline' });
    // Undo the restore.
    const undone = store.revisions.restore(story.id, before!.id, restored.revision);
    expect(undone).toMatchObject({ headline: 'Regretted headline', tags: ['oops'], body: paragraphs('A draft the editor regrets.') });
  });

  it('lists the undo point of a restore under its own name, even when the same content was kept just before', () => {
    const { revision: old } = store.revisions.record(story.id, 'open');
    save({ body: paragraphs('The newer text.') });
    store.revisions.record(story.id, 'open');
    const restored = store.revisions.restore(story.id, old.id, story.revision);
    const list = store.revisions.list(story.id);
    expect(list.map((kept) => [kept.reason, kept.change])).toEqual([
      ['before-restore', 'No change to the body'],
      ['open', '+3 / −10 words'],
      ['open', 'First kept version'],
    ]);
    const undone = store.revisions.restore(story.id, list[0]!.id, restored.revision);
    expect(undone.body).toEqual(paragraphs('The newer text.'));
  });

  it('refuses a restore based on a stale revision, or of another story’s version, changing nothing', () => {
    const { revision } = store.revisions.record(story.id, 'open');
    save({ headline: 'Changed since' });
    const before = dumpDatabase(file);
    expect(apiErrorOf(() => store.revisions.restore(story.id, revision.id, story.revision - 1)).code).toBe('conflict');
    const other = store.createStory({ section: 'News', headline: 'Another story' });
    const afterCreate = dumpDatabase(file);
    expect(afterCreate).not.toBe(before);
    expect(apiErrorOf(() => store.revisions.restore(other.id, revision.id, other.revision)).code).toBe('not_found');
    expect(dumpDatabase(file)).toBe(afterCreate);
  });

  it('thins old versions: all from the last day, one an hour for a week, one a day for 90 days, then one a week', () => {
    // 200 days of versions, the story changing each time: every 4 hours, then every 20 minutes for the last 8 days.
    const start = clock.now().getTime();
    const end = start + 200 * DAY;
    const times: number[] = [];
    let steps = 0;
    for (; clock.now().getTime() < end; steps += 1) {
      clock.advance(end - clock.now().getTime() > 8 * DAY ? 4 * HOUR : 20 * 60_000);
      times.push(clock.now().getTime());
      store.saveStory(story.id, story.revision, { standfirst: `Version ${steps}` });
      story = store.getStory(story.id);
      store.revisions.record(story.id, 'interval');
    }
    const now = new Date(clock.now().getTime() + 60_000);
    const removed = store.revisions.prune(now);
    const kept = store.revisions.list(story.id).map((revision) => Date.parse(revision.createdAt));
    expect(removed + kept.length).toBe(steps);
    const age = (ms: number) => now.getTime() - ms;
    const inRange = (from: number, to: number) => kept.filter((ms) => age(ms) >= from && age(ms) < to).length;
    expect(inRange(0, DAY)).toBe(times.filter((ms) => age(ms) < DAY).length);
    expect(inRange(DAY, 7 * DAY)).toBeGreaterThanOrEqual(6 * 24 - 1);
    expect(inRange(DAY, 7 * DAY)).toBeLessThanOrEqual(6 * 24 + 1);
    expect(inRange(7 * DAY, 90 * DAY)).toBeGreaterThanOrEqual(82);
    expect(inRange(7 * DAY, 90 * DAY)).toBeLessThanOrEqual(84);
    expect(inRange(90 * DAY, Infinity)).toBeLessThanOrEqual(17);
    expect(inRange(90 * DAY, Infinity)).toBeGreaterThanOrEqual(14);
    expect(start).toBeLessThan(kept.at(-1)!);
    // Each survivor is measured against its new predecessor; thinning again removes nothing.
    expect(store.revisions.list(story.id).slice(0, -1).every((revision) => revision.change !== 'First kept version')).toBe(true);
    expect(store.revisions.prune(now)).toBe(0);
  });

  it('never thins away a story’s newest version, however old', () => {
    store.revisions.record(story.id, 'open');
    clock.advance(400 * DAY);
    expect(store.revisions.prune(clock.now())).toBe(0);
    expect(store.revisions.list(story.id)).toHaveLength(1);
  });
});

describe('revisions through the API', () => {
  it('records, lists, reads and restores, each answer matching the contract', async () => {
    const api = createApiService({ store, settings: defaultSettings, appVersion: 'test', profileDir: dir, settingsFile: `${dir}/settings.json` });
    const call = async <N extends OperationName>(name: N, input: unknown) => {
      const result = await api.dispatch(name, input);
      if (!result.ok) throw new Error(result.error.message);
      return operations[name].output.parse(result.value) as ApiOutput<N>;
    };
    const { revision } = await call('recordRevision', { storyId: story.id, reason: 'open' });
    save({ headline: 'Changed' });
    expect(await call('listRevisions', { storyId: story.id })).toEqual([revision]);
    expect((await call('getRevision', { id: revision.id })).snapshot.headline).toBe('Ward staffing survey');
    const restored = await call('restoreRevision', { storyId: story.id, revisionId: revision.id, baseRevision: story.revision });
    expect(restored.headline).toBe('Ward staffing survey');
    expect((await call('listRevisions', { storyId: story.id })).map((kept) => kept.reason)).toEqual(['before-restore', 'open']);
  });
});

describe('delete for good', () => {
  const MARKER = 'Zanzibarquokka';

  async function fileHasMarker(): Promise<boolean> {
    const needles = [MARKER, MARKER.toLowerCase()].flatMap((text) => [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')]);
    for (const name of [file, `${file}-wal`]) {
      if (!existsSync(name)) continue;
      const bytes = await readFile(name);
      if (needles.some((needle) => bytes.includes(needle))) return true;
    }
    return false;
  }

  it('leaves no text of the story in the database file: not in its rows, revisions, exports or search index', async () => {
    for (let i = 0; i < 30; i += 1) {
      const other = store.createStory({ section: 'News', headline: `Other story ${i}` });
      store.saveStory(other.id, other.revision, { body: paragraphs(`Ordinary words for story ${i}, about wards and pay.`) });
    }
    save({ headline: `Takedown ${MARKER} story`, body: paragraphs(`The ${MARKER} claim that must go.`) });
    store.revisions.record(story.id, 'open');
    save({ body: paragraphs(`A later ${MARKER} draft.`) });
    store.revisions.record(story.id, 'interval');
    withDatabase(file, (db) =>
      db
        .prepare(
          `INSERT INTO export_log (id, story_id, exported_at, format, destination, story_revision)
           VALUES ('0b7e3f4a-2c1d-4e5f-8a9b-0c1d2e3f4a5b', ?, ?, 'article', ?, ?)`,
        )
        .run(story.id, clock.iso(), `/exports/${MARKER}.html`, story.revision),
    );
    expect(store.listStories(libraryQuery({ query: MARKER })).total).toBe(1);
    expect(await fileHasMarker()).toBe(true);

    store.deleteStoryForever(story.id);

    expect(await fileHasMarker()).toBe(false);
    expect(store.listStories(libraryQuery({ query: MARKER })).total).toBe(0);
    expect(store.listStories(libraryQuery({ query: 'ordinary' })).total).toBe(30);
    checkSearchIndex(file);
    withDatabase(file, (db) => {
      expect(db.prepare('SELECT count(*) FROM revisions WHERE story_id = ?').pluck().get(story.id)).toBe(0);
      expect(db.prepare('SELECT count(*) FROM export_log WHERE story_id = ?').pluck().get(story.id)).toBe(0);
      expect(db.prepare('SELECT deleted_at IS NOT NULL FROM stories WHERE id = ?').pluck().get(story.id)).toBe(1);
    });
    expect(apiErrorOf(() => store.revisions.list(story.id)).code).toBe('not_found');
  });
});
