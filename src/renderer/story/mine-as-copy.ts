import type { EditorState } from 'lexical';
import { ApiError } from '../../shared/api/api-error';
import type { CopydeskApi } from '../../shared/api/contract';
import { boundedTexts } from '../../shared/story/change-checks';
import type { Story, StoryChanges } from '../../shared/story/story-schema';
import { bodyOf } from './body-sender';
import { changeOf, type DraftFields } from './draft-fields';

/**
 * The way out of a conflict that keeps the local version: a new story, a
 * copy of the stored one (a new empty one if it no longer exists) with the
 * fields and body on screen on top (the body as it is once the copy is
 * made); its id. Throws ApiError.
 */
export async function saveMineAsCopy(api: CopydeskApi, id: string, mine: DraftFields, readBody: () => EditorState | undefined): Promise<string> {
  let copy: Story;
  try {
    copy = await api.duplicateStory({ id });
  } catch (error) {
    if (!(error instanceof ApiError && error.code === 'not_found')) throw error;
    copy = await api.createStory({});
  }
  const body = readBody();
  // The copy derives its own slug: this story keeps the one it has.
  const { leadImage, slug: _ownSlug, ...rest } = mine;
  const changes: StoryChanges = {
    ...rest,
    ...changeOf('bylines', mine.bylines),
    ...changeOf('leadImage', leadImage),
    ...(body === undefined ? {} : { body: bodyOf(body) }),
  };
  // A text too long to store goes as the copied story has it, so the copy is still made.
  for (const key of boundedTexts) {
    delete changes[key];
    Object.assign(changes, changeOf(key, mine[key]));
  }
  const saved = await api.saveStory({ id: copy.id, baseRevision: copy.revision, changes });
  return saved.id;
}
