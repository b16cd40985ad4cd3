import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Store } from '../../../src/main/store/store';
import { applyStoryChanges } from '../../../src/shared/newsroom/story-document';
import { paragraphs, type TestClock } from './store-fixtures';
import { profilesForEachTest } from './test-profiles';

type Profile = { store: Store; clock: TestClock };

let a: Profile;
let b: Profile;

profilesForEachTest({ a: '2026-03-02T09:00:00.000Z', b: '2026-03-02T09:00:30.000Z' }, (opened) => ({ a, b } = opened));

function beforeMerges(profile: Profile, id: string): number {
  return profile.store.revisions.list(id).filter((revision) => revision.reason === 'before-merge').length;
}

/** Stories written on A and received whole on B, each then edited on B. */
function storiesEditedOnBoth(count: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const created = a.store.createStory({ section: 'News', headline: `Story ${index}` });
    a.store.saveStory(created.id, created.revision, { body: paragraphs(`Paragraph of story ${index}.`) });
    a.store.documents.share(created.id);
    b.store.documents.receiveUpdate(created.id, a.store.documents.state(created.id)!);
    b.store.saveStory(created.id, b.store.getStory(created.id).revision, { standfirst: `Edited on B (${index}).` });
    return created.id;
  });
}

/** One small edit of each story on A, `rounds` times over, each update as the desk relays it. */
function burstFromA(ids: string[], rounds: number): Uint8Array[][] {
  const docs = ids.map((id) => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, a.store.documents.state(id)!);
    return doc;
  });
  const bursts: Uint8Array[][] = [];
  for (let round = 0; round < rounds; round += 1) {
    bursts.push(
      docs.map((doc) => {
        const updates: Uint8Array[] = [];
        const collect = (update: Uint8Array) => updates.push(update);
        doc.on('update', collect);
        applyStoryChanges(doc, { headline: `${doc.getText('headline').toString()}.` });
        doc.off('update', collect);
        return Y.mergeUpdates(updates);
      }),
    );
  }
  return bursts;
}

describe('revisions kept before merges', () => {
  it('keeps one per story for a burst of updates arriving from the desk, not one per update', () => {
    // More stories than the store keeps loaded, their updates interleaved as a catch-up delivers them.
    const ids = storiesEditedOnBoth(6);
    const bursts = burstFromA(ids, 34);
    for (const burst of bursts) burst.forEach((update, index) => b.store.documents.receiveUpdate(ids[index]!, update));
    for (const [index, id] of ids.entries()) {
      expect(b.store.getStory(id).headline).toBe(`Story ${index}${'.'.repeat(34)}`);
      expect(beforeMerges(b, id)).toBe(1);
    }

    // A minute later, after an edit of B's own, the next merge keeps another.
    b.clock.advance(61_000);
    const [first] = ids;
    b.store.saveStory(first!, b.store.getStory(first!).revision, { standfirst: 'Edited on B again.' });
    const [later] = burstFromA([first!], 1);
    b.store.documents.receiveUpdate(first!, later![0]!);
    expect(beforeMerges(b, first!)).toBe(2);
  });
});
