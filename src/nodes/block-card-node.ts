import { DecoratorNode, type LexicalNode } from 'lexical';
import type { CheckBlock } from '../shared/house-style/document';

/**
 * What the body's block cards (image, pull-quote, end mark) share, apart from
 * how the editor draws them: a block of its own, read by the house-style
 * checker as one block of its own kind (as blocksFromBody reads it from
 * stored JSON). The editor's classes extend each card with its view.
 */
export abstract class BlockCardNode extends DecoratorNode<unknown> {
  /** The card as the house-style checker reads it. */
  abstract checkBlock(key: string): CheckBlock;

  override isInline(): false {
    return false;
  }
}

/** Blocks that are not body text (image, pull-quote, end mark): their words are not the story's and a pull-quote cannot quote them. */
export function $isBlockCard(node: LexicalNode): node is BlockCardNode {
  return node instanceof BlockCardNode;
}
