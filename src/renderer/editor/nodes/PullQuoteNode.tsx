import {
  $applyNodeReplacement,
  type DOMConversionMap,
  type DOMConversionOutput,
  type DOMExportOutput,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
} from 'lexical';
import type { JSX } from 'react';
import type { SerializedPullQuoteNode } from '../../../shared/nodes/custom-nodes';
import { PULL_QUOTE_TYPE } from '../../../shared/nodes/node-names';
import { stringField } from './json-fields';
import { PullQuoteView } from './PullQuoteView';
import { BlockCardNode } from './block-card-node';

/** Schema limits (src/shared/nodes/custom-nodes.ts). */
const MAX_TEXT = 2_000;
const MAX_ATTRIBUTION = 300;

/** Marks the HTML this node writes for the clipboard, so a paste within Copydesk brings it back whole. */
const DATA_ATTRIBUTE = 'data-copydesk-pullquote';

/**
 * A pull-quote: a passage lifted verbatim from the body and set at a chosen
 * point, optionally attributed. Its words are data, not editable text, so
 * the body's word count and the house-style checks never see them twice.
 */
export class PullQuoteNode extends BlockCardNode {
  __text: string;
  __attribution: string;

  static override getType(): string {
    return PULL_QUOTE_TYPE;
  }

  static override clone(node: PullQuoteNode): PullQuoteNode {
    return new PullQuoteNode(node.__text, node.__attribution, node.__key);
  }

  static override importJSON(json: Record<string, unknown>): PullQuoteNode {
    return $createPullQuoteNode(stringField(json, 'text', MAX_TEXT), stringField(json, 'attribution', MAX_ATTRIBUTION));
  }

  static override importDOM(): DOMConversionMap | null {
    return {
      figure: (element: HTMLElement) =>
        element.hasAttribute(DATA_ATTRIBUTE) ? { conversion: convertPullQuoteElement, priority: 3 } : null,
    };
  }

  constructor(text = '', attribution = '', key?: NodeKey) {
    super(key);
    this.__text = text;
    this.__attribution = attribution;
  }

  override exportJSON(): SerializedPullQuoteNode & SerializedLexicalNode {
    return { type: PULL_QUOTE_TYPE, version: 1, text: this.getText(), attribution: this.getAttribution() };
  }

  override exportDOM(): DOMExportOutput {
    const figure = document.createElement('figure');
    figure.setAttribute(DATA_ATTRIBUTE, '');
    figure.className = 'cd-pullquote';
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

  protected override themeEntry(): 'image' | 'pullQuote' | 'endMark' {
    return 'pullQuote';
  }

  /** Copied as plain text, the pull-quote reads as its own paragraph. */
  override getTextContent(): string {
    return `${this.getText()}\n\n`;
  }

  getText(): string {
    return this.getLatest().__text;
  }

  getAttribution(): string {
    return this.getLatest().__attribution;
  }

  setAttribution(attribution: string): this {
    const writable = this.getWritable();
    writable.__attribution = attribution.slice(0, MAX_ATTRIBUTION);
    return writable;
  }

  override decorate(): JSX.Element {
    return <PullQuoteView nodeKey={this.__key} text={this.__text} attribution={this.__attribution} />;
  }
}

function convertPullQuoteElement(element: HTMLElement): DOMConversionOutput {
  const text = element.querySelector('blockquote')?.textContent ?? '';
  const attribution = element.querySelector('figcaption')?.textContent ?? '';
  return { node: $createPullQuoteNode(text.trim(), attribution.trim()) };
}

export function $createPullQuoteNode(text: string, attribution = ''): PullQuoteNode {
  return $applyNodeReplacement(new PullQuoteNode(text.slice(0, MAX_TEXT), attribution.slice(0, MAX_ATTRIBUTION)));
}

export function $isPullQuoteNode(node: LexicalNode | null | undefined): node is PullQuoteNode {
  return node instanceof PullQuoteNode;
}
