import { $create, type DOMConversionMap, type DOMConversionOutput, type DOMExportOutput, type EditorConfig } from 'lexical';
import type { JSX } from 'react';
import { PULL_QUOTE_CLASS, PULL_QUOTE_TYPE } from '../pull-quote-names';
import { PullQuoteNode } from '../pull-quote-node';
import { PullQuoteView } from './PullQuoteView';
import { blockCardElement } from '../../../renderer/editor/cards/block-card-element';

/** Marks the HTML this node writes for the clipboard, so a paste within Copydesk brings it back whole. */
const DATA_ATTRIBUTE = 'data-copydesk-pullquote';
/** The marker's value for an edited quote, so copying one within Copydesk keeps it edited. */
const EDITED = 'edited';

/** The pull-quote as the body editor draws it: a card showing the quote and its attribution. */
export class PullQuoteEditorNode extends PullQuoteNode {
  override $config() {
    return this.config(PULL_QUOTE_TYPE, { extends: PullQuoteNode });
  }

  static override importDOM(): DOMConversionMap | null {
    return {
      figure: (element: HTMLElement) =>
        element.hasAttribute(DATA_ATTRIBUTE) ? { conversion: convertPullQuoteElement, priority: 3 } : null,
    };
  }

  override exportDOM(): DOMExportOutput {
    const figure = document.createElement('figure');
    figure.setAttribute(DATA_ATTRIBUTE, this.isEdited() ? EDITED : '');
    figure.className = PULL_QUOTE_CLASS;
    const quote = document.createElement('blockquote');
    const paragraph = document.createElement('p');
    paragraph.textContent = this.getText();
    quote.append(paragraph);
    figure.append(quote);
    if (this.getAttribution() !== '') {
      const caption = document.createElement('figcaption');
      caption.textContent = this.getAttribution();
      figure.append(caption);
    }
    return { element: figure };
  }

  override createDOM(config: EditorConfig): HTMLElement {
    return blockCardElement(config);
  }

  override updateDOM(): false {
    return false;
  }

  override decorate(): JSX.Element {
    return <PullQuoteView nodeKey={this.__key} text={this.__text} attribution={this.__attribution} />;
  }
}

function convertPullQuoteElement(element: HTMLElement): DOMConversionOutput {
  const text = element.querySelector('blockquote')?.textContent ?? '';
  const attribution = element.querySelector('figcaption')?.textContent ?? '';
  return { node: $createPullQuoteNode(text.trim(), attribution.trim(), element.getAttribute(DATA_ATTRIBUTE) === EDITED) };
}

export function $createPullQuoteNode(text: string, attribution = '', edited = false): PullQuoteEditorNode {
  return $create(PullQuoteEditorNode).setText(text).setAttribution(attribution).setEdited(edited);
}
