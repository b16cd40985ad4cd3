import { cleanText, collapseWhiteSpace } from '../../shared/html-import/clean-text';
import type { DomElement } from '../../shared/html-import/dom-nodes';
import { findElement, hasClass, plainTextOf } from '../../shared/html-import/dom-text';
import { typesetText } from '../../shared/html-import/typeset-text';
import { CAPTION_CLASS, CREDIT_CLASS, IMAGE_CLASS, IMAGE_TYPE, imageExtensions } from './image-names';
import { imageNodeSchema, type SerializedImageNode } from './image-schema';

/**
 * Our images are content-addressed: the file name is the SHA-256 of the
 * bytes, so the path alone identifies the picture in the profile, whatever
 * asset base URL the export was made with.
 */
const OWN_IMAGE_PATH = new RegExp(`(?:^|/)images/([0-9a-f]{64})\\.(${imageExtensions.join('|')})$`);

/** Whether an element is our image figure (`figure.cd-image`). */
export function isImageMarkup(element: DomElement): boolean {
  return hasClass(element, IMAGE_CLASS);
}

/** `figure.cd-image` > `img` + `figcaption` (caption and credit spans); null when it is not one of ours. `typography` as for the blocks. */
export function readImage(figure: DomElement, typography = true): SerializedImageNode | null {
  const typeset = typography ? typesetText : (text: string) => text;
  const img = findElement(figure, (e) => e.name === 'img');
  if (img === null) return null;
  const path = (img.attribs.src ?? '').trim().split(/[?#]/)[0] as string;
  const match = OWN_IMAGE_PATH.exec(path);
  if (match === null) return null;
  const caption = findElement(figure, (e) => e.name === 'figcaption');
  const captionSpan = caption === null ? null : findElement(caption, (e) => hasClass(e, CAPTION_CLASS));
  const creditSpan = caption === null ? null : findElement(caption, (e) => hasClass(e, CREDIT_CLASS));
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
