import { $exportNodeJSON, $getNodeByKey, $getRoot, $isElementNode, type EditorState, type LexicalNode, type NodeKey, type SerializedElementNode, type SerializedLexicalNode } from 'lexical';
import type { BodyEdit } from '../../shared/story/story-schema';

type Block = BodyEdit['insert'][number];

/** A node's JSON with its children's, as the editor state's own toJSON writes it. */
function $nodeJSON(node: LexicalNode): SerializedLexicalNode {
  const json = $exportNodeJSON(node) as SerializedLexicalNode;
  if ($isElementNode(node)) {
    const { children } = json as SerializedElementNode;
    for (const child of node.getChildren()) children.push($nodeJSON(child));
  }
  return json;
}

/**
 * Whether the node under `key` and everything inside it are the very objects
 * `before` held. A committed editor state is never changed in place: an
 * edited node is a new object (its parent keeps its object when only a
 * child's text changed, hence the walk down), so same objects mean the same
 * JSON, and nothing needs serialising to know it.
 */
function unchangedSince(key: NodeKey, before: EditorState, after: EditorState): boolean {
  const node = after._nodeMap.get(key);
  if (node === undefined || before._nodeMap.get(key) !== node) return false;
  if (!$isElementNode(node)) return true;
  for (let child = node.__first; child !== null; child = after._nodeMap.get(child)?.__next ?? null) {
    if (!unchangedSince(child, before, after)) return false;
  }
  return true;
}

/** The root's own JSON (direction, format, indent…), without its blocks. */
function rootJSON(state: EditorState): string {
  return state.read(() => JSON.stringify($exportNodeJSON($getRoot())));
}

/**
 * The edit that turns the body of `before` into the body of `after`, for two
 * states of the same editor: the blocks between those left alone at the
 * start and at the end, with only those serialised, so a save after a burst
 * of typing costs the paragraph typed into rather than the story. Undefined
 * when the root itself changed: then the whole body goes.
 */
export function blockEditBetween(before: EditorState, after: EditorState): BodyEdit | undefined {
  if (before._nodeMap.get('root') !== after._nodeMap.get('root') && rootJSON(before) !== rootJSON(after)) return undefined;
  const base = before.read(() => $getRoot().getChildrenKeys());
  const next = after.read(() => $getRoot().getChildrenKeys());
  const shorter = Math.min(base.length, next.length);
  const unchangedAt = (baseIndex: number, nextIndex: number) => {
    const key = next[nextIndex]!;
    return base[baseIndex] === key && unchangedSince(key, before, after);
  };
  let start = 0;
  while (start < shorter && unchangedAt(start, start)) start += 1;
  let end = 0;
  while (end < shorter - start && unchangedAt(base.length - 1 - end, next.length - 1 - end)) end += 1;
  const insert = after.read(() => next.slice(start, next.length - end).map((key) => $nodeJSON($getNodeByKey(key)!) as Block));
  return { baseBlocks: base.length, at: start, remove: base.length - start - end, insert };
}
