/**
 * The names of the documents a profile and the sync server share
 * (docs/newsroom.md): the newsroom's list of stories, and one document per story.
 */
export const NEWSROOM_DOCUMENT = 'newsroom';

export function storyDocumentName(storyId: string): string {
  return `story/${storyId}`;
}
