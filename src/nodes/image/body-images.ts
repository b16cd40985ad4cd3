import { IMAGE_TYPE } from './image-names';

type JsonNode = { type?: unknown; children?: unknown; [field: string]: unknown };

/**
 * Every image node of a serialized body, in reading order, at any depth.
 * Walked with a stack of its own, not by recursion, so a body nested
 * thousands deep cannot exhaust the call stack.
 */
export function imageNodesOf(body: { root: unknown } | null): JsonNode[] {
  if (body === null) return [];
  const found: JsonNode[] = [];
  const pending: unknown[] = [body.root];
  while (pending.length > 0) {
    const node = pending.pop();
    if (typeof node !== 'object' || node === null) continue;
    const { type, children } = node as JsonNode;
    if (type === IMAGE_TYPE) found.push(node as JsonNode);
    // Pushed last child first, so they come off the stack in reading order.
    if (Array.isArray(children)) for (let i = children.length - 1; i >= 0; i -= 1) pending.push(children[i]);
  }
  return found;
}
