import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Store } from '../../../src/main/store/store';
import { deskAuthorsOf, writeDeskAuthor, type DeskAuthor } from '../../../src/shared/newsroom/desk-authors';
import { StoryLacksError } from '../../../src/shared/newsroom/story-lacks';
import { storyFromDocument } from '../../../src/shared/newsroom/story-document';
import type { StoryBody, StoryChanges } from '../../../src/shared/story/story-schema';
import { expectRowsFollowDocument, storedDocument, storyContent } from './shared-document';
import { apiErrorOf, dumpDatabase, paragraphs, type TestClock } from './store-fixtures';
import { profilesForEachTest } from './test-profiles';

type Profile = { store: Store; file: string; clock: TestClock };

let a: Profile;
let b: Profile;

profilesForEachTest({ a: '2026-03-02T09:00:00.000Z', b: '2026-03-02T09:00:30.000Z' }, (opened) => ({ a, b } = opened));

/** A shared story written on profile A and received whole on profile B, as joining the desk gives it. */
function storyOnBoth(): string {
  const created = a.store.createStory({ section: 'News', headline: 'The NHS needs a plan' });
  a.store.saveStory(created.id, created.revision, {
    standfirst: 'Beds are short.',
    body: paragraphs('First paragraph.', 'Second paragraph.', 'Third paragraph.'),
  });
  a.store.documents.share(created.id);
  expect(b.store.documents.receiveUpdate(created.id, a.store.documents.state(created.id)!)).toMatchObject({ revision: expect.any(Number) });
  return created.id;
}

function save(profile: Profile, id: string, changes: StoryChanges): void {
  profile.clock.advance();
  profile.store.saveStory(id, profile.store.getStory(id).revision, changes);
}

/** The body with one paragraph's text changed, the others as stored. */
function withParagraph(profile: Profile, id: string, index: number, text: string): StoryBody {
  const body = profile.store.getStory(id).body!;
  const children = [...body.root.children];
  children[index] = paragraphs(text).root.children[0]!;
  return { root: { ...body.root, children } };
}

/** Each profile receives the other's whole document, as a sync brings it. */
function exchange(id: string) {
  const fromA = a.store.documents.state(id)!;
  const fromB = b.store.documents.state(id)!;
  a.clock.advance();
  b.clock.advance();
  return { atA: a.store.documents.receiveUpdate(id, fromB), atB: b.store.documents.receiveUpdate(id, fromA) };
}

function paragraphTexts(profile: Profile, id: string): string[] {
  return profile.store.getStory(id).body!.root.children.map((block) => ((block.children as { text: string }[])[0]?.text ?? ''));
}

function beforeMerge(profile: Profile, id: string) {
  return profile.store.revisions.list(id).filter((revision) => revision.reason === 'before-merge');
}

describe('a story arriving from the desk', () => {
  it('is created under its own id, holding what the other profile has', () => {
    const id = storyOnBoth();
    expect(storyContent(b.store, id)).toEqual(storyContent(a.store, id));
    expect(b.store.getStory(id).slug).toBe('the-nhs-needs-a-plan');
    expect(beforeMerge(b, id)).toEqual([]);
    expectRowsFollowDocument(b.store, id);
  });

  it('writes no revision when it changes nothing, and is refused with the data unchanged when malformed', () => {
    const id = storyOnBoth();
    const revision = b.store.getStory(id).revision;
    expect(b.store.documents.receiveUpdate(id, a.store.documents.state(id)!)).toBeNull();
    expect(b.store.getStory(id).revision).toBe(revision);

    const before = dumpDatabase(b.file);
    const garbage = apiErrorOf(() => b.store.documents.receiveUpdate(id, new TextEncoder().encode('not a Yjs update')));
    expect(garbage.message).toMatch(/not a Yjs update/);
    // An update holding only later edits of a story this profile does not have.
    const doc = storedDocument(a.store, id);
    const vector = Y.encodeStateVector(doc);
    doc.getText('headline').insert(0, 'Why ');
    const unknown = apiErrorOf(() => b.store.documents.receiveUpdate('0d7c3b4a-1e2f-4a5b-8c6d-7e8f9a0b1c2d', Y.encodeStateAsUpdate(doc, vector)));
    expect(unknown.message).toMatch(/does not hold the story/);
    expect(dumpDatabase(b.file)).toBe(before);
  });

  it('is refused, changing nothing, naming every author and picture this profile lacks, and taken in once it has them', () => {
    const photo = { sha256: 'b'.repeat(64), ext: 'jpg', mime: 'image/jpeg', width: 800, height: 600, byteSize: 4321 };
    a.store.images.record(photo);
    const jane = a.store.authors.create({ name: 'Jane Smith', role: '', organisation: '', email: '' });
    const created = a.store.createStory({ section: 'News', headline: 'Ward closures' });
    a.store.saveStory(created.id, created.revision, {
      bylines: [{ authorId: jane.id, role: 'Health editor', organisation: '' }],
      leadImage: { sha256: photo.sha256, alt: 'A closed ward', caption: '', credit: '' },
    });
    a.store.documents.share(created.id);
    const update = a.store.documents.state(created.id)!;

    const before = dumpDatabase(b.file);
    const refused = apiErrorOf(() => b.store.documents.receiveUpdate(created.id, update));
    expect(refused).toBeInstanceOf(StoryLacksError);
    expect((refused as StoryLacksError).lacks).toEqual({ authors: [jane.id], pictures: [photo.sha256] });
    expect(refused.message).toBe(
      `Story ${created.id} from the desk needs the author ${jane.id} and the picture bbbbbbbbbbbb…, which this profile does not have yet. Nothing was changed; it waits for them.`,
    );
    expect(dumpDatabase(b.file)).toBe(before);

    b.store.images.record(photo);
    expect((apiErrorOf(() => b.store.documents.receiveUpdate(created.id, update)) as StoryLacksError).lacks).toEqual({ authors: [jane.id], pictures: [] });
    expect(b.store.authors.receiveFromDesk(newsroomUpdateOf(a.store.authors.forDesk()))).toEqual({ seq: 1, lackingPhotos: [] });
    expect(b.store.authors.list('')).toMatchObject([{ id: jane.id, name: 'Jane Smith' }]);
    expect(b.store.documents.receiveUpdate(created.id, update)).toMatchObject({ revision: expect.any(Number) });
    expect(b.store.getStory(created.id).bylines).toMatchObject([{ authorId: jane.id, name: 'Jane Smith', role: 'Health editor' }]);
  });
});

describe('two profiles that both edited offline', () => {
  it('end with identical stories, each edit kept, and a revision from before the merge on each side', () => {
    const id = storyOnBoth();
    // Different paragraphs, the same paragraph, both headlines.
    save(a, id, { headline: 'The NHS needs a plan now', body: withParagraph(a, id, 0, 'First paragraph, edited on A.') });
    save(a, id, { body: withParagraph(a, id, 1, 'Plainly the second paragraph.') });
    save(b, id, { headline: 'Why the NHS needs a plan', body: withParagraph(b, id, 2, 'Third paragraph, edited on B.') });
    save(b, id, { body: withParagraph(b, id, 1, 'Second paragraph, twice.') });
    const aBefore = a.store.getStory(id);
    const bBefore = b.store.getStory(id);

    const { atA, atB } = exchange(id);
    expect(atA?.revision).toBeGreaterThan(aBefore.revision);
    expect(atB?.revision).toBeGreaterThan(bBefore.revision);

    expect(storyContent(b.store, id)).toEqual(storyContent(a.store, id));
    expect(a.store.getStory(id).headline).toBe('Why the NHS needs a plan now');
    expect(paragraphTexts(a, id)).toEqual(['First paragraph, edited on A.', 'Plainly the second paragraph, twice.', 'Third paragraph, edited on B.']);
    expect(a.store.getStory(id).wordCount).toBe(b.store.getStory(id).wordCount);
    expectRowsFollowDocument(a.store, id);
    expectRowsFollowDocument(b.store, id);

    // Each side keeps its own story as it was before the merge.
    const [keptOnA] = beforeMerge(a, id);
    const [keptOnB] = beforeMerge(b, id);
    expect(a.store.revisions.get(keptOnA!.id).snapshot.headline).toBe(aBefore.headline);
    expect(b.store.revisions.get(keptOnB!.id).snapshot.headline).toBe(bBefore.headline);
    expect(a.store.revisions.get(keptOnA!.id).snapshot.body).toEqual(aBefore.body);

    // Nothing new to exchange: no revision on either side.
    expect(exchange(id)).toEqual({ atA: null, atB: null });

    // Editing goes on from the merged story on both.
    save(b, id, { standfirst: 'Beds are short; so is time.' });
    a.store.documents.receiveUpdate(id, b.store.documents.state(id)!);
    expect(storyContent(a.store, id)).toEqual(storyContent(b.store, id));
  });

  it('drop a paragraph one deleted though the other edited it, keeping their other edits', () => {
    const id = storyOnBoth();
    const body = a.store.getStory(id).body!;
    save(a, id, { body: { root: { ...body.root, children: body.root.children.filter((_, index) => index !== 1) } } });
    save(b, id, { body: withParagraph(b, id, 1, 'Second paragraph, edited on B.') });
    save(b, id, { body: withParagraph(b, id, 2, 'Third paragraph, edited on B.') });
    exchange(id);
    expect(paragraphTexts(a, id)).toEqual(['First paragraph.', 'Third paragraph, edited on B.']);
    expect(storyContent(b.store, id)).toEqual(storyContent(a.store, id));
  });

  it('settle concurrent statuses on one value, the same on both', () => {
    const id = storyOnBoth();
    save(a, id, { status: 'ready' });
    save(b, id, { status: 'in_edit' });
    exchange(id);
    expect(a.store.getStory(id).status).toBe(b.store.getStory(id).status);
    expect(['ready', 'in_edit']).toContain(a.store.getStory(id).status);
  });
});

describe('a story deleted for good on this profile', () => {
  it('stays deleted when updates of it arrive', () => {
    const id = storyOnBoth();
    b.store.deleteStoryForever(id);
    save(a, id, { headline: 'Still edited on A' });
    expect(b.store.documents.receiveUpdate(id, a.store.documents.state(id)!)).toBeNull();
    expect(apiErrorOf(() => b.store.getStory(id)).code).toBe('not_found');
  });
});

describe('two stories given one slug on two profiles', () => {
  /** Each profile receives the other's whole documents of both stories, as a sync brings them. */
  function syncBoth(ids: string[]): (string | undefined)[] {
    const warnings: (string | undefined)[] = [];
    const state = (profile: Profile, id: string) => (profile.store.liveStoryIds().includes(id) ? profile.store.documents.state(id) : null);
    for (const id of ids) {
      const fromA = state(a, id);
      const fromB = state(b, id);
      if (fromB !== null) warnings.push(a.store.documents.receiveUpdate(id, fromB)?.warning);
      if (fromA !== null) warnings.push(b.store.documents.receiveUpdate(id, fromA)?.warning);
    }
    return warnings;
  }

  function slugs(profile: Profile, ids: string[]) {
    return ids.map((id) => [profile.store.getStory(id).slug, storyFromDocument(storedDocument(profile.store, id)).slug]);
  }

  it('keeps both: the one created later takes a suffix in its document, and both profiles end with the same slugs', () => {
    // Created first, on A; its headline alone would give it the slug too.
    const first = a.store.createStory({ section: 'News', headline: 'Budget' });
    save(a, first.id, { slug: 'budget', body: paragraphs('The first story.') });
    a.store.documents.share(first.id);
    const later = b.store.createStory({ section: 'News', headline: 'Spending review' });
    save(b, later.id, { slug: 'budget', body: paragraphs('The later story.') });
    b.store.documents.share(later.id);

    // Both see the clash at once, each as the other's story arrives.
    const firstFromA = a.store.documents.state(first.id)!;
    const laterFromB = b.store.documents.state(later.id)!;
    // On B the earlier story arrives: B's own, later one yields, in its document.
    const atB = b.store.documents.receiveUpdate(first.id, firstFromA);
    expect(atB?.warning).toMatch(/"budget" arrived from the desk with "Budget".*"Spending review" on this profile, created after it.*now has "budget-2"/);
    expect(b.store.getStory(later.id).slug).toBe('budget-2');
    expect(b.store.getStory(first.id).slug).toBe('budget');

    // A sees it as the later story arrives: the arriving one takes the suffix.
    const atA = a.store.documents.receiveUpdate(later.id, laterFromB);
    expect(atA?.warning).toMatch(/"budget" is already used on this profile by "Budget".*"Spending review", was given "budget-2"/);

    syncBoth([first.id, later.id]);
    syncBoth([first.id, later.id]);
    const expected = [
      ['budget', 'budget'],
      ['budget-2', 'budget-2'],
    ];
    expect(slugs(a, [first.id, later.id])).toEqual(expected);
    expect(slugs(b, [first.id, later.id])).toEqual(expected);
    expect(storyContent(a.store, later.id)).toEqual(storyContent(b.store, later.id));
    expect(b.store.getStory(later.id).body).toEqual(paragraphs('The later story.'));
  });

  it('gives the same answer whichever profile sees the clash first', () => {
    const first = a.store.createStory({ section: 'News', headline: 'Budget' });
    save(a, first.id, { slug: 'budget' });
    a.store.documents.share(first.id);
    const later = b.store.createStory({ section: 'News', headline: 'Spending review' });
    save(b, later.id, { slug: 'budget' });
    b.store.documents.share(later.id);

    // Only A sees the clash; B learns of it from the later story's document.
    a.store.documents.receiveUpdate(later.id, b.store.documents.state(later.id)!);
    syncBoth([later.id, first.id]);
    syncBoth([later.id, first.id]);
    expect(slugs(a, [first.id, later.id])).toEqual(slugs(b, [first.id, later.id]));
    expect(b.store.getStory(later.id).slug).toBe('budget-2');
    expect(b.store.getStory(first.id).slug).toBe('budget');
  });
});

/** The desk's newsroom document holding these authors, as one update. */
function newsroomUpdateOf(authors: DeskAuthor[]): Uint8Array {
  const doc = new Y.Doc();
  for (const author of authors) writeDeskAuthor(deskAuthorsOf(doc), author);
  return Y.encodeStateAsUpdate(doc);
}
