import type { NodeDefinition } from '../node-definition';
import { compareAttributions } from './pull-quote-history';
import { writePullQuote } from './pull-quote-html';
import { isPullQuoteMarkup, readPullQuote } from './pull-quote-markup';
import { PULL_QUOTE_TYPE } from './pull-quote-names';
import { PullQuoteNode } from './pull-quote-node';

/** A passage of the story set large beside it; its words must stand in the body (verbatim.ts) unless the desk edited it. */
export const pullQuote: NodeDefinition = {
  type: PULL_QUOTE_TYPE,
  node: PullQuoteNode,
  html: { writeBlock: writePullQuote },
  htmlImport: {
    blockElements: ['figure', 'blockquote', 'aside'],
    readBlock: (element, typography) => (isPullQuoteMarkup(element) ? readPullQuote(element, typography) : null),
  },
  checkBlock: (node, key) => ({
    key,
    kind: 'pullquote',
    text: typeof node.text === 'string' ? node.text : '',
    ...(node.edited === true ? { editedQuote: true } : {}),
  }),
  bodyText: false,
  compareInHistory: compareAttributions,
};
