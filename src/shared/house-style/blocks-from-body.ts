import type { JsonNode } from '../../nodes/node-definition';
import { customNode } from '../../nodes/registry';
import { TEXT_FORMAT } from '../nodes/lexical-json';
import type { Settings } from '../settings/settings-schema';
import type { Story, StoryBody } from '../story/story-schema';
import type { TextRange } from '../typography';
import { generatedAuthorBio } from '../story/author-bio';
import type { BlockKind, CheckBlock, CheckDocument, LinkRange } from './document';

const TEXT_BLOCKS: ReadonlyMap<string, BlockKind> = new Map([
  ['paragraph', 'paragraph'],
  ['heading', 'heading'],
  ['quote', 'quote'],
  ['listitem', 'listitem'],
]);
const CONTAINERS = new Set(['list', 'table', 'tablerow', 'tablecell']);
const INLINE_CONTAINERS = new Set(['link', 'autolink', 'mark', 'overflow', 'hashtag']);
const MAX_DEPTH = 64;

function isNode(value: unknown): value is JsonNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

function childrenOf(node: JsonNode): JsonNode[] {
  return Array.isArray(node.children) ? node.children.filter(isNode) : [];
}

/** Each child node with its index in the JSON (its path), skipping anything that is not a node. */
function indexedChildren(node: JsonNode): Array<[JsonNode, number]> {
  if (!Array.isArray(node.children)) return [];
  return node.children.flatMap((child: unknown, i: number): Array<[JsonNode, number]> => (isNode(child) ? [[child, i]] : []));
}

function isBlockNode(node: JsonNode): boolean {
  return TEXT_BLOCKS.has(node.type) || CONTAINERS.has(node.type) || customNode(node.type) !== undefined;
}

class InlineText {
  text = '';
  links: LinkRange[] = [];
  code: TextRange[] = [];

  add(node: JsonNode, depth: number): void {
    if (depth > MAX_DEPTH) return;
    if (node.type === 'linebreak') {
      this.text += '\n';
    } else if (node.type === 'tab') {
      this.text += '\t';
    } else if (typeof node.text === 'string') {
      const from = this.text.length;
      this.text += node.text;
      if (typeof node.format === 'number' && (node.format & TEXT_FORMAT.code) !== 0) this.code.push({ from, to: this.text.length });
    } else if (INLINE_CONTAINERS.has(node.type) || !isBlockNode(node)) {
      const from = this.text.length;
      for (const child of childrenOf(node)) this.add(child, depth + 1);
      if ((node.type === 'link' || node.type === 'autolink') && typeof node.url === 'string') {
        this.links.push({ from, to: this.text.length, url: node.url });
      }
    }
  }

  block(key: string, kind: BlockKind): CheckBlock {
    const block: CheckBlock = { key, kind, text: this.text };
    if (this.links.length > 0) block.links = this.links;
    if (this.code.length > 0) block.code = this.code;
    return block;
  }
}

function walkNode(node: JsonNode, key: string, inCell: boolean, depth: number, out: CheckBlock[]): void {
  if (depth > MAX_DEPTH) return;
  const custom = customNode(node.type);
  if (custom !== undefined) {
    const block = custom.checkBlock?.(node, key);
    if (block !== undefined) out.push(block);
    return;
  }
  if (node.type === 'horizontalrule') return;
  const children = childrenOf(node);
  const cell = inCell || node.type === 'tablecell';
  if (CONTAINERS.has(node.type)) {
    for (const [child, i] of indexedChildren(node)) walkNode(child, `${key}.${i}`, cell, depth + 1, out);
    return;
  }
  const kind = TEXT_BLOCKS.get(node.type) ?? 'paragraph';
  const inline = new InlineText();
  if (children.length === 0 && typeof node.text === 'string') inline.add({ type: 'text', text: node.text }, depth + 1);
  for (const child of children) if (!isBlockNode(child)) inline.add(child, depth + 1);
  const hasBlocks = children.some(isBlockNode);
  // A list item's own words come before its nested list, as a block of their own.
  if (!hasBlocks || inline.text.trim() !== '') out.push(inline.block(key, cell && kind === 'paragraph' ? 'tablecell' : kind));
  for (const [child, i] of indexedChildren(node)) {
    if (isBlockNode(child)) walkNode(child, `${key}.${i}`, cell, depth + 1, out);
  }
}

/**
 * The checker's blocks from a stored body (Lexical JSON), in reading order.
 * A block's key is its path of child indexes ("3", "5.0.1"): stable while
 * the JSON is, which is all the CLI needs. Pull-quotes, image captions and
 * the end mark are blocks of their own kinds; link and code-formatted text
 * keep their ranges.
 */
export function blocksFromBody(body: StoryBody | null): CheckBlock[] {
  const out: CheckBlock[] = [];
  if (body === null || !isNode(body.root)) return out;
  for (const [node, i] of indexedChildren(body.root as JsonNode)) walkNode(node, String(i), false, 0, out);
  return out;
}

/** The checker's document for a stored story; with no bio of its own, the line the bylines generate. */
export function documentFromStory(
  story: Pick<Story, 'section' | 'headline' | 'standfirst' | 'body' | 'authorBio' | 'bylines'> & Partial<Pick<Story, 'socialHeadline' | 'socialDescription'>>,
  settings: Pick<Settings, 'bioTemplate'>,
): CheckDocument {
  const generated = story.bylines.length > 0 ? generatedAuthorBio(story.bylines, settings.bioTemplate) : null;
  return {
    section: story.section,
    headline: story.headline,
    standfirst: story.standfirst,
    body: blocksFromBody(story.body),
    bio: story.authorBio ?? generated,
    bylines: story.bylines,
    socialHeadline: story.socialHeadline ?? '',
    socialDescription: story.socialDescription ?? '',
  };
}
