import { escapeAttribute, escapeText, hasVisibleText } from '../../shared/export/html-escape';
import { linkHref } from '../../shared/export/safe-url';
import type { JsonNode, NodeHtmlWriter } from '../node-definition';
import { FOOTNOTE_BACK_CLASS, FOOTNOTE_REF_CLASS, FOOTNOTES_CLASS, footnoteId, footnoteRefId } from './footnote-names';
import { footnoteNodeSchema } from './footnote-schema';

/** A web address in a note; the punctuation that ends a sentence after it is not part of it. */
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"]+?(?=[.,;:!?)\]’”]*(?:\s|$))/g;

/** The note's reference in the text: `sup.cd-footnote-ref` > `a`, numbered in document order. */
export function writeFootnoteRef(node: JsonNode, writer: NodeHtmlWriter): void {
  const parsed = footnoteNodeSchema.safeParse(node);
  if (!parsed.success) {
    writer.warn('invalid-node', 'A footnote that does not match its JSON shape is left out.');
    return;
  }
  // A note with nothing in it has nothing to point to, as an empty pull-quote is not written.
  if (!hasVisibleText(parsed.data.text)) return;
  if (writer.isInLink()) {
    writer.warn('misplaced-node', 'A footnote inside a link is left out: a link cannot hold another.');
    return;
  }
  const n = writer.number(parsed.data);
  writer.out.push(`<sup class="${FOOTNOTE_REF_CLASS}"><a href="#${footnoteId(n)}" id="${footnoteRefId(n)}">${n}</a></sup>`);
  writer.wroteContent();
}

/** A footnote standing alone as a block (only stored JSON from elsewhere has one): its reference in a paragraph of its own. */
export function writeFootnoteBlock(node: JsonNode, writer: NodeHtmlWriter): void {
  const mark = writer.out.length;
  writer.out.push('<p>');
  writeFootnoteRef(node, writer);
  if (writer.out.length === mark + 1) writer.out.length = mark;
  else writer.out.push('</p>\n');
}

/**
 * The notes after the body, numbered as their references: each links back
 * to its reference, and a web address in a note becomes a link when it is
 * one the export allows.
 */
export function writeFootnotes(notes: readonly JsonNode[], out: string[]): void {
  if (notes.length === 0) return;
  out.push(`<section class="${FOOTNOTES_CLASS}" aria-label="Notes">\n<ol>\n`);
  notes.forEach((note, index) => {
    const n = index + 1;
    const text = typeof note.text === 'string' ? note.text.trim() : '';
    out.push(
      `<li id="${footnoteId(n)}">${noteHtml(text)} <a class="${FOOTNOTE_BACK_CLASS}" href="#${footnoteRefId(n)}" aria-label="Back to the text of note ${n}">↩</a></li>\n`,
    );
  });
  out.push('</ol>\n</section>\n');
}

/** The note's text, escaped, with its allowed web addresses as links. */
function noteHtml(text: string): string {
  let html = '';
  let from = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const href = linkHref(match[0]);
    if (href === null) continue;
    html += `${escapeText(text.slice(from, match.index))}<a href="${escapeAttribute(href)}">${escapeText(match[0])}</a>`;
    from = match.index + match[0].length;
  }
  return html + escapeText(text.slice(from));
}
