import {
  $applyNodeReplacement,
  type DOMConversionMap,
  type DOMExportOutput,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
} from 'lexical';
import type { JSX } from 'react';
import type { CheckBlock } from '../../../shared/house-style/document';
import type { SerializedEndMarkNode } from '../end-mark-schema';
import { END_MARK_CLASS, END_MARK_TYPE } from '../end-mark-names';
import { useBlockSelection } from '../../../renderer/editor/cards/use-block-selection';
import { BlockCardNode } from '../../../renderer/editor/cards/block-card-node';

const DATA_ATTRIBUTE = 'data-copydesk-endmark';

/** The end mark (//) that closes an opinion piece; the export sets it at the end of the last paragraph. */
export class EndMarkNode extends BlockCardNode {
  static override getType(): string {
    return END_MARK_TYPE;
  }

  static override clone(node: EndMarkNode): EndMarkNode {
    return new EndMarkNode(node.__key);
  }

  static override importJSON(): EndMarkNode {
    return $createEndMarkNode();
  }

  static override importDOM(): DOMConversionMap | null {
    return {
      span: (element: HTMLElement) =>
        element.hasAttribute(DATA_ATTRIBUTE) ? { conversion: () => ({ node: $createEndMarkNode() }), priority: 3 } : null,
    };
  }

  constructor(key?: NodeKey) {
    super(key);
  }

  override exportJSON(): SerializedEndMarkNode & SerializedLexicalNode {
    return { type: END_MARK_TYPE, version: 1 };
  }

  override exportDOM(): DOMExportOutput {
    const mark = document.createElement('span');
    mark.className = END_MARK_CLASS;
    mark.setAttribute(DATA_ATTRIBUTE, '');
    mark.textContent = '//';
    return { element: mark };
  }

  override getTextContent(): string {
    return '//';
  }

  override checkBlock(key: string): CheckBlock {
    return { key, kind: 'endmark', text: '' };
  }

  override decorate(): JSX.Element {
    return <EndMarkView nodeKey={this.__key} />;
  }
}

function EndMarkView({ nodeKey }: { nodeKey: NodeKey }) {
  const { selected, select } = useBlockSelection(nodeKey);
  return (
    <p className={`end-mark${selected ? ' is-selected' : ''}`} aria-label="End mark" onClick={select}>
      <span aria-hidden="true">//</span>
    </p>
  );
}

export function $createEndMarkNode(): EndMarkNode {
  return $applyNodeReplacement(new EndMarkNode());
}

export function $isEndMarkNode(node: LexicalNode | null | undefined): node is EndMarkNode {
  return node instanceof EndMarkNode;
}
