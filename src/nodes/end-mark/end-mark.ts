import { hasClass } from '../../shared/html-import/dom-text';
import type { NodeDefinition } from '../node-definition';
import { endMarkParagraphEnding, writeEndMarkBlock, writeEndMarkInline } from './end-mark-html';
import { END_MARK_CLASS, END_MARK_TYPE } from './end-mark-names';
import { endMarkNode } from './end-mark-schema';
import { EndMarkNode } from './end-mark-node';

/** The // that closes an opinion piece: stored as a node after the last paragraph, exported at that paragraph's end. */
export const endMark: NodeDefinition = {
  type: END_MARK_TYPE,
  node: EndMarkNode,
  html: { writeBlock: writeEndMarkBlock, writeInline: writeEndMarkInline, paragraphEnding: endMarkParagraphEnding },
  htmlImport: {
    readParagraphEnd: (element) => (element.name === 'span' && hasClass(element, END_MARK_CLASS) ? endMarkNode() : null),
  },
  checkBlock: (_node, key) => ({ key, kind: 'endmark', text: '' }),
  bodyText: false,
};
