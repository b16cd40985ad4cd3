import { escapeText, hasVisibleText } from '../../shared/export/html-escape';
import type { JsonNode, NodeHtmlWriter } from '../node-definition';
import { PULL_QUOTE_CLASS } from './pull-quote-names';
import { storedPullQuoteNodeSchema } from './pull-quote-schema';

/** `figure.cd-pullquote` > `blockquote` > `p` + `figcaption`; hidden from screen readers, which read the words in the body. */
export function writePullQuote(node: JsonNode, writer: NodeHtmlWriter): void {
  const parsed = storedPullQuoteNodeSchema.safeParse(node);
  if (!parsed.success) {
    writer.warn('invalid-node', 'A pull-quote that does not match its JSON shape is left out.');
    return;
  }
  const { text, attribution } = parsed.data;
  if (!hasVisibleText(text)) return;
  writer.out.push(`<figure class="${PULL_QUOTE_CLASS}" aria-hidden="true">\n<blockquote>\n<p>${escapeText(text.trim())}</p>\n</blockquote>\n`);
  if (hasVisibleText(attribution)) writer.out.push(`<figcaption>${escapeText(attribution.trim())}</figcaption>\n`);
  writer.out.push('</figure>\n');
  writer.wroteContent();
}
