import type { LexicalNode, LexicalUpdateJSON, SerializedLexicalNode } from 'lexical';
import type { CheckBlock } from '../../shared/house-style/document';
import { BlockCardNode } from '../block-card-node';
import { stringField } from '../json-fields';
import { MAX_PULL_QUOTE_ATTRIBUTION, MAX_PULL_QUOTE_TEXT, PULL_QUOTE_TYPE } from './pull-quote-names';
import type { SerializedPullQuoteNode } from './pull-quote-schema';

/**
 * A pull-quote: a passage lifted verbatim from the body and set at a chosen
 * point, optionally attributed, or one the desk trimmed or reworded and keeps
 * as an edited quote. Its words are plain properties (not a nested editor),
 * so the body's word count and the house-style checks never see them twice,
 * and the story document carries each as one value. The editor's class
 * (editor/PullQuoteEditorNode.tsx) adds the card's view.
 */
export class PullQuoteNode extends BlockCardNode {
  __text = '';
  __attribution = '';
  __edited = false;

  override $config() {
    // No `extends`: BlockCardNode is abstract, which the config's type refuses; Lexical reads the superclass from the prototype chain.
    return this.config(PULL_QUOTE_TYPE, {});
  }

  override afterCloneFrom(prevNode: this): void {
    super.afterCloneFrom(prevNode);
    this.__text = prevNode.__text;
    this.__attribution = prevNode.__attribution;
    this.__edited = prevNode.__edited;
  }

  /** Any version: a version 1 node has no `edited` and reads as not edited (upgradePullQuoteNode). */
  override updateFromJSON(json: LexicalUpdateJSON<SerializedLexicalNode>): this {
    return super
      .updateFromJSON(json)
      .setText(stringField(json, 'text', MAX_PULL_QUOTE_TEXT))
      .setAttribution(stringField(json, 'attribution', MAX_PULL_QUOTE_ATTRIBUTION))
      .setEdited((json as Record<string, unknown>).edited === true);
  }

  override exportJSON(): SerializedPullQuoteNode & SerializedLexicalNode {
    return { type: PULL_QUOTE_TYPE, version: 2, text: this.getText(), attribution: this.getAttribution(), edited: this.isEdited() };
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
    writable.__attribution = attribution.slice(0, MAX_PULL_QUOTE_ATTRIBUTION);
    return writable;
  }

  /** New words for the quote. An edited quote stays edited: the desk already answers for its wording. */
  setText(text: string): this {
    const writable = this.getWritable();
    writable.__text = text.slice(0, MAX_PULL_QUOTE_TEXT);
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
}

export function $isPullQuoteNode(node: LexicalNode | null | undefined): node is PullQuoteNode {
  return node instanceof PullQuoteNode;
}
