import { $isLinkNode } from '@lexical/link';
import { $isListItemNode, $isListNode } from '@lexical/list';
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $isTableCellNode, $isTableNode, $isTableRowNode } from '@lexical/table';
import { $isElementNode, $isLineBreakNode, $isTextNode, type ElementNode, type LexicalNode } from 'lexical';
import type { BlockKind, CheckBlock, LinkRange } from '../../../shared/house-style';
import type { TextRange } from '../../../shared/typography';
import { $isBlockCard } from '../../../nodes/block-card-node';

/** A text block's plain text as the checker reads it, with its links and code-formatted stretches. */
class InlineReader {
  text = '';
  links: LinkRange[] = [];
  code: TextRange[] = [];

  read(node: LexicalNode): void {
    if ($isLineBreakNode(node)) {
      this.text += '\n';
    } else if ($isTextNode(node)) {
      const from = this.text.length;
      this.text += node.getTextContent();
      if (node.hasFormat('code')) this.code.push({ from, to: this.text.length });
    } else if ($isElementNode(node) && node.isInline()) {
      const from = this.text.length;
      for (const child of node.getChildren()) this.read(child);
      if ($isLinkNode(node)) this.links.push({ from, to: this.text.length, url: node.getURL() });
    }
  }

  block(key: string, kind: BlockKind): CheckBlock {
    const block: CheckBlock = { key, kind, text: this.text };
    if (this.links.length > 0) block.links = this.links;
    if (this.code.length > 0) block.code = this.code;
    return block;
  }
}

function textBlock(node: ElementNode, kind: BlockKind, out: CheckBlock[]): void {
  const reader = new InlineReader();
  const nested: LexicalNode[] = [];
  for (const child of node.getChildren()) {
    if ($isElementNode(child) && !child.isInline()) nested.push(child);
    else reader.read(child);
  }
  // A list item's own words come before its nested list, as a block of their own.
  if (nested.length === 0 || reader.text.trim() !== '') out.push(reader.block(node.getKey(), kind));
  for (const child of nested) $collectBlocks(child, out, kind === 'tablecell');
}

/**
 * The checker's blocks for one top-level node of the body, keyed by Lexical
 * node key (so a finding leads back to its element): list items and table
 * cells are blocks of their own; pull-quotes, image captions and the end
 * mark are blocks of their kinds, as blocksFromBody reads stored JSON.
 */
export function $collectBlocks(node: LexicalNode, out: CheckBlock[], inCell = false): void {
  const key = node.getKey();
  if ($isBlockCard(node)) out.push(node.checkBlock(key));
  else if ($isListNode(node) || $isTableNode(node) || $isTableRowNode(node)) {
    for (const child of node.getChildren()) $collectBlocks(child, out, inCell);
  } else if ($isTableCellNode(node)) {
    for (const child of node.getChildren()) $collectBlocks(child, out, true);
  } else if ($isListItemNode(node)) textBlock(node, 'listitem', out);
  else if ($isHeadingNode(node)) textBlock(node, 'heading', out);
  else if ($isQuoteNode(node)) textBlock(node, 'quote', out);
  else if ($isElementNode(node)) textBlock(node, inCell ? 'tablecell' : 'paragraph', out);
}
