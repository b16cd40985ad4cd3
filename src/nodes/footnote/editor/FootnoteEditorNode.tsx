import { $create, type DOMConversionMap, type DOMExportOutput } from 'lexical';
import type { JSX } from 'react';
import { FOOTNOTE_REF_CLASS, FOOTNOTE_TYPE } from '../footnote-names';
import { FootnoteNode } from '../footnote-node';
import { FootnoteView } from './FootnoteView';

/** Marks the HTML this node writes for the clipboard, holding the note, so a paste within Copydesk brings it back whole. */
const DATA_ATTRIBUTE = 'data-copydesk-footnote';

/** The footnote as the body editor draws it: a numbered marker that opens its note. */
export class FootnoteEditorNode extends FootnoteNode {
  override $config() {
    return this.config(FOOTNOTE_TYPE, { extends: FootnoteNode });
  }

  static override importDOM(): DOMConversionMap | null {
    return {
      sup: (element: HTMLElement) =>
        element.hasAttribute(DATA_ATTRIBUTE)
          ? { conversion: () => ({ node: $createFootnoteNode(element.getAttribute(DATA_ATTRIBUTE) ?? '') }), priority: 3 }
          : null,
    };
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

  override decorate(): JSX.Element {
    return <FootnoteView nodeKey={this.__key} text={this.__text} />;
  }
}

export function $createFootnoteNode(text = ''): FootnoteEditorNode {
  return $create(FootnoteEditorNode).setText(text);
}
