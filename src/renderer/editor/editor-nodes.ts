import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HorizontalRuleNode } from '@lexical/react/LexicalHorizontalRuleNode';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import type { Klass, LexicalNode } from 'lexical';
import { EndMarkNode } from './nodes/EndMarkNode';
import { ImageNode } from './nodes/ImageNode';
import { PullQuoteNode } from './nodes/PullQuoteNode';

/**
 * Every node a story body may hold (docs/export-format.md lists them). Registered on the body
 * editor, so Lexical's copy and paste, Markdown shortcuts and the paste
 * plugin can create any of them.
 */
export const bodyEditorNodes: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  HorizontalRuleNode,
  TableNode,
  TableRowNode,
  TableCellNode,
  PullQuoteNode,
  ImageNode,
  EndMarkNode,
];
