import {
  $isElementNode,
  $parseSerializedNode,
  type ElementNode,
  type LexicalNode,
  type LexicalUpdateJSON,
  type SerializedLexicalNode,
} from 'lexical';

type NodeJson = SerializedLexicalNode & { children?: NodeJson[] };

/** A node and its children as the body's JSON holds it (what editorState.toJSON() writes for it). */
export function $nodeJson(node: LexicalNode): NodeJson {
  const json: NodeJson = node.exportJSON();
  if ($isElementNode(node)) json.children = node.getChildren().map($nodeJson);
  return json;
}

/**
 * Makes `node` what `json` describes with the smallest change to the tree:
 * a node of the same type is updated in place (a text node keeps its key,
 * so the binding sends only the characters that changed), one of another
 * type is replaced. Within an editor update.
 */
export function $reconcileNode(node: LexicalNode, json: NodeJson, known = JSON.stringify($nodeJson(node))): void {
  if (known === JSON.stringify(json)) return;
  if (node.getType() !== json.type) {
    node.replace($parseSerializedNode(json));
    return;
  }
  const { children, ...own } = json;
  node.updateFromJSON(own as LexicalUpdateJSON<SerializedLexicalNode>);
  if ($isElementNode(node)) $reconcileChildren(node, children ?? []);
}

/**
 * Makes `parent`'s children those `next` describes: the children left alone
 * at the start and at the end are kept, those between are paired in order
 * and reconciled, and the rest removed or inserted. Typing in one paragraph
 * changes that paragraph's text; splitting one keeps the first half in place.
 */
export function $reconcileChildren(parent: ElementNode, next: readonly NodeJson[]): void {
  const current = parent.getChildren();
  const currentJson = current.map((child) => JSON.stringify($nodeJson(child)));
  const nextJson = next.map((child) => JSON.stringify(child));
  const shorter = Math.min(current.length, next.length);
  let start = 0;
  while (start < shorter && currentJson[start] === nextJson[start]) start += 1;
  let end = 0;
  while (end < shorter - start && currentJson[current.length - 1 - end] === nextJson[next.length - 1 - end]) end += 1;
  $replaceChildren(parent, start, current.length - start - end, next.slice(start, next.length - end), currentJson.slice(start));
}

/**
 * Replaces `remove` children of `parent` from `at` with the nodes `insert`
 * describes, pairing them in order so that a changed block is edited in
 * place rather than deleted and written again (a bodyEdit is applied so).
 */
export function $replaceChildren(
  parent: ElementNode,
  at: number,
  remove: number,
  insert: readonly NodeJson[],
  knownJson: readonly string[] = [],
): void {
  const replaced = parent.getChildren().slice(at, at + remove);
  const paired = Math.min(replaced.length, insert.length);
  for (let i = 0; i < paired; i += 1) $reconcileNode(replaced[i]!, insert[i]!, knownJson[i]);
  for (const extra of replaced.slice(paired)) extra.remove();
  const added = insert.slice(paired).map((json) => $parseSerializedNode(json));
  if (added.length === 0) return;
  const before = at + paired === 0 ? null : parent.getChildAtIndex(at + paired - 1);
  if (before === null) {
    const first = parent.getFirstChild();
    if (first === null) parent.append(...added);
    else for (const node of added) first.insertBefore(node);
  } else {
    let previous = before;
    for (const node of added) {
      previous.insertAfter(node);
      previous = node;
    }
  }
}
