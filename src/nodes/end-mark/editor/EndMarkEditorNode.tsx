import { $create, type DOMConversionMap, type DOMExportOutput, type EditorConfig, type NodeKey } from 'lexical';
import type { JSX } from 'react';
import { END_MARK_CLASS, END_MARK_TYPE } from '../end-mark-names';
import { EndMarkNode } from '../end-mark-node';
import { useBlockSelection } from '../../../renderer/editor/cards/use-block-selection';
import { blockCardElement } from '../../../renderer/editor/cards/block-card-element';

const DATA_ATTRIBUTE = 'data-copydesk-endmark';

/** The end mark as the body editor draws it: a card showing the //. */
export class EndMarkEditorNode extends EndMarkNode {
  override $config() {
    return this.config(END_MARK_TYPE, { extends: EndMarkNode });
  }

  static override importDOM(): DOMConversionMap | null {
    return {
      span: (element: HTMLElement) =>
        element.hasAttribute(DATA_ATTRIBUTE) ? { conversion: () => ({ node: $createEndMarkNode() }), priority: 3 } : null,
    };
  }

  override exportDOM(): DOMExportOutput {
    const mark = document.createElement('span');
    mark.className = END_MARK_CLASS;
    mark.setAttribute(DATA_ATTRIBUTE, '');
    mark.textContent = '//';
    return { element: mark };
  }

  override createDOM(config: EditorConfig): HTMLElement {
    return blockCardElement(config);
  }

  override updateDOM(): false {
    return false;
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

export function $createEndMarkNode(): EndMarkEditorNode {
  return $create(EndMarkEditorNode);
}
