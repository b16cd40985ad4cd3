import { $getNodeByKey, type NodeKey } from 'lexical';
import type { ListedFootnote } from './footnote-numbers';
import { $isFootnoteNode } from '../footnote-node';

/** The footnotes among `keys` that stand in the body, in document order, with their text: what numbers them. */
export function $footnotesInOrder(keys: Iterable<NodeKey>): ListedFootnote[] {
  const nodes = [...keys].map((key) => $getNodeByKey(key)).filter($isFootnoteNode).filter((node) => node.isAttached());
  nodes.sort((a, b) => (a.isBefore(b) ? -1 : 1));
  return nodes.map((node) => ({ key: node.getKey(), text: node.getText() }));
}
