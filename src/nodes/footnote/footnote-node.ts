import { DecoratorNode, type LexicalNode, type LexicalUpdateJSON, type SerializedLexicalNode } from 'lexical';
import { stringField } from '../json-fields';
import { FOOTNOTE_TYPE, MAX_FOOTNOTE_TEXT } from './footnote-names';
import type { SerializedFootnoteNode } from './footnote-schema';

/**
 * A footnote: a numbered marker inside the text, holding its note. The note
 * is a plain property (not a nested editor), so the word count and the
 * house-style checks never read it as the story's words, and the story
 * document carries it as one value. The editor's class
 * (editor/FootnoteEditorNode.tsx) adds the marker's view.
 */
export class FootnoteNode extends DecoratorNode<unknown> {
  __text = '';

  override $config() {
    return this.config(FOOTNOTE_TYPE, { extends: DecoratorNode });
  }

  override afterCloneFrom(prevNode: this): void {
    super.afterCloneFrom(prevNode);
    this.__text = prevNode.__text;
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedLexicalNode>): this {
    return super.updateFromJSON(json).setText(stringField(json, 'text', MAX_FOOTNOTE_TEXT));
  }

  override exportJSON(): SerializedFootnoteNode & SerializedLexicalNode {
    return { type: FOOTNOTE_TYPE, version: 1, text: this.getText() };
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
}

export function $isFootnoteNode(node: LexicalNode | null | undefined): node is FootnoteNode {
  return node instanceof FootnoteNode;
}
