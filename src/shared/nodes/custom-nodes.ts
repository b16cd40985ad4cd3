import { z } from 'zod';
import { END_MARK_TYPE, IMAGE_TYPE, imageExtensions, PULL_QUOTE_TYPE } from './node-names';

export { END_MARK_TYPE, IMAGE_TYPE, imageExtensions, imageFileName, PULL_QUOTE_TYPE } from './node-names';

/**
 * The serialized JSON of Copydesk's own editor nodes: the one definition the
 * editor's node classes (exportJSON/importJSON), the store, the exporter and
 * the HTML import all follow. Each shape is versioned; a new version adds a
 * migration here rather than changing the meaning of an old one.
 */

export const pullQuoteNodeSchema = z.object({
  type: z.literal(PULL_QUOTE_TYPE),
  version: z.literal(1),
  /** The quoted passage; must appear verbatim in the body (see src/shared/pull-quote). */
  text: z.string().max(2_000),
  attribution: z.string().max(300),
});
export type SerializedPullQuoteNode = z.infer<typeof pullQuoteNodeSchema>;

export const imageNodeSchema = z.object({
  type: z.literal(IMAGE_TYPE),
  version: z.literal(1),
  /** Content address of the file in the profile: images/<sha256>.<ext>. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  ext: z.enum(imageExtensions),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  alt: z.string().max(1_000),
  caption: z.string().max(2_000),
  credit: z.string().max(300),
});
export type SerializedImageNode = z.infer<typeof imageNodeSchema>;

export const endMarkNodeSchema = z.object({
  type: z.literal(END_MARK_TYPE),
  version: z.literal(1),
});
export type SerializedEndMarkNode = z.infer<typeof endMarkNodeSchema>;
