import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import type { Klass, LexicalNode } from 'lexical';

/**
 * Lexical's own node types a story body holds (docs/export-format.md),
 * beside ours in ./registry.ts. The horizontal rule is not in the list: its
 * class differs by layer (the body editor's, from @lexical/react, draws it
 * and lets it be selected; the plain one, from @lexical/extension, has no
 * view), so each list of a layer adds its own.
 */
export const lexicalBodyNodes: ReadonlyArray<Klass<LexicalNode>> = [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, TableNode, TableRowNode, TableCellNode];
