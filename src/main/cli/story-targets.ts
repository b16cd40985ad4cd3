import { ApiError } from '../../shared/api/api-error';
import type { Operations } from '../api/open-operations';
import { CliError, EXIT } from './cli-io';

/** The id of a live story (archived and trashed ones too) named by its id on the command line. */
export async function existingStoryId(operations: Operations, id: string): Promise<string> {
  try {
    return (await operations.call('getStory', { id })).id;
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'not_found') throw error;
    throw new CliError(EXIT.data, `No story has the id ${id}; it may have been deleted for good. Run "copydesk list" to see the stories.`);
  }
}

/** The id of the live story with a slug given on the command line. */
export async function storyIdBySlug(operations: Operations, slug: string): Promise<string> {
  const found = await operations.call('findStoryBySlug', { slug }).catch((error: unknown) => {
    // Longer than any slug: no story has it.
    if (error instanceof ApiError && error.code === 'invalid_input') return null;
    throw error;
  });
  if (found === null) throw new CliError(EXIT.data, `No story has the slug "${slug}". Run "copydesk list" to see the stories and their ids.`);
  return found.id;
}
