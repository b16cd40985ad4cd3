import { customNode } from '../../nodes/registry';
import type { StoryBody } from './story-schema';

type SerializedNode = { type: string; text?: unknown; children?: unknown };

/**
 * Whether a node's text is body copy: pull-quotes, captions and the like
 * (each node says so in src/nodes) do not count as words, nor are they body text.
 */
function isBodyText(type: string): boolean {
  return customNode(type)?.bodyText !== false;
}

/** Between blocks in the plain text; no word can span it (see countWords). */
export const BLOCK_SEPARATOR = '\n\n';

/**
 * The plain text of a story body, one block per paragraph, for word counts and
 * the search index. Works on the stored JSON, so it needs no editor or DOM.
 */
export function bodyPlainText(body: StoryBody | null): string {
  return bodyTextBlocks(body).join(BLOCK_SEPARATOR);
}

/** The plain text of each block that has any, in order: bodyPlainText before the join. */
export function bodyTextBlocks(body: StoryBody | null): string[] {
  const blocks: string[] = [];
  if (body !== null) collectBlocks(body.root.children as SerializedNode[], blocks);
  return blocks;
}

function collectBlocks(nodes: SerializedNode[], out: string[]): void {
  for (const node of nodes) {
    if (!isBodyText(node.type)) continue;
    const children = Array.isArray(node.children) ? (node.children as SerializedNode[]) : [];
    if (children.some(isBlockContainer)) {
      collectBlocks(children, out);
    } else {
      const text = inlineText(node);
      if (text.trim() !== '') out.push(text);
    }
  }
}

function isBlockContainer(node: SerializedNode): boolean {
  return ['paragraph', 'heading', 'quote', 'list', 'listitem', 'table', 'tablerow', 'tablecell'].includes(node.type);
}

function inlineText(node: SerializedNode): string {
  // A node inside text may hold words that are not the story's (a footnote's note).
  if (!isBodyText(node.type)) return '';
  if (typeof node.text === 'string') return node.text;
  if (node.type === 'linebreak') return '\n';
  if (node.type === 'tab') return '\t';
  if (!Array.isArray(node.children)) return '';
  return (node.children as SerializedNode[]).map(inlineText).join('');
}
