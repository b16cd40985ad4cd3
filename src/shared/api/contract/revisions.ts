import { z } from 'zod';
import { idSchema, storySchema } from '../../story/story-schema';
import { revisionReasonSchema, revisionSchema, revisionSummarySchema } from '../../story/revision-schema';
import { byId, operation } from './operation';

/** A story's kept versions: listed, read, kept and put back. */
export const revisionOperations = {
  listRevisions: operation(
    z.object({ storyId: idSchema }).strict(),
    z.array(revisionSummarySchema),
    'A story’s kept versions, newest first, each with its time, word count and change in words.',
  ),
  getRevision: operation(byId, revisionSchema, 'One kept version with its whole content.'),
  recordRevision: operation(
    // A version kept after a change from the desk is the store's to keep, with who made it.
    z.object({ storyId: idSchema, reason: revisionReasonSchema.exclude(['desk']) }).strict(),
    z.object({ recorded: z.boolean(), revision: revisionSummarySchema }),
    'Keep the story’s current content as a version (skipped when it equals the newest kept one).',
  ),
  restoreRevision: operation(
    z.object({ storyId: idSchema, revisionId: idSchema, baseRevision: z.number().int().nonnegative() }).strict(),
    storySchema,
    'Put a kept version back as a new save, keeping the current content as a version first.',
  ),
} as const;
