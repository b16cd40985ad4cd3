import type { SerializedLexicalNode } from '../nodes/lexical-json';
import { cleanText } from './clean-text';
import { MAX_IMPORT_CHARS, MAX_IMPORT_NODES, type BodyImport } from './body-import';
import { importWarning, type ImportSource } from './import-warning';
import { runsToNodes, type InlineRun } from './inline-runs';
import { paragraphNode } from './lexical-nodes';
import { typesetRuns } from './run-typography';

export interface TextImportOptions {
  source?: ImportSource;
  /** Quotations already open where the first paragraph lands. */
  openQuoteDepth?: number;
  /** Paragraphs and lines after which the rest is left out, with a warning (default MAX_IMPORT_NODES). */
  maxNodes?: number;
}

const BLANK_LINE = /\n[ ]*\n/;
const BLANK_LINES = /\n(?:[ ]*\n)+/;

/**
 * Plain text as body paragraphs, with house typography. When the text has
 * blank lines, they separate paragraphs and a single line end inside one is
 * a line break (text from an e-mail or a web form). Text without any blank
 * line (from a plain editor, one paragraph per line) gives a paragraph per
 * line. Blank paragraphs are left out.
 */
export function textToBodyNodes(text: string, options: TextImportOptions = {}): BodyImport {
  const source = options.source ?? 'paste';
  const maxNodes = options.maxNodes ?? MAX_IMPORT_NODES;
  const tooLong = text.length > MAX_IMPORT_CHARS;
  const cleaned = cleanText(tooLong ? text.slice(0, MAX_IMPORT_CHARS) : text);
  const paragraphs = BLANK_LINE.test(cleaned) ? cleaned.split(BLANK_LINES) : cleaned.split('\n');
  const nodes: SerializedLexicalNode[] = [];
  let count = 0;
  let full = tooLong;
  for (const paragraph of paragraphs) {
    const runs = paragraphRuns(paragraph);
    if (runs.length === 0) continue;
    count += runs.length + 1;
    if (count > maxNodes) {
      full = true;
      break;
    }
    const typeset = typesetRuns(runs, nodes.length === 0 ? (options.openQuoteDepth ?? 0) : 0);
    nodes.push(paragraphNode(runsToNodes(typeset)));
  }
  return { nodes, warnings: full ? [importWarning('too-large', source, '')] : [] };
}

/**
 * Plain text whose first line is empty (it starts with a line end, maybe
 * after spaces): pasted after words, it starts a paragraph of its own, as
 * it would in any text editor, rather than joining the one at the caret.
 */
export function startsNewParagraph(text: string): boolean {
  return /^[ \t\u00A0]*(?:\r\n?|\n|\u2028|\u2029)/.test(text);
}

/** A paragraph's lines, trimmed, with line breaks between them; none when it is blank. */
function paragraphRuns(paragraph: string): InlineRun[] {
  const runs: InlineRun[] = [];
  for (const line of paragraph.split('\n')) {
    const text = line.trim();
    if (text === '') continue;
    if (runs.length > 0) runs.push({ kind: 'linebreak', link: null });
    runs.push({ kind: 'text', text, format: 0, link: null });
  }
  return runs;
}
