import type { LexicalNode, SerializedLexicalNode } from 'lexical';
import type { CheckBlock } from '../../shared/house-style/document';
import { BlockCardNode } from '../block-card-node';
import { END_MARK_TYPE } from './end-mark-names';
import type { SerializedEndMarkNode } from './end-mark-schema';

/**
 * The end mark (//) that closes an opinion piece; the export sets it at the
 * end of the last paragraph. This is the node itself, as the body editor, the
 * story document (src/shared/newsroom) and headless editors know it; the
 * editor's class (editor/EndMarkEditorNode.tsx) adds its view.
 */
export class EndMarkNode extends BlockCardNode {
  override $config() {
    // No `extends`: BlockCardNode is abstract, which the config's type refuses; Lexical reads the superclass from the prototype chain.
    return this.config(END_MARK_TYPE, {});
  }

  override exportJSON(): SerializedEndMarkNode & SerializedLexicalNode {
    return { type: END_MARK_TYPE, version: 1 };
  }

  override getTextContent(): string {
    return '//';
  }

  override checkBlock(key: string): CheckBlock {
    return { key, kind: 'endmark', text: '' };
  }
}

export function $isEndMarkNode(node: LexicalNode | null | undefined): node is EndMarkNode {
  return node instanceof EndMarkNode;
}
