import { blocksFromBody } from '../house-style/blocks-from-body';
import type { JsonNode } from '../../nodes/node-definition';
import { customNodes } from '../../nodes/registry';
import { replacedField, type FieldChange } from './field-change';
import { matchInOrder } from './match-in-order';
import type { StoryBody } from './story-schema';

type Link = { text: string; url: string };
type BodyNode = { type?: unknown; children?: unknown; [field: string]: unknown };

const MAX_DEPTH = 64;

/**
 * What the body's word diff does not show: link URLs, and what each of our
 * own nodes says changed in it (its `compareInHistory`: an image's alt text,
 * a pull-quote's attribution, a footnote's note).
 */
export function compareBodyItems(older: StoryBody | null, newer: StoryBody | null): FieldChange[] {
  return [
    ...compareLinks(linksOf(older), linksOf(newer)),
    ...customNodes.flatMap((node) => node.compareInHistory?.(nodesOf(older, node.type), nodesOf(newer, node.type)) ?? []),
  ];
}

function linksOf(body: StoryBody | null): Link[] {
  return blocksFromBody(body).flatMap((block) => (block.links ?? []).map(({ from, to, url }) => ({ text: block.text.slice(from, to), url })));
}

function compareLinks(older: Link[], newer: Link[]): FieldChange[] {
  const { pairs, removed, added } = matchInOrder(
    older,
    newer,
    (a, b) => a.text === b.text && a.url === b.url,
    // Same words with another address, or the same address under edited words (the body diff shows those).
    (a, b) => a.text === b.text || a.url === b.url,
  );
  return [
    ...pairs.flatMap(([before, after]) => replacedField(`Link URL of “${after.text}”`, before.url, after.url)),
    ...removed.map((link): FieldChange => ({ change: 'removed', label: 'Link removed', text: `“${link.text}” (${link.url})` })),
    ...added.map((link): FieldChange => ({ change: 'added', label: 'Link added', text: `“${link.text}” (${link.url})` })),
  ];
}

/** Every node of one type in the body, in reading order. */
function nodesOf(body: StoryBody | null, type: string): JsonNode[] {
  const out: JsonNode[] = [];
  const walk = (node: BodyNode, depth: number) => {
    if (depth > MAX_DEPTH) return;
    if (node.type === type) out.push(node as JsonNode);
    if (!Array.isArray(node.children)) return;
    for (const child of node.children) if (typeof child === 'object' && child !== null) walk(child as BodyNode, depth + 1);
  };
  if (body !== null) walk(body.root as BodyNode, 0);
  return out;
}
