/**
 * The parts of Lexical's own serialized node shapes (lexical 0.52) that
 * Copydesk reads without loading Lexical: the exporter, word counts and the
 * search index work on stored JSON alone.
 */

/** TextNode format bits, as in lexical's constants. */
export const TEXT_FORMAT = {
  bold: 1,
  italic: 1 << 1,
  strikethrough: 1 << 2,
  underline: 1 << 3,
  code: 1 << 4,
  subscript: 1 << 5,
  superscript: 1 << 6,
  highlight: 1 << 7,
} as const;

export interface SerializedTextNode {
  type: 'text';
  version: number;
  text: string;
  format: number;
  style: string;
  mode: string;
  detail: number;
}

export interface SerializedElementNode {
  type: string;
  version: number;
  children: SerializedLexicalNode[];
  direction: 'ltr' | 'rtl' | null;
  format: string | number;
  indent: number;
  /** heading: 'h2' | 'h3'; list: 'ul' | 'ol' */
  tag?: string;
  /** link */
  url?: string;
  /** list */
  listType?: 'bullet' | 'number' | 'check';
  start?: number;
  /** tablecell: 0 none, 1 row header, 2 column header, 3 both */
  headerState?: number;
  colSpan?: number;
  rowSpan?: number;
}

/** Any node as stored: element nodes have children, leaves carry their own fields. */
export interface SerializedLexicalNode {
  type: string;
  version: number;
  children?: SerializedLexicalNode[];
  [field: string]: unknown;
}
