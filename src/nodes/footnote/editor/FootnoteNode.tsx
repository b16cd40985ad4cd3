import {
  $applyNodeReplacement,
  DecoratorNode,
  type DOMConversionMap,
  type DOMExportOutput,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
} from 'lexical';
import type { JSX } from 'react';
import { stringField } from '../../../renderer/editor/cards/json-fields';
import { FOOTNOTE_REF_CLASS, FOOTNOTE_TYPE, MAX_FOOTNOTE_TEXT } from '../footnote-names';
import type { SerializedFootnoteNode } from '../footnote-schema';
import { FootnoteView } from './FootnoteView';

/** Marks the HTML this node writes for the clipboard, holding the note, so a paste within Copydesk brings it back whole. */
const DATA_ATTRIBUTE = 'data-copydesk-footnote';

/**
 * A footnote: a numbered marker inside the text, holding its note. The
 * note is data, not editable text, so the word count and the house-style
 * checks never read it as the story's words.
 */
export class FootnoteNode extends DecoratorNode<JSX.Element> {
  __text: string;

  static override getType(): string {
    return FOOTNOTE_TYPE;
  }

  static override clone(node: FootnoteNode): FootnoteNode {
    return new FootnoteNode(node.__text, node.__key);
  }

  static override importJSON(json: Record<string, unknown>): FootnoteNode {
    return $createFootnoteNode(stringField(json, 'text', MAX_FOOTNOTE_TEXT));
  }

  static override importDOM(): DOMConversionMap | null {
    return {
      sup: (element: HTMLElement) =>
        element.hasAttribute(DATA_ATTRIBUTE)
          ? { conversion: () => ({ node: $createFootnoteNode(element.getAttribute(DATA_ATTRIBUTE) ?? '') }), priority: 3 }
          : null,
    };
  }

  constructor(text = '', key?: NodeKey) {
    super(key);
    this.__text = text;
  }

  override exportJSON(): SerializedFootnoteNode & SerializedLexicalNode {
    return { type: FOOTNOTE_TYPE, version: 1, text: this.getText() };
  }

  override exportDOM(): DOMExportOutput {
    const mark = document.createElement('sup');
    mark.className = FOOTNOTE_REF_CLASS;
    mark.setAttribute(DATA_ATTRIBUTE, this.getText());
    mark.textContent = '*';
    return { element: mark };
  }

  override createDOM(): HTMLElement {
    const element = document.createElement('span');
    element.className = 'footnote-ref';
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): true {
    return true;
  }

  /** Not the story's words: the word count and the checker read the text without it. */
  override getTextContent(): string {
    return '';
  }

  getText(): string {
    return this.getLatest().__text;
  }

  setText(text: string): this {
    const writable = this.getWritable();
    writable.__text = text.slice(0, MAX_FOOTNOTE_TEXT);
    return writable;
  }

  override decorate(): JSX.Element {
    return <FootnoteView nodeKey={this.__key} text={this.__text} />;
  }
}

export function $createFootnoteNode(text = ''): FootnoteNode {
  return $applyNodeReplacement(new FootnoteNode(text.slice(0, MAX_FOOTNOTE_TEXT)));
}

export function $isFootnoteNode(node: LexicalNode | null | undefined): node is FootnoteNode {
  return node instanceof FootnoteNode;
}
