import type { Klass, LexicalNode } from 'lexical';
import type { ExportWarningCode } from '../shared/export/export-warning';
import type { HtmlOutput } from '../shared/export/html-output';
import type { CheckBlock } from '../shared/house-style/document';
import type { DomElement, DomParent } from '../shared/html-import/dom-nodes';
import type { ImportWarningCode } from '../shared/html-import/import-warning';
import type { SerializedLexicalNode } from '../shared/nodes/lexical-json';
import type { Settings } from '../shared/settings/settings-schema';
import type { FieldChange } from '../shared/story/field-change';

/** A node as read from stored JSON: nothing about its fields is trusted. */
export interface JsonNode {
  type: string;
  [field: string]: unknown;
}

/** What the exporter lends a node's HTML writer. */
export interface NodeHtmlWriter {
  /** The HTML so far, as pieces joined once at the end. */
  readonly out: string[];
  readonly output: HtmlOutput;
  readonly settings: Pick<Settings, 'assetBaseUrl'>;
  /** A warning about this node, at its place in the body. */
  warn(code: ExportWarningCode, message: string): void;
  /** Says visible content was written, so the element around the node is kept. */
  wroteContent(): void;
  /** Whether the node stands inside a link, where it must not write a link of its own. */
  isInLink(): boolean;
  /**
   * Numbers the node in document order among the nodes of its type: 1 for
   * the first that asks in this body. Those nodes are handed, in that order,
   * to its `writeAfterBody` (a footnote's note follows the body).
   */
  number(node: JsonNode): number;
}

/** How a node is written in the exported HTML (docs/export-format.md). */
export interface NodeHtmlExport {
  /** The node standing at block level (also as a block inside a list item or table cell). */
  writeBlock(node: JsonNode, writer: NodeHtmlWriter): void;
  /**
   * The node inside text. Absent for a node that only stands as a block:
   * inside text that one is left out with a warning.
   */
  writeInline?(node: JsonNode, writer: NodeHtmlWriter): void;
  /**
   * When the node stands right after a paragraph and closes it, the HTML it
   * adds at that paragraph's end; null when it does not (or cannot) close one.
   */
  paragraphEnding?(node: unknown): string | null;
  /**
   * What the node writes after the body (in the article form inside the
   * article, before its footer), given the nodes of its type that took a
   * `number` while the body was written; never called when none did.
   */
  writeAfterBody?(numbered: readonly JsonNode[], out: string[]): void;
}

/** How the HTML import reads the node back from our own export (and from other sites' like markup). */
export interface NodeHtmlImport {
  /** The elements whose markup may stand for this node as a block of its own, e.g. `figure`. */
  readonly blockElements?: readonly string[];
  /** The node such an element holds, or null when it is not this node's; `typography` sets the house typography on its text. */
  readBlock?(element: DomElement, typography: boolean): SerializedLexicalNode | null;
  /**
   * An element inside text that is this node's mark closing the paragraph it
   * stands in (the end mark's span), read into the node placed after that
   * paragraph; null when it is not one.
   */
  readParagraphEnd?(element: DomElement): SerializedLexicalNode | null;
  /**
   * For a node whose markup is split over the page (a footnote's reference
   * in the text, its note in a list at the end): reads the page first and
   * returns how to read its elements as the body is walked; null when the
   * page holds none of its markup. `page` is the whole page, which may hold
   * more than the body (our article's notes follow its body).
   */
  readPage?(page: DomParent, typography: boolean): NodePageReader | null;
}

/** How the HTML import reads one page's markup of a node split over the page (NodeHtmlImport.readPage). */
export interface NodePageReader {
  /** Whether the element was read with the page and stays out of the body (a list of notes). */
  leavesOut(element: DomElement): boolean;
  /** What an element inside text stands for; null when it is not this node's markup. */
  readInline(element: DomElement): InlineRead | null;
}

/** The node, or, when its other half is missing, the text kept in its place and the warning that says so. */
export type InlineRead = { node: SerializedLexicalNode } | { text: string; warning: ImportWarningCode; subject: string };

/**
 * Everything the layers that work on stored JSON (exporter, importer,
 * house-style checker, word count) need to know about one of Copydesk's own
 * nodes. Its editor part (src/nodes/<node>/editor/node-editor.ts) is found by
 * the renderer beside it.
 */
export interface NodeDefinition {
  /** Lexical's node type, as stored in the body's JSON. */
  readonly type: string;
  /**
   * Its Lexical class without a view (type, properties, JSON): the class the
   * editor's node extends, and the one a headless editor registers (the
   * story document, src/shared/newsroom).
   */
  readonly node: Klass<LexicalNode>;
  readonly html: NodeHtmlExport;
  readonly htmlImport: NodeHtmlImport;
  /** The node as the house-style checker reads a stored body: one block of its own kind; absent when the checker leaves it out. */
  checkBlock?(node: JsonNode, key: string): CheckBlock;
  /** Whether its text is body copy (counted as words, searched, quoted from); captions and quotes are not. */
  readonly bodyText: boolean;
  /**
   * What the history lists as changed between two versions' nodes of this
   * type (each in reading order), beyond the body text's own word diff;
   * absent when the word diff shows it all.
   */
  compareInHistory?(older: readonly JsonNode[], newer: readonly JsonNode[]): FieldChange[];
}
