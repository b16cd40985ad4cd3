import { TEXT_FORMAT } from '../nodes/lexical-json';

/** What a pasted element is to the story: the element's own markup is never kept, only what it means. */

/** Left out with everything inside: code, metadata, media, form controls, and Office's drawing and layout islands. */
export const DROPPED_ELEMENTS = new Set([
  'script',
  'style',
  'head',
  'title',
  'meta',
  'link',
  'base',
  'noscript',
  'template',
  'xml',
  'nav',
  'svg',
  'input',
  'label',
  'button',
  'select',
  'option',
  'optgroup',
  'datalist',
  'textarea',
  'map',
  'area',
  'source',
  'track',
  'param',
  'wbr',
  'col',
  'colgroup',
  'rp',
]);

/** Left out and reported: content the reader would miss (a video, a map, an embedded post). */
export const EMBEDDED_ELEMENTS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'video', 'audio', 'canvas', 'math']);

/**
 * Namespaced Office tags left out with their content: o: (Office extras such
 * as the empty-paragraph filler `<o:p>&nbsp;</o:p>`), v: (VML drawings) and
 * m: (equations, which Word also writes as a picture). Others, such as Word's
 * `w:Sdt` content controls and `st1:` smart tags, wrap the document's own
 * text: their tags go and their text stays.
 */
export function isDroppedNamespace(name: string): boolean {
  return name.startsWith('o:') || name.startsWith('v:') || name.startsWith('m:');
}

/** Elements that start and end a block of text (a paragraph boundary). */
export const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'body',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hgroup',
  'html',
  'legend',
  'li',
  'main',
  'p',
  'search',
  'section',
  'summary',
  // Inside a table cell a nested table only separates blocks.
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
]);

export const HEADING_LEVELS: Readonly<Record<string, 'h2' | 'h3'>> = {
  h1: 'h2',
  h2: 'h2',
  h3: 'h3',
  h4: 'h3',
  h5: 'h3',
  h6: 'h3',
};

/** Format bits that inline tags stand for. Underline is not among them: on the web it reads as a link. */
export const FORMAT_ELEMENTS: Readonly<Record<string, number>> = {
  b: TEXT_FORMAT.bold,
  strong: TEXT_FORMAT.bold,
  i: TEXT_FORMAT.italic,
  em: TEXT_FORMAT.italic,
  cite: TEXT_FORMAT.italic,
  dfn: TEXT_FORMAT.italic,
  var: TEXT_FORMAT.italic,
  s: TEXT_FORMAT.strikethrough,
  strike: TEXT_FORMAT.strikethrough,
  del: TEXT_FORMAT.strikethrough,
  sub: TEXT_FORMAT.subscript,
  sup: TEXT_FORMAT.superscript,
  mark: TEXT_FORMAT.highlight,
  code: TEXT_FORMAT.code,
  kbd: TEXT_FORMAT.code,
  samp: TEXT_FORMAT.code,
  tt: TEXT_FORMAT.code,
};

/** Word's paragraph styles that are block quotations. */
export const WORD_QUOTE_CLASSES = /\bMso(?:Intense)?Quote\b/;

/** Word's reviewing comments: their anchors ([A1]), reference marks and the comment texts at the end. */
export const WORD_COMMENT_CLASSES = /\b(?:msocom\w*|MsoCommentReference|MsoCommentText)\b/i;

/**
 * Word's downlevel conditionals whose content is a stand-in for what Word
 * itself draws: the typed-out bullets of its lists, a second line break,
 * a filler space, a layout row of empty cells, comment anchors.
 * Other conditionals (footnote numbers, picture fallbacks) show real content.
 */
export const DROPPED_CONDITIONS = /^!support(?:Lists|LineBreakNewLine|EmptyParas|MisalignedColumns|Annotations)$/i;
export const LIST_MARKER_CONDITION = /^!supportLists$/i;

/** The footnote number is real content, but the same conditional also draws the rule above the footnotes. */
export const NOTE_CONDITIONS = /^!support(?:Footnotes|Endnotes)$/i;
