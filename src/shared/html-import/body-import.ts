import type { SerializedLexicalNode } from '../nodes/lexical-json';
import type { ImportWarning } from './import-warning';

/** What a paste or an import gives the body. */
export interface BodyImport {
  /** Lexical 0.52 serialized nodes for the body's top level, ready for `$parseSerializedNode` or a stored body's root. */
  nodes: SerializedLexicalNode[];
  /** What could not be brought in, in document order; each distinct one once. */
  warnings: ImportWarning[];
}

/** Deeper element nesting than this is garbage, not a story; it still gives its text. */
export const MAX_IMPORT_DEPTH = 200;

/** About 150,000 words of short paragraphs: far beyond any story, well inside the store's 20 MB body. */
export const MAX_IMPORT_NODES = 100_000;

/** Characters read at most; past this a paste is cut (and reported) before parsing. */
export const MAX_IMPORT_CHARS = 32 * 1024 * 1024;
