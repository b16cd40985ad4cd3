import { z } from 'zod';
import { IMAGE_TYPE, imageExtensions, MAX_IMAGE_ALT, MAX_IMAGE_CAPTION, MAX_IMAGE_CREDIT } from './image-names';

/**
 * The image node's serialized JSON: the one definition its editor node
 * (exportJSON/importJSON), the store, the exporter and the HTML import
 * follow. A new version adds a migration here rather than changing the
 * meaning of an old one.
 */
export const imageNodeSchema = z.object({
  type: z.literal(IMAGE_TYPE),
  version: z.literal(1),
  /** Content address of the file in the profile: images/<sha256>.<ext>. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  ext: z.enum(imageExtensions),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  alt: z.string().max(MAX_IMAGE_ALT),
  caption: z.string().max(MAX_IMAGE_CAPTION),
  credit: z.string().max(MAX_IMAGE_CREDIT),
});
export type SerializedImageNode = z.infer<typeof imageNodeSchema>;
