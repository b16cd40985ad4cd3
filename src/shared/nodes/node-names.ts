/**
 * The names of Copydesk's own editor nodes and of their image files, apart
 * from their schemas (custom-nodes.ts), so the editor can use them without
 * loading a validator when a story opens.
 */

export const PULL_QUOTE_TYPE = 'pullquote';
export const IMAGE_TYPE = 'image';
export const END_MARK_TYPE = 'endmark';

export const imageExtensions = ['jpg', 'png', 'gif', 'webp'] as const;

export function imageFileName(image: { sha256: string; ext: (typeof imageExtensions)[number] }): string {
  return `images/${image.sha256}.${image.ext}`;
}
