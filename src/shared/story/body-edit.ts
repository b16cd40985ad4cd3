import type { BodyEdit, StoryBody } from './story-schema';

/** A body as compared for an edit: each top-level block's JSON, and the root's without its blocks. */
export type BodyBlocks = { root: string; blocks: string[] };

export function bodyBlocksOf(body: StoryBody): BodyBlocks {
  const { children, ...root } = body.root;
  return { root: JSON.stringify(root), blocks: children.map((block) => JSON.stringify(block)) };
}

/**
 * The edit that turns `base` into `body`: the blocks between those left
 * alone at the start and at the end, so a burst of typing in one paragraph
 * sends that paragraph. Undefined when the root itself changed: then the
 * whole body goes.
 */
export function bodyEditBetween(base: BodyBlocks, body: StoryBody, next: BodyBlocks = bodyBlocksOf(body)): BodyEdit | undefined {
  if (next.root !== base.root) return undefined;
  const shorter = Math.min(base.blocks.length, next.blocks.length);
  let start = 0;
  while (start < shorter && base.blocks[start] === next.blocks[start]) start += 1;
  let end = 0;
  while (end < shorter - start && base.blocks[base.blocks.length - 1 - end] === next.blocks[next.blocks.length - 1 - end]) end += 1;
  return {
    baseBlocks: base.blocks.length,
    at: start,
    remove: base.blocks.length - start - end,
    insert: body.root.children.slice(start, next.blocks.length - end),
  };
}

/** The body after `edit`, or undefined when the edit was made for a body with other blocks. */
export function applyBodyEdit(body: StoryBody, edit: BodyEdit): StoryBody | undefined {
  const { children } = body.root;
  if (edit.baseBlocks !== children.length || edit.at + edit.remove > children.length) return undefined;
  return {
    ...body,
    root: { ...body.root, children: [...children.slice(0, edit.at), ...edit.insert, ...children.slice(edit.at + edit.remove)] },
  };
}
