import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { SerializedLexicalNode } from '../../../src/shared/nodes/lexical-json';
import { body, createBodyTestEditor, loadBody } from '../../renderer/editor/editor-fixtures';

export function fixture(name: string): string {
  return readFileSync(join(__dirname, 'fixtures', name), 'utf8');
}

type Node = SerializedLexicalNode;

/** The visible text of a node, line breaks as \n. */
export function textOf(node: Node): string {
  if (node.type === 'text') return node.text as string;
  if (node.type === 'linebreak') return '\n';
  return (node.children ?? []).map(textOf).join('');
}

/**
 * What a person sees, one line per block: `h2 Title`, `p Text`, list items
 * indented under `ul`/`ol`, table rows as `| a | b |` (th cells as `*a*`),
 * `quote`, `hr`, `endmark`, `pullquote Text — Attribution`, `image sha.ext`.
 */
export function outline(nodes: readonly Node[], depth = 0): string[] {
  const pad = '  '.repeat(depth);
  const lines: string[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph':
        lines.push(`${pad}p ${textOf(node)}`);
        break;
      case 'heading':
        lines.push(`${pad}${node.tag as string} ${textOf(node)}`);
        break;
      case 'quote':
        lines.push(`${pad}quote ${textOf(node)}`);
        break;
      case 'list':
        lines.push(`${pad}${node.tag as string}${node.start !== 1 ? ` start=${node.start as number}` : ''}`);
        for (const item of node.children ?? []) {
          const only = item.children?.length === 1 ? item.children[0] : undefined;
          if (only?.type === 'list') lines.push(...outline([only], depth + 1));
          else lines.push(`${pad}  li ${textOf(item)}`);
        }
        break;
      case 'table':
        lines.push(`${pad}table`);
        for (const row of node.children ?? []) {
          const cells = (row.children ?? []).map((cell) => {
            const text = (cell.children ?? []).map(textOf).join(' / ');
            const span = (cell.colSpan as number) > 1 ? ` (${cell.colSpan as number} cols)` : '';
            return (cell.headerState as number) > 0 ? `*${text}*${span}` : `${text}${span}`;
          });
          lines.push(`${pad}  | ${cells.join(' | ')} |`);
        }
        break;
      case 'horizontalrule':
      case 'endmark':
        lines.push(`${pad}${node.type === 'horizontalrule' ? 'hr' : 'endmark'}`);
        break;
      case 'pullquote':
        lines.push(`${pad}pullquote ${node.text as string} — ${node.attribution as string}`);
        break;
      case 'image':
        lines.push(`${pad}image ${node.sha256 as string}.${node.ext as string}`);
        break;
      default:
        lines.push(`${pad}${node.type}?`);
    }
  }
  return lines;
}

/** Every text node with formatting, as [text, format bits], in document order. */
export function formattedRuns(nodes: readonly Node[]): Array<[string, number]> {
  const runs: Array<[string, number]> = [];
  const visit = (node: Node) => {
    if (node.type === 'text' && (node.format as number) !== 0) runs.push([node.text as string, node.format as number]);
    for (const child of node.children ?? []) visit(child);
  };
  nodes.forEach(visit);
  return runs;
}

/** Every link as [text, url]. */
export function links(nodes: readonly Node[]): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  const visit = (node: Node) => {
    if (node.type === 'link') found.push([textOf(node), node.url as string]);
    for (const child of node.children ?? []) visit(child);
  };
  nodes.forEach(visit);
  return found;
}

/** All text in the nodes, custom nodes' fields included. */
export function allText(nodes: readonly Node[]): string {
  return JSON.stringify(nodes);
}

/**
 * The nodes load into the real body editor (its registered nodes, Lexical's
 * own parser) and come back out unchanged: the JSON is exactly what the
 * editor itself would store.
 */
export function expectEditorAccepts(nodes: readonly Node[]): void {
  const editor = createBodyTestEditor();
  loadBody(editor, body(...nodes));
  const stored = editor.getEditorState().toJSON().root.children as unknown as Node[];
  expect(stored).toEqual(nodes);
}
