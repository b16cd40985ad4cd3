import { describe, expect, it } from 'vitest';
import { readyToPublish, type ReadyStory } from '../../../src/shared/export/ready-to-publish';
import type { StoryCard } from '../../../src/shared/story/related-schema';

const TEMPLATE = '{name} is {role} of {organisation}.';
const TRASHED = '11111111-1111-4111-8111-111111111111';
const DRAFT = '22222222-2222-4222-8222-222222222222';
const ARCHIVED = '33333333-3333-4333-8333-333333333333';
const DELETED = '44444444-4444-4444-8444-444444444444';

const complete: ReadyStory = {
  section: 'Opinion',
  publishDate: '2026-11-26T09:00:00.000Z',
  slug: 'trust-managers-to-lead',
  leadImage: { alt: 'A board meeting' },
  authorBio: null,
  bylines: [{ name: 'Jane Smith', role: 'chief executive', organisation: 'Example Trust' }],
  related: [],
};

function card(storyId: string, place: StoryCard['place'], status: StoryCard['status'], headline: string): StoryCard {
  return { storyId, place, status, headline, standfirst: '', section: 'News', bylineNames: [] };
}

const cards = new Map([
  [TRASHED, card(TRASHED, 'trash', 'ready', 'Old news')],
  [DRAFT, card(DRAFT, 'active', 'draft', 'Coming soon')],
  [ARCHIVED, card(ARCHIVED, 'archived', 'draft', 'From the archive')],
  [DELETED, card(DELETED, 'missing', null, '')],
]);
const cardOf = (id: string) => cards.get(id);

const summary = (story: ReadyStory) =>
  readyToPublish(story, TEMPLATE, cardOf).items.map((item) => `${item.id} ${item.met ? 'met' : 'unmet'} ${item.level}`);

describe('readyToPublish', () => {
  it('is ready when the opinion piece has a date, slug, described lead image and bio, with each item met', () => {
    const checklist = readyToPublish(complete, TEMPLATE, cardOf);
    expect(summary(complete)).toEqual([
      'publish-date met required',
      'slug met required',
      'lead-image-alt met required',
      'bio met required',
    ]);
    expect(checklist).toMatchObject({ met: 4, ready: true });
    expect(checklist.items[0]!.detail).toBe('26 November 2026');
    expect(checklist.items[3]!.detail).toBe('Jane Smith is chief executive of Example Trust.');
  });

  it('names each missing need, and asks for the bio only of opinion pieces', () => {
    const bare: ReadyStory = { ...complete, publishDate: null, slug: '', leadImage: { alt: '  ' }, bylines: [], authorBio: null };
    expect(summary(bare)).toEqual([
      'publish-date unmet required',
      'slug unmet required',
      'lead-image-alt unmet required',
      'bio unmet required',
    ]);
    expect(readyToPublish(bare, TEMPLATE, cardOf)).toMatchObject({ met: 0, ready: false });
    expect(summary({ ...bare, section: 'News' })).not.toContain('bio unmet required');
    // A bio written for the story counts even without bylines.
    expect(summary({ ...bare, authorBio: 'Jane writes a monthly column.' })).toContain('bio met required');
  });

  it('advises a lead image without making it a condition of being ready', () => {
    const checklist = readyToPublish({ ...complete, leadImage: null }, TEMPLATE, cardOf);
    expect(checklist.items.find((item) => item.id === 'lead-image')).toMatchObject({ met: false, level: 'advised' });
    expect(checklist.items.some((item) => item.id === 'lead-image-alt')).toBe(false);
    expect(checklist).toMatchObject({ met: 3, ready: true });
  });

  it('lists each related story that is not live or not ready, by its place among the links', () => {
    const story: ReadyStory = {
      ...complete,
      related: [
        { kind: 'external', url: 'https://example.org/a', headline: 'Elsewhere', standfirst: '', byline: '', imageUrl: '' },
        { kind: 'story', storyId: ARCHIVED },
        { kind: 'story', storyId: TRASHED },
        { kind: 'story', storyId: DRAFT },
        { kind: 'story', storyId: DELETED },
      ],
    };
    const checklist = readyToPublish(story, TEMPLATE, cardOf);
    const related = checklist.items.find((item) => item.id === 'related');
    expect(related).toMatchObject({ met: false, level: 'required', detail: '3 of 4 linked stories are not live or not ready.' });
    expect(related!.links).toEqual([
      { index: 2, state: 'trash', message: 'Related story “Old news” is in the trash: it is left out of the export.' },
      {
        index: 3,
        state: 'draft',
        message: 'Related story “Coming soon” is a draft, not yet on the site: the link will not work until it is published.',
      },
      { index: 4, state: 'deleted', message: 'A related story was deleted for good: it is left out of the export.' },
    ]);
    expect(checklist.ready).toBe(false);
  });

  it('counts archived stories and pages given by URL as live, and leaves the item out when nothing in the store is linked', () => {
    const archivedOnly = readyToPublish({ ...complete, related: [{ kind: 'story', storyId: ARCHIVED }] }, TEMPLATE, cardOf);
    expect(archivedOnly.items.find((item) => item.id === 'related')).toMatchObject({ met: true, links: [] });
    const externalOnly = readyToPublish(
      { ...complete, related: [{ kind: 'external', url: 'https://example.org/a', headline: 'A', standfirst: '', byline: '', imageUrl: '' }] },
      TEMPLATE,
      cardOf,
    );
    expect(externalOnly.items.map((item) => item.id)).not.toContain('related');
  });
});
