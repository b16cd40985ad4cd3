import { ApiError } from '../api/api-error';

/**
 * What a profile lacks to store a story as the desk has it, and may get
 * later: authors (by id) not in its directory yet, pictures (by SHA-256)
 * not stored yet (the body's, the lead image, an author's photo).
 */
export type StoryLacks = { authors: string[]; pictures: string[] };

/** "author X and picture Y": what a story waits for, for a message. */
export function describeLacks({ authors, pictures }: StoryLacks): string {
  const named = [
    ...authors.map((id) => `the author ${id}`),
    ...pictures.map((sha256) => `the picture ${sha256.slice(0, 12)}…`),
  ];
  return named.length <= 1 ? (named[0] ?? 'nothing') : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
}

/**
 * A story from the desk refused only because the profile lacks something
 * it may get later: nothing was changed, and the same update taken in again
 * once the authors and pictures are here is stored.
 */
export class StoryLacksError extends ApiError {
  constructor(
    readonly storyId: string,
    readonly lacks: StoryLacks,
  ) {
    super('rejected', `Story ${storyId} from the desk needs ${describeLacks(lacks)}, which this profile does not have yet. Nothing was changed; it waits for them.`);
    this.name = 'StoryLacksError';
  }
}

/** Whether there is anything lacking. */
export function lacksAny({ authors, pictures }: StoryLacks): boolean {
  return authors.length + pictures.length > 0;
}
