import type { JsonNode, NodeHtmlWriter } from '../node-definition';
import { END_MARK_CLASS, END_PARAGRAPH_CLASS } from './end-mark-names';
import { endMarkNodeSchema } from './end-mark-schema';

/** The // itself; screen readers skip it. */
const END_MARK_HTML = `<span class="${END_MARK_CLASS}" aria-hidden="true">//</span>`;

/** An end mark with no paragraph before it: a paragraph of its own. */
export function writeEndMarkBlock(node: JsonNode, writer: NodeHtmlWriter): void {
  if (!isEndMark(node, writer)) return;
  writer.out.push(`<p class="${END_PARAGRAPH_CLASS}">${END_MARK_HTML}</p>\n`);
  writer.wroteContent();
}

/** An end mark inside text, where it is written as it stands. */
export function writeEndMarkInline(node: JsonNode, writer: NodeHtmlWriter): void {
  if (!isEndMark(node, writer)) return;
  writer.out.push(END_MARK_HTML);
  writer.wroteContent();
}

/** An end mark right after a paragraph closes that paragraph: the // goes at its end. */
export function endMarkParagraphEnding(node: unknown): string | null {
  return endMarkNodeSchema.safeParse(node).success ? ` ${END_MARK_HTML}` : null;
}

function isEndMark(node: JsonNode, writer: NodeHtmlWriter): boolean {
  if (endMarkNodeSchema.safeParse(node).success) return true;
  writer.warn('invalid-node', 'An end mark that does not match its JSON shape is left out.');
  return false;
}
