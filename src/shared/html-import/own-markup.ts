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
import { roleWords } from './page-roles';

/**
 * Copydesk's own additions as the exporter writes them (docs/export-format.md),
 * read back into their nodes so an exported story converts back exactly.
 */

export const PULL_QUOTE_CLASS = 'cd-pullquote';
export const IMAGE_CLASS = 'cd-image';
export const END_MARK_CLASS = 'cd-end-mark';

/**
 * Whether an element is a pull-quote: ours (`figure.cd-pullquote`), a
 * `figure` or `aside` holding a `blockquote` and no picture (WordPress's
 * `wp-block-pullquote`, the Guardian's pull-quote aside), or anything
 * another site names a pull-quote (`blockquote.pull-quote`).
 */
export function isPullQuoteMarkup(element: DomElement): boolean {
  if (hasClass(element, PULL_QUOTE_CLASS)) return true;
  if (element.name === 'figure' || element.name === 'aside') {
    return findElement(element, (e) => e.name === 'blockquote') !== null && findElement(element, (e) => e.name === 'img') === null;
  }
  const words = roleWords(element);
  return words.has('pullquote') || (words.has('pull') && words.has('quote'));
}

/**
 * A pull-quote's passage and attribution: ours is `blockquote` + `figcaption`;
 * other sites put the attribution in a `cite` or `footer`, often inside the
 * quotation, and start it with a dash. Null when it does not fit the node.
 */
export function readPullQuote(element: DomElement, typography = true): SerializedPullQuoteNode | null {
  const typeset = typography ? typesetText : (text: string) => text;
  const quote = element.name === 'blockquote' ? element : (findElement(element, (e) => e.name === 'blockquote') ?? element);
  const caption =
    findElement(element, (e) => e.name === 'figcaption') ?? findElement(element, (e) => e.name === 'cite' || e.name === 'footer');
  const attribution = caption === null ? '' : plainTextOf(caption);
  let text = plainTextOf(quote);
  if (attribution !== '' && text.endsWith(attribution)) text = text.slice(0, -attribution.length).trim();
  const own = hasClass(element, PULL_QUOTE_CLASS);
  const parsed = pullQuoteNodeSchema.safeParse({
    type: PULL_QUOTE_TYPE,
    version: 2,
    text: typeset(own ? text : unquoted(text)),
    attribution: typeset(own ? attribution : attribution.replace(/^[\s—–-]+/, '')),
    edited: false,
  });
  return parsed.success && parsed.data.text !== '' ? parsed.data : null;
}

/** Other sites often print the quote marks into a pull-quote; ours are drawn by the stylesheet. */
function unquoted(text: string): string {
  const match = /^["“‘'](.*)["”’']$/s.exec(text);
  return match === null ? text : match[1]!.trim();
}

/**
 * Our images are content-addressed: the file name is the SHA-256 of the
 * bytes, so the path alone identifies the picture in the profile, whatever
 * asset base URL the export was made with.
 */
const OWN_IMAGE_PATH = /(?:^|\/)images\/([0-9a-f]{64})\.(jpg|png|gif|webp)$/;

/** `figure.cd-image` > `img` + `figcaption` (caption and credit spans); null when it is not one of ours. `typography` as for the blocks. */
export function readImage(figure: DomElement, typography = true): SerializedImageNode | null {
  const typeset = typography ? typesetText : (text: string) => text;
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

function typesetText(text: string): string {
  return fixTypography(text).text;
}
