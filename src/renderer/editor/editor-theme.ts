import type { EditorThemeClasses } from 'lexical';

/** Class names for the body's elements; the look lives in styles/editor.css and mirrors the published article. */
export const editorTheme: EditorThemeClasses = {
  root: 'body-text',
  paragraph: 'body-text__p',
  heading: { h2: 'body-text__h2', h3: 'body-text__h3' },
  quote: 'body-text__quote',
  list: {
    ul: 'body-text__ul',
    ol: 'body-text__ol',
    listitem: 'body-text__li',
    nested: { listitem: 'body-text__li--nested' },
  },
  link: 'body-text__link',
  hr: 'body-text__hr',
  hrSelected: 'is-selected',
  text: {
    bold: 'body-text__bold',
    italic: 'body-text__italic',
    underline: 'body-text__underline',
    strikethrough: 'body-text__strike',
    code: 'body-text__code',
  },
  table: 'body-text__table',
  tableCell: 'body-text__td',
  tableCellHeader: 'body-text__th',
  /** The wrapper of every block card (src/renderer/editor/cards/block-card-element.ts): image, pull-quote, end mark. */
  blockCard: 'body-block',
};
