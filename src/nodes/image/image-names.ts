/**
 * The image node's type, its file names and the classes of its exported
 * markup: the one place each is spelled, apart from the schema so the editor
 * can use them without loading a validator when a story opens.
 */
export const IMAGE_TYPE = 'image';

export const imageExtensions = ['jpg', 'png', 'gif', 'webp'] as const;

export function imageFileName(image: { sha256: string; ext: (typeof imageExtensions)[number] }): string {
  return `images/${image.sha256}.${image.ext}`;
}

/** `figure.cd-image` > `img` + `figcaption` holding `span.cd-caption` and `span.cd-credit`. */
export const IMAGE_CLASS = 'cd-image';
export const CAPTION_CLASS = 'cd-caption';
export const CREDIT_CLASS = 'cd-credit';

/** The longest alt text, caption and credit, in characters (the schema's limits, image-schema.ts). */
export const MAX_IMAGE_ALT = 1_000;
export const MAX_IMAGE_CAPTION = 2_000;
export const MAX_IMAGE_CREDIT = 300;
