import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiService } from '../../../src/main/api/api-service';
import type { Store } from '../../../src/main/store/store';
import defaultSettings from '../../../resources/default-settings.json';
import { settingsSchema } from '../../../src/shared/settings/settings-schema';
import type { RelatedLinkInput, Story } from '../../../src/shared/story/story-schema';
import { makeTempDir, openTestStore, paragraphs, removeTempDir, type TestClock } from './store-fixtures';

let dir: string;
let store: Store;
let clock: TestClock;

beforeEach(async () => {
  dir = await makeTempDir();
  ({ store, clock } = openTestStore(dir));
});

afterEach(async () => {
  store.close();
  await removeTempDir(dir);
});

function story(fields: { headline: string; standfirst?: string; body?: string[]; tags?: string[] }): Story {
  clock.advance();
  const created = store.createStory({ section: 'News', headline: fields.headline, standfirst: fields.standfirst });
  clock.advance();
  store.saveStory(created.id, created.revision, {
    body: fields.body === undefined ? undefined : paragraphs(...fields.body),
    tags: fields.tags ?? [],
  });
  return store.getStory(created.id);
}

function link(from: Story, ...related: RelatedLinkInput[]): Story {
  const current = store.getStory(from.id);
  store.saveStory(from.id, current.revision, { related });
  return store.getStory(from.id);
}

const toStory = (target: Story): RelatedLinkInput => ({ kind: 'story', storyId: target.id });

/** A newsroom's worth of unrelated stories, so that words have a meaningful rarity. */
function background(): void {
  const topics = ['Parking charges rise at city hospitals', 'Pharmacy opening hours cut', 'Dental contract talks stall'];
  for (const headline of topics) story({ headline, body: ['Managers said the change would take effect next month.'] });
}

describe('related-story suggestions', () => {
  it('ranks stories with shared tags and similar text first, with a reason, and never the story itself', () => {
    background();
    const current = story({
      headline: 'Nurse staffing shortfall deepens in Yorkshire',
      standfirst: 'Vacancies in mental health wards have doubled.',
      body: ['Trusts across Yorkshire report nurse vacancies at record levels.'],
      tags: ['Workforce', 'Nursing', 'Yorkshire'],
    });
    const tagsAndText = story({
      headline: 'Yorkshire trusts recruit overseas nurses',
      body: ['Vacancies in nursing posts remain high.'],
      tags: ['workforce', 'nursing'],
    });
    const textOnly = story({ headline: 'Mental health wards face vacancies', body: ['Nurse staffing is thin.'] });
    const oneTag = story({ headline: 'Pay award announced', tags: ['Workforce'] });

    const suggestions = store.related.suggest(current.id, 8);
    const ids = suggestions.map((s) => s.card.storyId);

    expect(ids.slice(0, 3)).toEqual([tagsAndText.id, oneTag.id, textOnly.id]);
    expect(ids).not.toContain(current.id);
    expect(suggestions[0]).toMatchObject({ reason: '2 shared tags · similar text', card: { headline: tagsAndText.headline } });
    expect(suggestions[1]?.reason).toBe('Shared tag “Workforce”');
    expect(suggestions[2]?.reason).toBe('Similar text');
  });

  it('leaves out stories already linked and stories in the trash or deleted for good', () => {
    background();
    const current = story({ headline: 'Ambulance handover delays worsen', tags: ['ambulance'] });
    const linked = story({ headline: 'Ambulance crews wait outside hospitals', tags: ['ambulance'] });
    const trashed = story({ headline: 'Ambulance response times', tags: ['ambulance'] });
    const deleted = story({ headline: 'Ambulance strike called off', tags: ['ambulance'] });
    const open = story({ headline: 'Ambulance service budget', tags: ['ambulance'] });
    link(current, toStory(linked));
    store.setTrashed(trashed.id, true);
    store.deleteStoryForever(deleted.id);

    expect(store.related.suggest(current.id, 8).map((s) => s.card.storyId)).toEqual([open.id]);
  });

  it('does not suggest a story for words that most stories use', () => {
    for (let i = 0; i < 4; i += 1) background();
    const current = story({ headline: 'Managers change course', body: ['Managers said the change would be reviewed.'] });
    expect(store.related.suggest(current.id, 8)).toEqual([]);
  });

  it('suggests nothing for an empty story', () => {
    background();
    const empty = story({ headline: '' });
    expect(store.related.suggest(empty.id, 8)).toEqual([]);
  });
});

describe('linked stories', () => {
  it('shows a linked story’s current headline after it is renamed, and "missing" once it is deleted for good', () => {
    const current = story({ headline: 'Hospital at home schemes expand' });
    const target = story({ headline: 'Virtual wards: early results' });
    const gone = story({ headline: 'To be deleted' });
    link(current, toStory(target), { kind: 'external', url: 'https://example.org/a', headline: 'Elsewhere', standfirst: '', byline: '', imageUrl: '' }, toStory(gone));

    const renamed = store.getStory(target.id);
    store.saveStory(target.id, renamed.revision, { headline: 'Virtual wards cut admissions' });
    store.deleteStoryForever(gone.id);

    const cards = store.related.resolve(current.id);
    expect(cards.map((c) => [c.storyId, c.place, c.headline])).toEqual([
      [target.id, 'active', 'Virtual wards cut admissions'],
      [gone.id, 'missing', ''],
    ]);
    // The stored form stays a link by id.
    expect(store.getStory(current.id).related[0]).toEqual({ kind: 'story', storyId: target.id });
  });

  it('gives the cards of any stories by id, for the related stories of a kept version', () => {
    const kept = story({ headline: 'Linked once, since unlinked' });
    const gone = story({ headline: 'To be deleted' });
    store.deleteStoryForever(gone.id);
    expect(store.related.cards([gone.id, kept.id]).map((c) => [c.storyId, c.place, c.headline])).toEqual([
      [gone.id, 'missing', ''],
      [kept.id, 'active', 'Linked once, since unlinked'],
    ]);
  });

  it('lists the stories that link to one, for the delete confirmation', () => {
    const target = story({ headline: 'Target' });
    const first = story({ headline: 'First linker' });
    const second = story({ headline: 'Second linker' });
    story({ headline: 'Unrelated' });
    link(first, toStory(target));
    clock.advance();
    link(second, toStory(target));
    store.setTrashed(second.id, true);

    expect(store.related.linking(target.id)).toEqual([
      { id: second.id, headline: 'Second linker', place: 'trash' },
      { id: first.id, headline: 'First linker', place: 'active' },
    ]);
    expect(store.related.linking(first.id)).toEqual([]);
  });
});

describe('tags in use', () => {
  it('completes a prefix ignoring case, the most used first, and takes % and _ literally', () => {
    story({ headline: 'a', tags: ['NHS', 'Nursing'] });
    story({ headline: 'b', tags: ['nursing', 'Pay'] });
    story({ headline: 'c', tags: ['Nursing homes', '50%_off'] });
    const trashed = story({ headline: 'd', tags: ['Nurseries'] });
    store.setTrashed(trashed.id, true);

    expect(store.related.tags('nu', 10)).toEqual([
      { tag: 'Nursing', stories: 2 },
      { tag: 'Nursing homes', stories: 1 },
    ]);
    expect(store.related.tags('', 1)).toEqual([{ tag: 'Nursing', stories: 2 }]);
    expect(store.related.tags('%', 10)).toEqual([]);
    expect(store.related.tags('50%_', 10)).toEqual([{ tag: '50%_off', stories: 1 }]);
  });
});

describe('related-story operations', () => {
  it('validate their input and answer through the API service', async () => {
    const settings = settingsSchema.parse(defaultSettings);
    const api = createApiService({ store, settings, appVersion: 'test', profileDir: dir, settingsFile: '' });
    const current = story({ headline: 'Current', tags: ['Pay'] });
    story({ headline: 'Other', tags: ['pay'] });

    expect(await api.dispatch('suggestRelated', { storyId: current.id, limit: 0 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'limit' },
    });
    expect(await api.dispatch('listTags', { prefix: 'x'.repeat(61) })).toMatchObject({ ok: false, error: { field: 'prefix' } });
    expect(await api.dispatch('listLinkingStories', { storyId: 'nope' })).toMatchObject({ ok: false, error: { field: 'storyId' } });
    expect(await api.dispatch('listTags', { prefix: 'p' })).toEqual({ ok: true, value: [{ tag: 'Pay', stories: 2 }] });
    expect(await api.dispatch('suggestRelated', { storyId: current.id })).toMatchObject({
      ok: true,
      value: [{ card: { headline: 'Other' }, reason: 'Shared tag “pay”' }],
    });
    expect(await api.dispatch('resolveRelated', { id: current.id })).toEqual({ ok: true, value: [] });
    expect(await api.dispatch('storyCards', { ids: ['nope'] })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await api.dispatch('storyCards', { ids: [current.id] })).toMatchObject({ ok: true, value: [{ headline: 'Current' }] });
  });
});
