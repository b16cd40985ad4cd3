import { PULL_QUOTE_TYPE } from './pull-quote-names';
import { bodyPlainText } from '../../shared/story/body-text';
import type { StoryBody } from '../../shared/story/story-schema';
import { createVerbatimIndex } from './verbatim';

/**
 * A published page's pull-quotes stand as its desk passed them, and the
 * export does not say which were edited: so a pull-quote whose words are not
 * in the imported body comes back as an edited quote, not as an error.
 */
export function withEditedPullQuotesMarked(body: StoryBody): StoryBody {
  const children = body.root.children;
  if (!children.some((node) => node.type === PULL_QUOTE_TYPE)) return body;
  const index = createVerbatimIndex(bodyPlainText(body));
  const marked = children.map((node) =>
    node.type === PULL_QUOTE_TYPE && typeof node.text === 'string' && !index.find(node.text).found ? { ...node, edited: true } : node,
  );
  return { ...body, root: { ...body.root, children: marked } };
}
