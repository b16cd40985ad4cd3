import { z } from 'zod';
import {
  bylineSchema,
  idSchema,
  isoDateTimeSchema,
  leadImageSchema,
  relatedLinkSchema,
  bodySchema,
  workflowStatusSchema,
} from './story-schema';
import { deskChangeSchema } from './story-parts';

/**
 * Why a revision was kept: the moments the reliability issue names, a
 * person's own "keep this version", the story as it was here before an
 * update from the desk changed it, and as it was after (docs/newsroom.md).
 */
export const revisionReasons = ['open', 'interval', 'before-restore', 'before-import', 'export', 'manual', 'before-merge', 'desk'] as const;
export const revisionReasonSchema = z.enum(revisionReasons, {
  error: `must be one of ${revisionReasons.join(', ')}`,
});
export type RevisionReason = z.infer<typeof revisionReasonSchema>;

/** A story's content at one moment, with its workflow status (shown in history, never restored). */
export const revisionSnapshotSchema = z.object({
  section: z.string(),
  headline: z.string(),
  standfirst: z.string(),
  socialHeadline: z.string(),
  socialDescription: z.string(),
  slug: z.string(),
  slugLocked: z.boolean(),
  publishDate: isoDateTimeSchema.nullable(),
  authorBio: z.string().nullable(),
  /** Absent from versions kept before stories had lead images. */
  leadImage: leadImageSchema.nullable().optional(),
  body: bodySchema.nullable(),
  bylines: z.array(bylineSchema),
  tags: z.array(z.string()),
  related: z.array(relatedLinkSchema),
  /** Absent from versions kept before the status was recorded. */
  status: workflowStatusSchema.optional(),
});
export type RevisionSnapshot = z.infer<typeof revisionSnapshotSchema>;

/** One line of a story's history. */
export const revisionSummarySchema = z.object({
  id: idSchema,
  storyId: idSchema,
  /** The story's revision counter when this was kept. */
  storyRevision: z.number().int().nonnegative(),
  createdAt: isoDateTimeSchema,
  reason: revisionReasonSchema,
  wordCount: z.number().int().nonnegative(),
  headline: z.string(),
  /** Body words added and removed since the revision listed before it; null for the first, or when unknown. */
  wordsAdded: z.number().int().nonnegative().nullable(),
  wordsRemoved: z.number().int().nonnegative().nullable(),
  /** The change in words, e.g. "+120 / −14 words", or "First kept version". */
  change: z.string(),
  /** For a version kept after a change from the desk: who changed what (docs/newsroom.md); null for the profile's own. */
  deskChanges: z.array(deskChangeSchema).nullable(),
});
export type RevisionSummary = z.infer<typeof revisionSummarySchema>;

export const revisionSchema = revisionSummarySchema.extend({ snapshot: revisionSnapshotSchema });
export type Revision = z.infer<typeof revisionSchema>;

export function describeChange(wordsAdded: number | null, wordsRemoved: number | null, first: boolean): string {
  if (first) return 'First kept version';
  if (wordsAdded === null || wordsRemoved === null) return 'Change not measured';
  if (wordsAdded === 0 && wordsRemoved === 0) return 'No change to the body';
  return `+${wordsAdded.toLocaleString('en-GB')} / −${wordsRemoved.toLocaleString('en-GB')} words`;
}
