import { describe, expect, it } from 'vitest';
import { storyDocument } from '../../../src/shared/newsroom/story-document';
import { picturesOfStory, picturesOfStoryDocument } from '../../../src/shared/newsroom/story-pictures';
import { bodyOf, paragraph, story, storedForm, text } from './story-fixtures';

const image = (sha256: string) => ({ type: 'image', version: 1, sha256, ext: 'jpg', width: 800, height: 600, alt: 'A ward', caption: 'The ward', credit: 'Photo: A Photographer' });
const lead = (sha256: string) => ({ sha256, ext: 'jpg' as const, width: 800, height: 600, alt: 'A ward', caption: '', credit: '' });

describe('the pictures a story shows', () => {
  it('lists its body’s images and its lead image, each once, from its document as from its content', () => {
    const body = storedForm(bodyOf(image('b'.repeat(64)), paragraph(text('Between.')), image('c'.repeat(64)), image('b'.repeat(64))));
    const content = { body, leadImage: lead('c'.repeat(64)) };
    expect(picturesOfStory(content)).toEqual(['b'.repeat(64), 'c'.repeat(64)]);
    expect(picturesOfStoryDocument(storyDocument(story(content)))).toEqual(['b'.repeat(64), 'c'.repeat(64)]);
  });

  it('names nothing for a story without pictures, or a body image that is not a valid image', () => {
    expect(picturesOfStoryDocument(storyDocument(story({ body: null })))).toEqual([]);
    expect(picturesOfStory({ body: bodyOf({ type: 'image', version: 1, sha256: 'not a sha256' }), leadImage: null })).toEqual([]);
  });
});
