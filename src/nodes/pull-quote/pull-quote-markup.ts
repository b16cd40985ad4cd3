import { findElement, hasClass, plainTextOf } from '../../shared/html-import/dom-text';
import type { DomElement } from '../../shared/html-import/dom-nodes';
import { roleWords } from '../../shared/html-import/page-roles';
import { typesetText } from '../../shared/html-import/typeset-text';
import { PULL_QUOTE_CLASS, PULL_QUOTE_TYPE } from './pull-quote-names';
import { pullQuoteNodeSchema, type SerializedPullQuoteNode } from './pull-quote-schema';

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
