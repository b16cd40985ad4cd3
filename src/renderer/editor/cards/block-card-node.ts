import { DecoratorNode, type EditorConfig, type LexicalNode } from 'lexical';
import type { JSX } from 'react';
import type { CheckBlock } from '../../../shared/house-style/document';

/**
 * What the body's block cards (image, pull-quote, end mark) share: a block
 * wrapper classed from the editor theme (`blockCard`), drawn once and never patched,
 * since React renders everything inside it.
 */
export abstract class BlockCardNode extends DecoratorNode<JSX.Element> {
  /** The card as the house-style checker reads it: one block of its own kind, as blocksFromBody reads it from stored JSON. */
  abstract checkBlock(key: string): CheckBlock;

  override createDOM(config: EditorConfig): HTMLElement {
    const element = document.createElement('div');
    const className = config.theme.blockCard;
    if (typeof className === 'string') element.className = className;
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }
}

/** Blocks that are not body text (image, pull-quote, end mark): their words are not the story's and a pull-quote cannot quote them. */
export function $isBlockCard(node: LexicalNode): node is BlockCardNode {
  return node instanceof BlockCardNode;
}
