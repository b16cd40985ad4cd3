import { endMark } from './end-mark/end-mark';
import { footnote } from './footnote/footnote';
import { image } from './image/image';
import type { NodeDefinition } from './node-definition';
import { pullQuote } from './pull-quote/pull-quote';

/**
 * Copydesk's own body nodes, one folder each under src/nodes: the one list
 * the exporter, the HTML import, the house-style checker and the word count
 * read. The editor finds each node's editor part beside it
 * (src/renderer/editor/editor-nodes.ts); a test holds the two to the same
 * types. Adding a node type is a folder and a line here (docs/nodes.md).
 *
 * The order is the HTML import's: the first node whose markup an element
 * matches reads it.
 */
export const customNodes: readonly NodeDefinition[] = [image, pullQuote, endMark, footnote];

const byType: ReadonlyMap<string, NodeDefinition> = new Map(customNodes.map((node) => [node.type, node]));

/** The definition of one of our own nodes, or undefined for Lexical's and unknown ones. */
export function customNode(type: string): NodeDefinition | undefined {
  return byType.get(type);
}
