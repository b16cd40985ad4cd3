import { z } from 'zod';
import { LIMITS } from '../../story/story-constants';
import { imageExtensions } from '../../../nodes/image/image-names';
import { operation } from './operation';

/** The largest image file Copydesk stores (a full-resolution photo is well under it). */
export const MAX_IMAGE_BYTES = 25 * 1024 * 1024;

/** Pictures copied into the profile. */
export const imageOperations = {
  importImage: operation(
    z
      .object({
        fileName: z.string().max(LIMITS.name),
        bytes: z
          .instanceof(Uint8Array, { error: 'bytes must be the file’s contents' })
          .refine((bytes) => bytes.byteLength > 0, { error: 'The file is empty.' })
          .refine((bytes) => bytes.byteLength <= MAX_IMAGE_BYTES, {
            error: `The image is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB. Save a smaller version and add that.`,
          }),
      })
      .strict(),
    z.object({
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      ext: z.enum(imageExtensions),
      width: z.number().int().positive(),
      height: z.number().int().positive(),
      byteSize: z.number().int().positive(),
    }),
    'Copy an image (JPEG, PNG, GIF or WebP) into the profile, content-addressed as images/<sha256>.<ext>.',
  ),
} as const;
