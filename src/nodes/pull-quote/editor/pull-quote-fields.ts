import type { LexicalNode } from 'lexical';
import { PULL_QUOTE_TYPE } from '../pull-quote-names';

/**
 * What a pull-quote's edits need of its node. The node's card view calls
 * those edits, so they reach the node through this shape (by its type name)
 * rather than by importing the node and, with it, the view.
 */
export interface PullQuoteFields extends LexicalNode {
  getText(): string;
  getAttribution(): string;
  setText(text: string): PullQuoteFields;
  setAttribution(attribution: string): PullQuoteFields;
  setEdited(edited: boolean): PullQuoteFields;
}

export function $isPullQuoteFields(node: LexicalNode | null | undefined): node is PullQuoteFields {
  return node?.getType() === PULL_QUOTE_TYPE;
}
