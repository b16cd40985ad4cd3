import { DecoratorNode, type EditorConfig } from 'lexical';
import type { JSX } from 'react';

/** The theme entries that name a block card's wrapper class. */
type CardTheme = 'image' | 'pullQuote' | 'endMark';

/**
 * What the body's block cards (image, pull-quote, end mark) share: a block
 * wrapper classed from the editor theme, drawn once and never patched,
 * since React renders everything inside it.
 */
export abstract class BlockCardNode extends DecoratorNode<JSX.Element> {
  protected abstract themeEntry(): CardTheme;

  override createDOM(config: EditorConfig): HTMLElement {
    const element = document.createElement('div');
    const className = config.theme[this.themeEntry()];
    if (typeof className === 'string') element.className = className;
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }
}
