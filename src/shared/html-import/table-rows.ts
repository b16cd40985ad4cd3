import type { SerializedLexicalNode } from '../nodes/lexical-json';
import { HEADER_CELL, paragraphNode, tableCellNode, tableNode, tableRowNode } from './lexical-nodes';

/** A pasted cell: its blocks and its place in the grid. */
export interface CellDraft {
  blocks: SerializedLexicalNode[];
  header: boolean;
  colSpan: number;
  rowSpan: number;
}

/** Larger spans are layout tricks, not data; Word itself stops at 63 columns. */
const MAX_SPAN = 100;

/** A cell's colspan or rowspan attribute; anything unreadable is 1. */
export function spanAttribute(value: string | undefined): number {
  const match = value === undefined ? null : /^\s*(\d{1,4})/.exec(value);
  return match === null ? 1 : Number(match[1]);
}

/**
 * A simple table: rows of cells, header cells marked, spans kept within the
 * table. Rows without cells are left out. Rows of unequal length are left as
 * they are: the editor's table plugin pads them, and the exporter writes
 * them as they stand.
 */
export function tableFromRows(rows: readonly CellDraft[][]): SerializedLexicalNode | null {
  const kept = rows.filter((row) => row.length > 0);
  if (kept.length === 0) return null;
  return tableNode(
    kept.map((cells, r) =>
      tableRowNode(
        cells.map((cell) =>
          tableCellNode(cell.blocks.length > 0 ? cell.blocks : [paragraphNode([])], {
            headerState: cell.header ? HEADER_CELL : 0,
            colSpan: clamp(cell.colSpan, MAX_SPAN),
            rowSpan: clamp(cell.rowSpan, Math.min(MAX_SPAN, kept.length - r)),
          }),
        ),
      ),
    ),
  );
}

function clamp(span: number, max: number): number {
  return Math.min(Math.max(span, 1), max);
}
