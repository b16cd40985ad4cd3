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
import type { CheckBlock } from '../../../shared/house-style/document';
import type { SerializedPullQuoteNode } from '../pull-quote-schema';
import { PULL_QUOTE_CLASS, PULL_QUOTE_TYPE } from '../pull-quote-names';
import { stringField } from '../../../renderer/editor/cards/json-fields';
import type { PullQuoteFields } from './pull-quote-fields';
import { PullQuoteView } from './PullQuoteView';
import { BlockCardNode } from '../../../renderer/editor/cards/block-card-node';

/** Schema limits (../pull-quote-schema.ts). */
const MAX_TEXT = 2_000;
const MAX_ATTRIBUTION = 300;

/** Marks the HTML this node writes for the clipboard, so a paste within Copydesk brings it back whole. */
const DATA_ATTRIBUTE = 'data-copydesk-pullquote';
/** The marker's value for an edited quote, so copying one within Copydesk keeps it edited. */
const EDITED = 'edited';

/**
 * A pull-quote: a passage lifted verbatim from the body and set at a chosen
 * point, optionally attributed, or one the desk trimmed or reworded and keeps
 * as an edited quote. Its words are data, not editable text, so
 * the body's word count and the house-style checks never see them twice.
 */
export class PullQuoteNode extends BlockCardNode implements PullQuoteFields {
  __text: string;
  __attribution: string;
  __edited: boolean;

  static override getType(): string {
    return PULL_QUOTE_TYPE;
  }

  static override clone(node: PullQuoteNode): PullQuoteNode {
    return new PullQuoteNode(node.__text, node.__attribution, node.__edited, node.__key);
  }

  /** Any version: a version 1 node has no `edited` and reads as not edited (upgradePullQuoteNode). */
  static override importJSON(json: Record<string, unknown>): PullQuoteNode {
    return $createPullQuoteNode(stringField(json, 'text', MAX_TEXT), stringField(json, 'attribution', MAX_ATTRIBUTION), json.edited === true);
  }

  static override importDOM(): DOMConversionMap | null {
    return {
      figure: (element: HTMLElement) =>
        element.hasAttribute(DATA_ATTRIBUTE) ? { conversion: convertPullQuoteElement, priority: 3 } : null,
    };
  }

  constructor(text = '', attribution = '', edited = false, key?: NodeKey) {
    super(key);
    this.__text = text;
    this.__attribution = attribution;
    this.__edited = edited;
  }

  override exportJSON(): SerializedPullQuoteNode & SerializedLexicalNode {
    return { type: PULL_QUOTE_TYPE, version: 2, text: this.getText(), attribution: this.getAttribution(), edited: this.isEdited() };
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

  /** Whether the desk keeps it as an edited quote: not checked word for word against the body. */
  isEdited(): boolean {
    return this.getLatest().__edited;
  }

  setAttribution(attribution: string): this {
    const writable = this.getWritable();
    writable.__attribution = attribution.slice(0, MAX_ATTRIBUTION);
    return writable;
  }

  /** New words for the quote. An edited quote stays edited: the desk already answers for its wording. */
  setText(text: string): this {
    const writable = this.getWritable();
    writable.__text = text.slice(0, MAX_TEXT);
    return writable;
  }

  setEdited(edited: boolean): this {
    const writable = this.getWritable();
    writable.__edited = edited;
    return writable;
  }

  override checkBlock(key: string): CheckBlock {
    return { key, kind: 'pullquote', text: this.getText(), ...(this.isEdited() ? { editedQuote: true } : {}) };
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

export function $createPullQuoteNode(text: string, attribution = '', edited = false): PullQuoteNode {
  return $applyNodeReplacement(new PullQuoteNode(text.slice(0, MAX_TEXT), attribution.slice(0, MAX_ATTRIBUTION), edited));
}

export function $isPullQuoteNode(node: LexicalNode | null | undefined): node is PullQuoteNode {
  return node instanceof PullQuoteNode;
}
