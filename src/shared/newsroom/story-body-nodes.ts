import { HorizontalRuleNode } from '@lexical/extension';
import type { Klass, LexicalNode } from 'lexical';
import { lexicalBodyNodes } from '../../nodes/lexical-body-nodes';
import { customNodes } from '../../nodes/registry';

/**
 * Every node a story body may hold, without a view: Lexical's own and each
 * of our nodes' own class from src/nodes/registry.ts (the body editor
 * registers the same types with their views). A headless editor registers
 * these to read and write the story document's body.
 */
export const storyBodyNodes: ReadonlyArray<Klass<LexicalNode>> = [...lexicalBodyNodes, HorizontalRuleNode, ...customNodes.map((node) => node.node)];
