import {
  IMAGE_TYPE,
  PULL_QUOTE_TYPE,
  imageNodeSchema,
  pullQuoteNodeSchema,
  type SerializedImageNode,
  type SerializedPullQuoteNode,
} from '../nodes/custom-nodes';
import { fixTypography } from '../typography';
import { cleanText, collapseWhiteSpace } from './clean-text';
import type { DomElement } from './dom-nodes';
import { findElement, hasClass, plainTextOf } from './dom-text';

/**
 * Copydesk's own additions as the exporter writes them (docs/export-format.md),
 * read back into their nodes so an exported story converts back exactly.
 */

export const PULL_QUOTE_CLASS = 'cd-pullquote';
export const IMAGE_CLASS = 'cd-image';
export const END_MARK_CLASS = 'cd-end-mark';

/** `figure.cd-pullquote` > `blockquote` + `figcaption`; null when it does not fit the pull-quote's shape. */
export function readPullQuote(figure: DomElement): SerializedPullQuoteNode | null {
  const quote = findElement(figure, (e) => e.name === 'blockquote');
  if (quote === null) return null;
  const caption = findElement(figure, (e) => e.name === 'figcaption');
  const parsed = pullQuoteNodeSchema.safeParse({
    type: PULL_QUOTE_TYPE,
    version: 1,
    text: typeset(plainTextOf(quote)),
    attribution: caption === null ? '' : typeset(plainTextOf(caption)),
  });
  return parsed.success ? parsed.data : null;
}

/**
 * Our images are content-addressed: the file name is the SHA-256 of the
 * bytes, so the path alone identifies the picture in the profile, whatever
 * asset base URL the export was made with.
 */
const OWN_IMAGE_PATH = /(?:^|\/)images\/([0-9a-f]{64})\.(jpg|png|gif|webp)$/;

/** `figure.cd-image` > `img` + `figcaption` (caption and credit spans); null when it is not one of ours. */
export function readImage(figure: DomElement): SerializedImageNode | null {
  const img = findElement(figure, (e) => e.name === 'img');
  if (img === null) return null;
  const path = (img.attribs.src ?? '').trim().split(/[?#]/)[0] as string;
  const match = OWN_IMAGE_PATH.exec(path);
  if (match === null) return null;
  const caption = findElement(figure, (e) => e.name === 'figcaption');
  const captionSpan = caption === null ? null : findElement(caption, (e) => hasClass(e, 'cd-caption'));
  const creditSpan = caption === null ? null : findElement(caption, (e) => hasClass(e, 'cd-credit'));
  // A caption written by hand, without our spans, is all caption.
  const captionText = captionSpan !== null ? plainTextOf(captionSpan) : creditSpan === null && caption !== null ? plainTextOf(caption) : '';
  const parsed = imageNodeSchema.safeParse({
    type: IMAGE_TYPE,
    version: 1,
    sha256: match[1],
    ext: match[2],
    width: dimension(img.attribs.width),
    height: dimension(img.attribs.height),
    alt: typeset(collapse(img.attribs.alt ?? '')),
    caption: typeset(captionText),
    credit: creditSpan === null ? '' : typeset(plainTextOf(creditSpan)),
  });
  return parsed.success ? parsed.data : null;
}

function dimension(value: string | undefined): number {
  return value !== undefined && /^\s*\d{1,6}\s*$/.test(value) ? Number(value) : 0;
}

function collapse(text: string): string {
  return collapseWhiteSpace(cleanText(text)).trim();
}

function typeset(text: string): string {
  return fixTypography(text).text;
}
