import { HorizontalRuleNode } from '@lexical/extension';
import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import type { Klass, LexicalNode } from 'lexical';
import { customNodes } from '../../nodes/registry';

/**
 * Every node a story body may hold, without a view: Lexical's own (the same
 * types the body editor registers, src/renderer/editor/editor-nodes.ts) and
 * each of our nodes' own class from src/nodes/registry.ts. A headless
 * editor registers these to read and write the story document's body.
 */
export const storyBodyNodes: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  HorizontalRuleNode,
  TableNode,
  TableRowNode,
  TableCellNode,
  ...customNodes.map((node) => node.node),
];
