import type { SerializedImageNode } from '../../nodes/image/image-schema';

export type ImageType = { ext: SerializedImageNode['ext']; mime: string };

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return bytes.length >= at + signature.length && signature.every((byte, index) => bytes[at + index] === byte);
}

const ascii = (text: string) => [...text].map((ch) => ch.charCodeAt(0));

/**
 * What an image file really is, from its first bytes (never its name):
 * JPEG, PNG, GIF or WebP, the formats every browser and the website show.
 * Not image-size's job: version 2 tells the type only while it measures the
 * whole picture (its detector is not exported), and naming a file that is
 * cut short or not a picture at all (file-signature.ts) must work from the
 * first bytes alone. image-size measures the pixels (store-image.ts).
 */
export function detectImageType(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { ext: 'jpg', mime: 'image/jpeg' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { ext: 'png', mime: 'image/png' };
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return { ext: 'gif', mime: 'image/gif' };
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return { ext: 'webp', mime: 'image/webp' };
  return null;
}
