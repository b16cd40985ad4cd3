import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createStoryGenerator } from '../../../bench/story-generator';
import { ApiError } from '../../../src/shared/api/api-error';
import { applyStoryChanges, storyDocument, storyFieldPlaces, storyFromDocument } from '../../../src/shared/newsroom/story-document';
import { bodyBlocksOf, bodyEditBetween } from '../../../src/shared/story/body-edit';
import { storyChangesSchema, storySchema, type StoryBody, type StoryChanges } from '../../../src/shared/story/story-schema';
import { AUTHOR_A, AUTHOR_B, bodyOf, exampleBody, footnote, paragraph, story, storedForm, text } from './story-fixtures';

const BOLD = 1;
const ITALIC = 2;

/** A copy of `doc` made from its state, as another profile receives it. */
function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** A body with every inline kind: formatting, a link, a line break, footnotes; and lists and headings around it. */
function richBody(): StoryBody {
  return storedForm(
    bodyOf(
      { children: [text('Why it matters')], direction: null, format: '', indent: 0, type: 'heading', version: 1, tag: 'h2' },
      paragraph(
        text('Ministers promised '),
        text('less bureaucracy', BOLD),
        text(' and '),
        text('more beds', BOLD | ITALIC),
        footnote('NHS England, Annual report 2025, p. 14.'),
        text('. See '),
        { children: [text('the report')], direction: null, format: '', indent: 0, type: 'link', version: 1, rel: null, target: null, title: null, url: 'https://example.org/report' },
        text('.'),
        { type: 'linebreak', version: 1 },
        text('A second line.'),
        footnote('Interview with the author, March 2026.'),
      ),
      {
        children: [
          { children: [text('Beds')], direction: null, format: '', indent: 0, type: 'listitem', version: 1, value: 1, checked: undefined },
          { children: [text('Staff')], direction: null, format: '', indent: 0, type: 'listitem', version: 1, value: 2, checked: undefined },
        ],
        direction: null,
        format: '',
        indent: 0,
        type: 'list',
        version: 1,
        listType: 'number',
        start: 1,
        tag: 'ol',
      },
      { type: 'pullquote', version: 2, text: 'Ministers promised less bureaucracy', attribution: 'A manager', edited: false },
      { type: 'image', version: 1, sha256: 'a'.repeat(64), ext: 'jpg', width: 800, height: 600, alt: 'A ward', caption: 'The ward', credit: 'Photo: A Photographer' },
      { type: 'endmark', version: 1 },
    ),
  );
}

function paragraphs(...texts: string[]): StoryBody {
  return storedForm(bodyOf(...texts.map((words) => paragraph(text(words)))));
}

function blockTexts(body: StoryBody | null): string[] {
  const textOf = (node: Record<string, unknown>): string =>
    typeof node.text === 'string' ? node.text : ((node.children as Record<string, unknown>[] | undefined) ?? []).map(textOf).join('');
  return (body?.root.children ?? []).map((block) => textOf(block));
}

/** `doc`'s body changed as the editor's autosave sends it: only the blocks that changed. */
function editBody(doc: Y.Doc, change: (blocks: string[]) => string[]): void {
  const base = storyFromDocument(doc).body!;
  const next = paragraphs(...change(blockTexts(base)));
  applyStoryChanges(doc, { bodyEdit: bodyEditBetween(bodyBlocksOf(base), next)! });
}

/** Sends each document's offline edits to the other, in the order given, and returns both stories. */
function exchange(first: Y.Doc, second: Y.Doc, order: 'first-to-second-first' | 'second-to-first-first' = 'first-to-second-first') {
  const fromFirst = Y.encodeStateAsUpdate(first, Y.encodeStateVector(second));
  const fromSecond = Y.encodeStateAsUpdate(second, Y.encodeStateVector(first));
  if (order === 'first-to-second-first') {
    Y.applyUpdate(second, fromFirst);
    Y.applyUpdate(first, fromSecond);
  } else {
    Y.applyUpdate(first, fromSecond);
    Y.applyUpdate(second, fromFirst);
  }
  return [storyFromDocument(first), storyFromDocument(second)] as const;
}

/** Two profiles holding the same story, about to edit it offline. */
function twoProfiles(body = paragraphs('First paragraph.', 'Second paragraph.', 'Third paragraph.')) {
  const first = storyDocument(story({ body }));
  return [first, copyOf(first)] as const;
}

describe('the story document: where each field lives', () => {
  it('gives every field of the story a place, so a new field cannot be left out unnoticed', () => {
    expect(Object.keys(storyFieldPlaces).sort()).toEqual(Object.keys(storySchema.shape).sort());
  });

  it('takes every change a save can send', () => {
    const changes: Required<Omit<StoryChanges, 'bodyEdit' | 'bodyUpdate'>> = {
      section: 'News',
      headline: 'A new headline',
      standfirst: 'A new standfirst.',
      socialHeadline: 'Shared headline',
      socialDescription: 'Shared description',
      slug: 'a-new-slug',
      status: 'ready',
      publishDate: '2026-12-24T07:00:00.000Z',
      body: paragraphs('Only paragraph.'),
      authorBio: 'Ann Writer is the health editor.',
      bylines: [{ authorId: AUTHOR_B, role: 'Columnist', organisation: 'The Desk' }],
      leadImage: { sha256: 'b'.repeat(64), alt: 'A corridor', caption: 'Night shift', credit: 'Photo: B' },
      tags: ['wards'],
      related: [{ kind: 'story', storyId: AUTHOR_A }],
      houseStyleIgnores: [{ ruleId: 'spell-out-numbers', matchedText: null, context: null }],
    };
    // bodyEdit and bodyUpdate are the other forms of body, tested below.
    expect(Object.keys(storyChangesSchema.shape).sort()).toEqual([...Object.keys(changes), 'bodyEdit', 'bodyUpdate'].sort());
    const doc = storyDocument(story());
    applyStoryChanges(doc, changes);
    const { slug, ...rest } = changes;
    expect(storyFromDocument(doc)).toMatchObject({ ...rest, slug, slugLocked: true });
    applyStoryChanges(doc, { slug: null, body: null, leadImage: null });
    expect(storyFromDocument(doc)).toMatchObject({ slug, slugLocked: false, body: null, leadImage: null });
  });
});

describe('the story document: round trip', () => {
  it('gives back the documented example story, every field and every block of its body', () => {
    const body = storedForm(exampleBody());
    const original = story({
      body,
      socialHeadline: 'Red tape',
      authorBio: 'Ann Writer is the health editor.',
      publishDate: '2026-12-24T07:00:00.000Z',
      bylines: [
        { authorId: AUTHOR_A, name: 'Ann Writer', role: 'Health editor', organisation: '' },
        { authorId: AUTHOR_B, name: 'Bo Sub', role: '', organisation: 'The Desk' },
      ],
      leadImage: { sha256: 'c'.repeat(64), ext: 'png', width: 1200, height: 630, alt: 'A ward', caption: 'Night', credit: 'Photo: C' },
      related: [
        { kind: 'story', storyId: AUTHOR_B },
        { kind: 'external', url: 'https://example.org/a', headline: 'Elsewhere', standfirst: '', byline: '', imageUrl: '' },
      ],
      houseStyleIgnores: [{ ruleId: 'spell-out-numbers', matchedText: '3', context: { before: 'only ', after: ' beds' } }],
      archivedAt: '2026-12-02T09:00:00.000Z',
    });
    const content = storyFromDocument(copyOf(storyDocument(original)));
    expect(content.body).toEqual(body);
    expect(content).toEqual({
      id: original.id,
      section: original.section,
      headline: original.headline,
      standfirst: original.standfirst,
      socialHeadline: 'Red tape',
      socialDescription: '',
      slug: original.slug,
      slugLocked: false,
      status: 'draft',
      body,
      authorBio: 'Ann Writer is the health editor.',
      bylines: [
        { authorId: AUTHOR_A, role: 'Health editor', organisation: '' },
        { authorId: AUTHOR_B, role: '', organisation: 'The Desk' },
      ],
      leadImage: { sha256: 'c'.repeat(64), alt: 'A ward', caption: 'Night', credit: 'Photo: C' },
      tags: original.tags,
      related: original.related,
      houseStyleIgnores: original.houseStyleIgnores,
      publishDate: '2026-12-24T07:00:00.000Z',
      createdAt: original.createdAt,
      archivedAt: '2026-12-02T09:00:00.000Z',
      trashedAt: null,
    });
  });

  it('gives back formatting, links, line breaks, lists, footnotes, the pull-quote, the image and the end mark', () => {
    const body = richBody();
    expect(storyFromDocument(copyOf(storyDocument(story({ body })))).body).toEqual(body);
  });

  it('gives back generated stories of every shape', () => {
    const generate = createStoryGenerator(7);
    for (let i = 0; i < 5; i += 1) {
      const body = storedForm(generate.story(400 + i * 300).body);
      expect(storyFromDocument(copyOf(storyDocument(story({ body })))).body).toEqual(body);
    }
  });

  it('holds a story without a body yet as one, and gives its body once it has one', () => {
    const doc = storyDocument(story({ body: null }));
    expect(storyFromDocument(doc).body).toBeNull();
    const body = richBody();
    applyStoryChanges(doc, { body });
    expect(storyFromDocument(copyOf(doc)).body).toEqual(body);
  });

  it('keeps the body in the XmlText named root, where the editor binds to it', () => {
    const doc = storyDocument(story());
    expect(doc.get('root', Y.XmlText).length).toBeGreaterThan(0);
  });
});

describe('the story document: edits', () => {
  it('turns a whole body into the blocks and characters that changed, not the body again', () => {
    const generate = createStoryGenerator(11);
    const body = storedForm(generate.story(3_000).body);
    const doc = storyDocument(story({ body }));
    const wholeBytes = Y.encodeStateAsUpdate(doc).length;
    const edited = structuredClone(body);
    const firstText = (edited.root.children[1] as unknown as { children: { text: string }[] }).children[0]!;
    firstText.text = `Indeed, ${firstText.text}`;
    const before = Y.encodeStateVector(doc);
    applyStoryChanges(doc, { body: edited });
    const update = Y.encodeStateAsUpdate(doc, before);
    expect(update.length).toBeLessThan(200);
    expect(wholeBytes).toBeGreaterThan(10_000);
    expect(storyFromDocument(copyOf(doc)).body).toEqual(edited);
  });

  it("applies an autosave's body edit, and refuses one made for another body without changing anything", () => {
    const doc = storyDocument(story());
    editBody(doc, ([a, b, c]) => [a!, `${b} With more.`, 'A new paragraph.', c!]);
    expect(blockTexts(storyFromDocument(doc).body)).toEqual(['First paragraph.', 'Second paragraph. With more.', 'A new paragraph.', 'Third paragraph.']);
    const state = Y.encodeStateAsUpdate(doc);
    const stale = { baseBlocks: 3, at: 0, remove: 1, insert: [paragraph(text('Stale.'))] } as StoryChanges['bodyEdit'];
    expect(() => applyStoryChanges(doc, { headline: 'Changed', bodyEdit: stale })).toThrow(ApiError);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(state);
    // And the next edit that fits is applied as usual.
    editBody(doc, (blocks) => [...blocks, 'Last words.']);
    expect(blockTexts(storyFromDocument(copyOf(doc)).body)).toHaveLength(5);
  });

  it('edits the headline by the characters that changed', () => {
    const doc = storyDocument(story());
    const before = Y.encodeStateVector(doc);
    applyStoryChanges(doc, { headline: 'The NHS needs a plan now' });
    expect(Y.encodeStateAsUpdate(doc, before).length).toBeLessThan(40);
    expect(storyFromDocument(doc).headline).toBe('The NHS needs a plan now');
  });

  it("writes as the document's own client, so a story's history does not gain a client for every save", () => {
    const doc = storyDocument(story());
    const client = doc.clientID;
    for (let i = 0; i < 5; i += 1) {
      editBody(doc, (blocks) => [...blocks.slice(0, -1), `${blocks.at(-1)} More.`]);
      applyStoryChanges(doc, { headline: `Plan ${i}` });
    }
    expect(doc.clientID).toBe(client);
    expect([...Y.decodeStateVector(Y.encodeStateVector(doc)).keys()]).toEqual([client]);
  });
});

describe('the story document: merging offline edits', () => {
  for (const order of ['first-to-second-first', 'second-to-first-first'] as const) {
    describe(`exchanging ${order === 'first-to-second-first' ? "the first profile's" : "the second profile's"} edits first`, () => {
      it('keeps edits of different paragraphs', () => {
        const [first, second] = twoProfiles();
        editBody(first, ([a, b, c]) => [`${a} Edited here.`, b!, c!]);
        editBody(second, ([a, b, c]) => [a!, b!, `${c} And there.`]);
        const [one, two] = exchange(first, second, order);
        expect(one).toEqual(two);
        expect(blockTexts(one.body)).toEqual(['First paragraph. Edited here.', 'Second paragraph.', 'Third paragraph. And there.']);
      });

      it('keeps both edits of the same paragraph, character by character', () => {
        const [first, second] = twoProfiles();
        editBody(first, ([a, b, c]) => [a!, `Really, ${b!.toLowerCase()}`, c!]);
        editBody(second, ([a, b, c]) => [a!, b!.replace('.', ', again.'), c!]);
        const [one, two] = exchange(first, second, order);
        expect(one).toEqual(two);
        expect(blockTexts(one.body)[1]).toBe('Really, second paragraph, again.');
      });

      it('drops the paragraph one deleted though the other edited it, and keeps their other edits', () => {
        const [first, second] = twoProfiles();
        editBody(first, ([a, , c]) => [a!, c!]);
        editBody(second, ([a, b, c]) => [`${a} Kept.`, `${b} Lost with its paragraph.`, c!]);
        const [one, two] = exchange(first, second, order);
        expect(one).toEqual(two);
        expect(blockTexts(one.body)).toEqual(['First paragraph. Kept.', 'Third paragraph.']);
      });

      it('merges two new headlines by character', () => {
        const [first, second] = twoProfiles();
        applyStoryChanges(first, { headline: 'The NHS needs a plan now' });
        applyStoryChanges(second, { headline: 'Why the NHS needs a plan' });
        const [one, two] = exchange(first, second, order);
        expect(one).toEqual(two);
        expect(one.headline).toBe('Why the NHS needs a plan now');
      });

      it('settles two statuses set offline on one of them, the same on both', () => {
        const [first, second] = twoProfiles();
        applyStoryChanges(first, { status: 'in_edit', section: 'News' });
        applyStoryChanges(second, { status: 'ready', section: 'Analysis' });
        const [one, two] = exchange(first, second, order);
        expect(one).toEqual(two);
        expect(['in_edit', 'ready']).toContain(one.status);
        expect(['News', 'Analysis']).toContain(one.section);
      });

      it('keeps tags and bylines both added, each once, and both changes of one image', () => {
        const [first, second] = twoProfiles(richBody());
        const captioned = structuredClone(storyFromDocument(first).body!);
        const credited = structuredClone(captioned);
        const imageOf = (body: StoryBody) => body.root.children.find((block) => block.type === 'image') as Record<string, unknown>;
        imageOf(captioned).caption = 'The ward at night';
        imageOf(credited).credit = 'Photo: Another Photographer';
        applyStoryChanges(first, { body: captioned, tags: ['NHS', 'health', 'wards', 'winter'], bylines: [{ authorId: AUTHOR_A, role: 'Health editor', organisation: 'The Desk' }] });
        applyStoryChanges(second, {
          body: credited,
          tags: ['NHS', 'health', 'winter', 'budget'],
          bylines: [
            { authorId: AUTHOR_A, role: 'Health editor', organisation: '' },
            { authorId: AUTHOR_B, role: 'Sub-editor', organisation: '' },
          ],
        });
        const [one, two] = exchange(first, second, order);
        expect(one).toEqual(two);
        expect([...one.tags].sort()).toEqual(['NHS', 'budget', 'health', 'wards', 'winter']);
        expect(one.bylines).toEqual([
          { authorId: AUTHOR_A, role: 'Health editor', organisation: 'The Desk' },
          { authorId: AUTHOR_B, role: 'Sub-editor', organisation: '' },
        ]);
        expect(imageOf(one.body!)).toMatchObject({ caption: 'The ward at night', credit: 'Photo: Another Photographer' });
      });
    });
  }

  it('settles a conflict of values the same way whatever order the updates arrive in, on every profile', () => {
    const [first, second] = twoProfiles();
    applyStoryChanges(first, { status: 'in_edit', publishDate: '2026-12-24T07:00:00.000Z' });
    applyStoryChanges(second, { status: 'ready', publishDate: '2026-12-25T07:00:00.000Z' });
    const fromFirst = Y.encodeStateAsUpdate(first);
    const fromSecond = Y.encodeStateAsUpdate(second);
    const thirdA = new Y.Doc();
    Y.applyUpdate(thirdA, fromFirst);
    Y.applyUpdate(thirdA, fromSecond);
    const thirdB = new Y.Doc();
    Y.applyUpdate(thirdB, fromSecond);
    Y.applyUpdate(thirdB, fromFirst);
    const [one, two] = exchange(first, second);
    const settled = [one, two, storyFromDocument(thirdA), storyFromDocument(thirdB)].map(({ status, publishDate }) => ({ status, publishDate }));
    expect(new Set(settled.map((value) => JSON.stringify(value))).size).toBe(1);
  });
});
