import { describe, expect, it } from 'vitest';
import { customNodes } from '../../../src/nodes/registry';
import { bodyEditorNodes, nodeEditorParts } from '../../../src/renderer/editor/editor-nodes';
import { storyBodyNodes } from '../../../src/shared/newsroom/story-body-nodes';

describe("the editor's part of each custom node", () => {
  it('is found for every node of src/nodes/registry.ts, and for no other', () => {
    expect(nodeEditorParts.map((part) => part.type).sort()).toEqual(customNodes.map((node) => node.type).sort());
  });

  it('registers a Lexical node of its own type on the body editor', () => {
    for (const part of nodeEditorParts) {
      expect(part.node.getType()).toBe(part.type);
      expect(bodyEditorNodes).toContain(part.node);
    }
  });

  it("extends the node's own class, so the editor and a headless editor share its properties and JSON", () => {
    for (const part of nodeEditorParts) {
      const definition = customNodes.find((node) => node.type === part.type);
      expect(part.node.prototype).toBeInstanceOf(definition!.node);
      expect(definition!.node.getType()).toBe(part.type);
    }
  });

  it('gives the body editor every node type the story document’s headless editor reads, and no other', () => {
    const types = (nodes: typeof bodyEditorNodes) => nodes.map((node) => node.getType()).sort();
    expect(types(bodyEditorNodes)).toEqual(types(storyBodyNodes));
  });
});
