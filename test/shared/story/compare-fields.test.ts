import { describe, expect, it } from 'vitest';
import { compareStoryFields, type ComparedStory, type FieldChange } from '../../../src/shared/story/compare-fields';
import { revisionSnapshotSchema } from '../../../src/shared/story/revision-schema';
import type { Byline, StoryBody } from '../../../src/shared/story/story-schema';

const AMIR = '11111111-1111-4111-8111-111111111111';
const JO = '22222222-2222-4222-8222-222222222222';
const LINKED = '33333333-3333-4333-8333-333333333333';
const OTHER = '44444444-4444-4444-8444-444444444444';
const PICTURE = 'a'.repeat(64);
const CONTEXT = {
  storyHeadline: (id: string) => ({ [LINKED]: 'Waiting lists grow again', [OTHER]: 'Pay talks resume' })[id] ?? 'A story deleted for good',
  bioTemplate: '{name} is {role} of {organisation}.',
};

function text(content: string) {
  return { type: 'text', version: 1, detail: 0, format: 0, mode: 'normal', style: '', text: content };
}

function paragraph(...children: unknown[]) {
  return { type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, children };
}

function link(words: string, url: string) {
  return { type: 'link', version: 1, direction: 'ltr', format: '', indent: 0, url, rel: null, target: null, title: null, children: [text(words)] };
}

function image(fields: { alt?: string; credit?: string; caption?: string; sha256?: string } = {}) {
  return { type: 'image', version: 1, sha256: PICTURE, ext: 'jpg', width: 800, height: 600, alt: 'A ward at night', caption: 'The night shift', credit: 'Photo: Trust', ...fields };
}

function pullQuote(quote: string, attribution: string) {
  return { type: 'pullquote', version: 1, text: quote, attribution };
}

function body(...children: unknown[]): StoryBody {
  return { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } } as StoryBody;
}

function byline(authorId: string, name: string, role: string, organisation: string): Byline {
  return { authorId, name, role, organisation };
}

const BASE: ComparedStory = {
  section: 'Opinion',
  headline: 'Night shifts left unfilled',
  standfirst: 'Trusts relied on agency staff.',
  socialHeadline: 'Night shifts left unfilled',
  socialDescription: 'Trusts relied on agency staff all year.',
  slug: 'night-shifts-left-unfilled',
  slugLocked: false,
  publishDate: null,
  authorBio: null,
  leadImage: null,
  body: body(paragraph(text('Read '), link('the report', 'https://example.org/report'), text(' today.'))),
  bylines: [byline(JO, 'Jo Lee', 'chief nurse', 'South Trust')],
  tags: ['nursing', 'workforce'],
  related: [{ kind: 'story', storyId: LINKED }],
  status: 'draft',
};

function changes(newer: Partial<ComparedStory>, older: Partial<ComparedStory> = {}): FieldChange[] {
  return compareStoryFields({ ...BASE, ...older }, { ...BASE, ...newer }, CONTEXT);
}

/** A change as a reader sees it: "Label: text", with [-removed-] and {+added+} words. */
function read(change: FieldChange): string {
  switch (change.change) {
    case 'added':
      return `${change.label}: ${change.text}`;
    case 'removed':
      return `${change.label}: ${change.text}`;
    case 'replaced':
      return `${change.label}: ${change.from || 'not set'} → ${change.to || 'not set'}`;
    case 'edited':
      return `${change.label}: ${change.parts.map((p) => (p.change === 'same' ? p.text : p.change === 'added' ? `{+${p.text}+}` : `[-${p.text}-]`)).join('')}`;
  }
}

function readAll(list: FieldChange[]): string[] {
  return list.map(read);
}

describe('the fields the history compares', () => {
  it('says nothing when only the body words changed, or nothing at all', () => {
    expect(changes({})).toEqual([]);
    expect(changes({ body: body(paragraph(text('Read '), link('the whole report', 'https://example.org/report'), text(' now.'))) })).toEqual([]);
  });

  it('lists bylines added, removed, reordered and edited, each in full', () => {
    const amir = byline(AMIR, 'Amir Khan', 'director of strategy', 'North Example ICB');
    expect(readAll(changes({ bylines: [...BASE.bylines, amir] }).filter((c) => c.label.startsWith('Byline')))).toEqual([
      'Byline added: Amir Khan, director of strategy, North Example ICB',
    ]);
    expect(readAll(changes({ bylines: [] }).filter((c) => c.label.startsWith('Byline')))).toEqual(['Byline removed: Jo Lee, chief nurse, South Trust']);
    expect(readAll(changes({ bylines: [amir, BASE.bylines[0]!] }, { bylines: [BASE.bylines[0]!, amir] }).filter((c) => c.label.startsWith('Byline')))).toEqual([
      'Bylines reordered: 1. Jo Lee, chief nurse, South Trust  2. Amir Khan, director of strategy, North Example ICB → 1. Amir Khan, director of strategy, North Example ICB  2. Jo Lee, chief nurse, South Trust',
    ]);
    expect(readAll(changes({ bylines: [byline(JO, 'Jo Lee', 'chief nurse', 'North Trust')] }).filter((c) => c.label.startsWith('Byline')))).toEqual([
      'Byline edited: Jo Lee, chief nurse, [-South-]{+North+} Trust',
    ]);
  });

  it('compares the bio as it prints, and says when it stops following the bylines', () => {
    // A generated bio follows a byline edit.
    expect(readAll(changes({ bylines: [byline(JO, 'Jo Lee', 'chief nurse', 'North Trust')] }).filter((c) => c.label.startsWith('Bio')))).toEqual([
      'Bio (from the bylines): Jo Lee is chief nurse of [-South-]{+North+} Trust.',
    ]);
    expect(readAll(changes({ authorBio: 'Jo Lee is chief nurse of South Trust and a ward sister.' }))).toEqual([
      'Bio: Jo Lee is chief nurse of South Trust {+and a ward sister+}.',
      'Bio source: Generated from the bylines → Written for this story',
    ]);
    // Written for the story with the same words the bylines give: only the source changed.
    expect(readAll(changes({ authorBio: 'Jo Lee is chief nurse of South Trust.' }))).toEqual(['Bio source: Generated from the bylines → Written for this story']);
  });

  it('shows a link whose words stayed but whose address changed, and links added or removed', () => {
    const moved = body(paragraph(text('Read '), link('the report', 'https://example.org/report-2026'), text(' today.')));
    expect(readAll(changes({ body: moved }))).toEqual(['Link URL of “the report”: https://example.org/report → https://example.org/report-2026']);
    const more = body(paragraph(text('Read '), link('the report', 'https://example.org/report'), text(' and '), link('the reply', 'https://example.org/reply')));
    expect(readAll(changes({ body: more }))).toEqual(['Link added: “the reply” (https://example.org/reply)']);
    expect(readAll(changes({ body: body(paragraph(text('Read the report today.'))) }))).toEqual(['Link removed: “the report” (https://example.org/report)']);
  });

  it('shows body images added and removed, and their alt text and credit edited', () => {
    const before = body(paragraph(text('Text.')), image());
    expect(readAll(changes({ body: body(paragraph(text('Text.')), image({ alt: 'A ward at night, half empty', credit: 'Photo: South Trust' })) }, { body: before }))).toEqual([
      'Image alt text: A ward at night{+, half empty+}',
      'Image credit: Photo: {+South +}Trust',
    ]);
    expect(readAll(changes({ body: body(paragraph(text('Text.'))) }, { body: before }))).toEqual(['Image removed: alt text “A ward at night”']);
    expect(readAll(changes({ body: before }, { body: body(paragraph(text('Text.'))) }))).toEqual(['Image added: alt text “A ward at night”']);
    // The caption is body text: the body's own diff shows it.
    expect(changes({ body: body(paragraph(text('Text.')), image({ caption: 'Nights' })) }, { body: before })).toEqual([]);
  });

  it('shows a pull-quote’s attribution edited, even when its words were edited too', () => {
    const before = body(paragraph(text('We are short of nurses every night.')), pullQuote('We are short of nurses every night.', 'Jo Lee'));
    const after = body(paragraph(text('We are short of nurses every night.')), pullQuote('Short of nurses every night', 'Jo Lee, chief nurse'));
    expect(readAll(changes({ body: after }, { body: before }))).toEqual(['Pull-quote attribution: Jo Lee{+, chief nurse+}']);
  });

  it('shows the lead image added, removed, replaced and its words edited', () => {
    const lead = { sha256: PICTURE, ext: 'jpg' as const, width: 800, height: 600, alt: 'A ward at night', caption: 'The night shift', credit: 'Photo: Trust' };
    expect(readAll(changes({ leadImage: lead }))).toEqual(['Lead image added: alt text “A ward at night”']);
    expect(readAll(changes({ leadImage: null }, { leadImage: lead }))).toEqual(['Lead image removed: alt text “A ward at night”']);
    expect(readAll(changes({ leadImage: { ...lead, sha256: 'b'.repeat(64), alt: 'An empty ward', caption: 'Nights', credit: 'Photo: PA' } }, { leadImage: lead }))).toEqual([
      'Lead image replaced: a different picture',
      'Lead image alt text: [-A ward at night-]{+An empty ward+}',
      'Lead image caption: [-The night shift-]{+Nights+}',
      'Lead image credit: Photo: [-Trust-]{+PA+}',
    ]);
    // A version kept before stories had lead images says nothing about one.
    expect(changes({ leadImage: lead }, { leadImage: undefined })).toEqual([]);
  });

  it('lists tags and related stories by their headlines, added, removed and reordered', () => {
    expect(readAll(changes({ tags: ['nursing', 'pay'] }))).toEqual(['Tag removed: workforce', 'Tag added: pay']);
    expect(readAll(changes({ related: [{ kind: 'story', storyId: OTHER }] }))).toEqual([
      'Related story removed: Waiting lists grow again',
      'Related story added: Pay talks resume',
    ]);
    const both = [{ kind: 'story' as const, storyId: LINKED }, { kind: 'story' as const, storyId: OTHER }];
    expect(readAll(changes({ related: [both[1]!, both[0]!] }, { related: both }))).toEqual([
      'Related stories reordered: 1. Waiting lists grow again  2. Pay talks resume → 1. Pay talks resume  2. Waiting lists grow again',
    ]);
    const outside = { kind: 'external' as const, url: 'https://example.org/a', headline: 'Agency spend', standfirst: '', byline: '', imageUrl: '' };
    expect(readAll(changes({ related: [...BASE.related, { ...outside, headline: 'Agency spend doubles' }] }, { related: [...BASE.related, outside] }))).toEqual([
      'Related link headline (https://example.org/a): Agency spend {+doubles+}',
    ]);
  });

  it('shows section, status and the publishing fields, the date in London time', () => {
    expect(
      readAll(
        changes({
          section: 'News',
          status: 'ready',
          publishDate: '2026-07-01T08:30:00.000Z',
          slug: 'nights-unfilled',
          socialHeadline: 'Nights left unfilled',
          socialDescription: '',
        }),
      ),
    ).toEqual([
      'Section: Opinion → News',
      'Status: Draft → Ready',
      'Publish date: not set → Wednesday 1 July 2026, 09:30 (BST)',
      'Slug: night-shifts-left-unfilled → nights-unfilled',
      'Social headline: [-Night shifts-]{+Nights+} left unfilled',
      'Social description: [-Trusts relied on agency staff all year.-]',
    ]);
    expect(readAll(changes({ publishDate: '2026-12-01T09:00:00.000Z' }, { publishDate: '2026-07-01T08:30:00.000Z' }))).toEqual([
      'Publish date: Wednesday 1 July 2026, 09:30 (BST) → Tuesday 1 December 2026, 09:00 (GMT)',
    ]);
  });

  it('does not compare the status with a version kept before the status was recorded, which still parses', () => {
    const { status: _status, ...old } = BASE;
    expect(revisionSnapshotSchema.parse(old).status).toBeUndefined();
    expect(compareStoryFields(old, { ...BASE, status: 'ready' }, CONTEXT)).toEqual([]);
  });
});
