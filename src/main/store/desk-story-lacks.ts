import type { StoryDocumentContent } from '../../shared/newsroom/story-document';
import { lacksAny, StoryLacksError } from '../../shared/newsroom/story-lacks';
import { picturesOfStory } from '../../shared/newsroom/story-pictures';
import type { ImageRecords } from './image-records';
import type { StoryBylines } from './story-bylines';

/**
 * Refuses a story from the desk that names authors not in this profile's
 * directory or pictures it does not hold, all of them named at once
 * (StoryLacksError): those may arrive later, and the story waits for them.
 * A body image that is not a valid node is left to the save's own check.
 */
export function requireNothingLacking(id: string, content: StoryDocumentContent, bylines: StoryBylines, images: ImageRecords): void {
  const authors = bylines.unknownAuthors(content.bylines.map((byline) => byline.authorId));
  const pictures = picturesOfStory(content).filter((sha256) => !images.has(sha256));
  const lacks = { authors, pictures };
  if (lacksAny(lacks)) throw new StoryLacksError(id, lacks);
}
