import { HorizontalRuleNode } from '@lexical/react/LexicalHorizontalRuleNode';
import type { Klass, LexicalNode } from 'lexical';
import { lexicalBodyNodes } from '../../nodes/lexical-body-nodes';
import type { NodeEditorPart } from './node-editor-part';

/**
 * The editor part of each of our own nodes, found beside the node
 * (src/nodes/<node>/editor/editor-part.ts) rather than listed again here:
 * src/nodes/registry.ts stays the one list, and a test holds the two to the
 * same node types.
 */
export const nodeEditorParts: readonly NodeEditorPart[] = Object.values(
  import.meta.glob<NodeEditorPart>('../../nodes/*/editor/editor-part.ts', { eager: true, import: 'editorPart' }),
);

/**
 * Every node a story body may hold (docs/export-format.md lists them). Registered on the body
 * editor, so Lexical's copy and paste, Markdown shortcuts and the paste
 * plugin can create any of them.
 */
export const bodyEditorNodes: ReadonlyArray<Klass<LexicalNode>> = [...lexicalBodyNodes, HorizontalRuleNode, ...nodeEditorParts.map((part) => part.node)];
