import { z } from 'zod';
import { authorChangesSchema, authorFieldsSchema, authorSchema, idSchema } from '../../story/story-schema';
import { LIMITS } from '../../story/story-constants';
import { byId, operation } from './operation';

/** The author directory the bylines draw on. */
export const authorOperations = {
  listAuthors: operation(
    z.object({ query: z.string().max(LIMITS.query).default('') }).strict(),
    z.array(authorSchema),
    'The author directory, optionally filtered by name.',
  ),
  createAuthor: operation(authorFieldsSchema, authorSchema, 'Add an author to the directory.'),
  getAuthor: operation(
    byId,
    z.object({ author: authorSchema, storyCount: z.number().int().nonnegative() }),
    'One author of the directory, with how many stories credit them.',
  ),
  updateAuthor: operation(
    z.object({ id: idSchema, baseRevision: z.number().int().nonnegative(), changes: authorChangesSchema }).strict(),
    authorSchema,
    'Edit an author in the directory (bylines keep their own role and organisation); refused with a conflict on a stale baseRevision.',
  ),
  mergeAuthors: operation(
    z.object({ keepId: idSchema, mergeId: idSchema }).strict(),
    z.object({ author: authorSchema, storiesChanged: z.number().int().nonnegative() }),
    'Move every byline of one author to another (each keeps its role and organisation) and remove the first from the directory.',
  ),
} as const;
