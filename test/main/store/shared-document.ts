import { expect } from 'vitest';
import * as Y from 'yjs';
import type { Store } from '../../../src/main/store/store';
import { storyFromDocument, type StoryDocumentContent } from '../../../src/shared/newsroom/story-document';
import type { Story } from '../../../src/shared/story/story-schema';

/** The story's document as its stored updates load it. */
export function storedDocument(store: Store, id: string): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, store.documents.state(id)!);
  return doc;
}

/** What a story's rows and its document both hold (a slug derived from the headline is the profile's own). */
function sharedContent(story: Story | StoryDocumentContent) {
  return {
    section: story.section,
    headline: story.headline,
    standfirst: story.standfirst,
    socialHeadline: story.socialHeadline,
    socialDescription: story.socialDescription,
    slug: story.slugLocked ? story.slug : 'derived',
    slugLocked: story.slugLocked,
    status: story.status,
    publishDate: story.publishDate,
    authorBio: story.authorBio,
    body: story.body,
    bylines: story.bylines.map(({ authorId, role, organisation }) => ({ authorId, role, organisation })),
    leadImage: story.leadImage === null ? null : { sha256: story.leadImage.sha256, alt: story.leadImage.alt },
    tags: story.tags,
    related: story.related,
    houseStyleIgnores: story.houseStyleIgnores,
  };
}

/** The story as getStory reads its rows holds what its stored document holds. */
export function expectRowsFollowDocument(store: Store, id: string): void {
  expect(sharedContent(store.getStory(id))).toEqual(sharedContent(storyFromDocument(storedDocument(store, id))));
}

/** What two profiles' copies of a story must agree on after a merge. */
export function storyContent(store: Store, id: string) {
  const { wordCount, createdAt, slug } = store.getStory(id);
  return { ...sharedContent(store.getStory(id)), wordCount, createdAt, slug };
}
