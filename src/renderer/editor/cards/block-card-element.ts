import type { EditorConfig } from 'lexical';

/**
 * The wrapper the editor draws a block card (image, pull-quote, end mark)
 * in: classed from the editor theme (`blockCard`), drawn once and never
 * patched, since React renders everything inside it.
 */
export function blockCardElement(config: EditorConfig): HTMLElement {
  const element = document.createElement('div');
  const className = config.theme.blockCard;
  if (typeof className === 'string') element.className = className;
  return element;
}
