import { z } from 'zod';

/**
 * The serialized JSON of Copydesk's own editor nodes: the one definition the
 * editor's node classes (exportJSON/importJSON), the store, the exporter and
 * the HTML import all follow. Each shape is versioned; a new version adds a
 * migration here rather than changing the meaning of an old one.
 */

export const PULL_QUOTE_TYPE = 'pullquote';
export const IMAGE_TYPE = 'image';
export const END_MARK_TYPE = 'endmark';

export const pullQuoteNodeSchema = z.object({
  type: z.literal(PULL_QUOTE_TYPE),
  version: z.literal(1),
  /** The quoted passage; must appear verbatim in the body (see src/shared/pull-quote). */
  text: z.string().max(2_000),
  attribution: z.string().max(300),
});
export type SerializedPullQuoteNode = z.infer<typeof pullQuoteNodeSchema>;

export const imageExtensions = ['jpg', 'png', 'gif', 'webp'] as const;

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

export function imageFileName(image: Pick<SerializedImageNode, 'sha256' | 'ext'>): string {
  return `images/${image.sha256}.${image.ext}`;
}
