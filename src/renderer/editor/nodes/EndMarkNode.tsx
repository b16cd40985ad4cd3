import {
  $applyNodeReplacement,
  type DOMConversionMap,
  type DOMExportOutput,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
} from 'lexical';
import type { JSX } from 'react';
import type { SerializedEndMarkNode } from '../../../shared/nodes/custom-nodes';
import { END_MARK_TYPE } from '../../../shared/nodes/node-names';
import { useBlockSelection } from './use-block-selection';
import { BlockCardNode } from './block-card-node';

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
    mark.className = 'cd-end-mark';
    mark.setAttribute(DATA_ATTRIBUTE, '');
    mark.textContent = '//';
    return { element: mark };
  }

  protected override themeEntry(): 'image' | 'pullQuote' | 'endMark' {
    return 'endMark';
  }

  override getTextContent(): string {
    return '//';
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
