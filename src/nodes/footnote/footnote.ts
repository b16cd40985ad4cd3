import type { NodeDefinition } from '../node-definition';
import { compareFootnotes } from './footnote-history';
import { writeFootnoteBlock, writeFootnoteRef, writeFootnotes } from './footnote-html';
import { readFootnotePage } from './footnote-markup';
import { FOOTNOTE_TYPE } from './footnote-names';
import { FootnoteNode } from './footnote-node';

/**
 * A note to a point in the text, kept in the body beside the words it
 * belongs to and numbered in document order. Its words are not the story's
 * (no word count, no search), and the house-style checker leaves them out:
 * the editor can mark a finding only in the body's own text (docs/nodes.md).
 */
export const footnote: NodeDefinition = {
  type: FOOTNOTE_TYPE,
  node: FootnoteNode,
  html: { writeBlock: writeFootnoteBlock, writeInline: writeFootnoteRef, writeAfterBody: writeFootnotes },
  htmlImport: { readPage: readFootnotePage },
  bodyText: false,
  compareInHistory: compareFootnotes,
};
