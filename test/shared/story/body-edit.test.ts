import { describe, expect, it } from 'vitest';
import { applyBodyEdit, bodyBlocksOf, bodyEditBetween } from '../../../src/shared/story/body-edit';
import type { StoryBody } from '../../../src/shared/story/story-schema';

function body(...texts: string[]): StoryBody {
  return {
    root: {
      type: 'root',
      direction: 'ltr',
      children: texts.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] })),
    },
  };
}

const before = body('One.', 'Two.', 'Three.', 'Four.');

describe('a body edit', () => {
  it('carries only the blocks between those left alone, and gives back the body it was made from', () => {
    const after = body('One.', 'Two, typed into.', 'Three.', 'Four.');
    const edit = bodyEditBetween(bodyBlocksOf(before), after);
    expect(edit).toEqual({ baseBlocks: 4, at: 1, remove: 1, insert: [after.root.children[1]] });
    expect(applyBodyEdit(before, edit!)).toEqual(after);
  });

  it('covers blocks added, removed, and a body emptied or filled', () => {
    for (const after of [
      body('One.', 'Two.', 'New.', 'Three.', 'Four.'),
      body('One.', 'Four.'),
      body(),
      body('Zero.', ...['One.', 'Two.', 'Three.', 'Four.']),
      body('One.', 'Two.', 'Three.', 'Four.'),
      body('One.', 'Two.', 'Two.', 'Three.', 'Four.'),
    ]) {
      const edit = bodyEditBetween(bodyBlocksOf(before), after)!;
      expect(applyBodyEdit(before, edit)).toEqual(after);
    }
    const filled = body('One.');
    expect(applyBodyEdit(body(), bodyEditBetween(bodyBlocksOf(body()), filled)!)).toEqual(filled);
  });

  it('is not made when the root itself changed (the whole body goes instead)', () => {
    const rtl: StoryBody = { root: { ...before.root, direction: 'rtl' } };
    expect(bodyEditBetween(bodyBlocksOf(before), rtl)).toBeUndefined();
  });

  it('is refused by a body with other blocks than the one it was made for', () => {
    const edit = bodyEditBetween(bodyBlocksOf(before), body('One.', 'Two!', 'Three.', 'Four.'))!;
    expect(applyBodyEdit(body('One.', 'Two.', 'Three.'), edit)).toBeUndefined();
    expect(applyBodyEdit(before, { ...edit, at: 4, remove: 1 })).toBeUndefined();
  });
});
