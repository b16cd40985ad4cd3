import { $createListItemNode, $createListNode, $isListItemNode, $isListNode } from '@lexical/list';
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, $isTextNode, createEditor, type EditorState, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { storyBodyNodes } from '../../../src/shared/newsroom/story-body-nodes';
import { applyBodyEdit } from '../../../src/shared/story/body-edit';
import type { StoryBody } from '../../../src/shared/story/story-schema';
import { bodyOf, createBodySender, type SentBody } from '../../../src/renderer/story/body-sender';
import { exampleBody } from '../../shared/newsroom/story-fixtures';

/** A real Lexical editor with every node a story body holds, with no page around it (so no DOM). */
function editorWith(body: StoryBody): LexicalEditor {
  const editor = createEditor({ nodes: storyBodyNodes, onError: (error) => { throw error; } });
  editor.setEditorState(editor.parseEditorState(JSON.stringify(body)));
  return editor;
}

function body(...texts: string[]): StoryBody {
  return { root: { type: 'root', children: texts.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] })) } };
}

const paragraphs = Array.from({ length: 200 }, (_, i) => `Paragraph ${i} of a long feature about ward staffing and the pay award.`);

function edit(editor: LexicalEditor, change: () => void): EditorState {
  editor.update(change, { discrete: true });
  return editor.getEditorState();
}

function typeInto(index: number, words: string) {
  return () => {
    const block = $getRoot().getChildAtIndex(index);
    const last = $isElementNode(block) ? block.getLastDescendant() : null;
    if ($isTextNode(last)) last.setTextContent(last.getTextContent() + words);
  };
}

/** The store's side: the body it holds after each acknowledged save. */
function storeAfter(stored: StoryBody, change: SentBody['change']): StoryBody {
  if (change.body !== undefined && change.body !== null) return change.body;
  const next = applyBodyEdit(stored, change.bodyEdit!);
  if (next === undefined) throw new Error('the edit was made for another body');
  return next;
}

describe('what autosave sends of the body', () => {
  it('sends only the paragraph typed into, against the body the store acknowledged', () => {
    // As the store holds it: written by the editor.
    const stored = bodyOf(editorWith(body(...paragraphs)).getEditorState());
    const editor = editorWith(stored);
    const sender = createBodySender();
    sender.reset(stored);

    const first = sender.read(edit(editor, typeInto(100, ' More')));
    expect(first.change.body).toBeUndefined();
    expect(JSON.stringify(first.change).length).toBeLessThan(400);
    const held = storeAfter(stored, first.change);
    expect(held).toEqual(bodyOf(editor.getEditorState()));

    // Once acknowledged, the next edit is made against the state that was sent, serialising the one paragraph.
    sender.acknowledge(first);
    const second = sender.read(edit(editor, typeInto(100, ' words')));
    expect(second.change.bodyEdit).toMatchObject({ baseBlocks: 200, at: 100, remove: 1 });
    expect(second.change.bodyEdit!.insert).toHaveLength(1);
    expect(storeAfter(held, second.change)).toEqual(bodyOf(editor.getEditorState()));
  });

  it('sends the whole body when no body is acknowledged: a story with none yet, or after a failed save', () => {
    const sender = createBodySender();
    sender.reset(null);
    const editor = editorWith(body('The first words.'));
    expect(sender.read(editor.getEditorState()).change).toEqual({ body: bodyOf(editor.getEditorState()) });

    sender.reset(body(...paragraphs));
    sender.forget();
    const state = edit(editor, () => $getRoot().append($createParagraphNode().append($createTextNode('One more paragraph.'))));
    expect(sender.read(state).change).toEqual({ body: bodyOf(state) });
  });

  it('finds a change deep inside a block: a list item’s text, where the list itself is not a new object', () => {
    const editor = editorWith(body(...paragraphs.slice(0, 5)));
    edit(editor, () => {
      $getRoot().getChildAtIndex(2)!.insertAfter($createListNode('bullet').append($createListItemNode().append($createTextNode('Beds')), $createListItemNode().append($createTextNode('Staff'))));
    });
    const sender = createBodySender();
    sender.reset(bodyOf(editor.getEditorState()));
    const first = sender.read(editor.getEditorState());
    sender.acknowledge(first);
    let held = storeAfter(bodyOf(editor.getEditorState()), first.change);

    const state = edit(editor, () => {
      const list = $getRoot().getChildAtIndex(3);
      const item = $isListNode(list) ? list.getChildAtIndex(1) : null;
      const words = $isListItemNode(item) ? item.getFirstChild() : null;
      if ($isTextNode(words)) words.setTextContent('Staff and pay');
    });
    const second = sender.read(state);
    expect(second.change.bodyEdit).toMatchObject({ at: 3, remove: 1 });
    held = storeAfter(held, second.change);
    expect(held).toEqual(bodyOf(state));
  });

  it('keeps the store’s body equal to the editor’s through typing, new and deleted paragraphs, moves and undo', () => {
    const stored = exampleBody();
    const editor = editorWith(stored);
    const sender = createBodySender();
    sender.reset(stored);
    let held = stored;
    const states: EditorState[] = [editor.getEditorState()];
    // A fixed sequence of the edits people make, each followed by a save, some saves failing.
    const edits: Array<() => void> = [];
    for (let round = 0; round < 12; round += 1) {
      edits.push(typeInto(round % 3, ` word${round}`));
      edits.push(() => $getRoot().getChildAtIndex(round % 4)?.insertAfter($createParagraphNode().append($createTextNode(`New ${round}.`))));
      edits.push(() => $getRoot().getChildAtIndex(1 + (round % 5))?.remove());
      edits.push(() => {
        const first = $getRoot().getFirstChild();
        const last = $getRoot().getLastChild();
        if (first !== null && last !== null && first !== last) last.insertAfter(first);
      });
    }
    edits.forEach((change, index) => {
      let state: EditorState;
      if (index % 7 === 6) {
        // Undo: the editor goes back to an earlier state whole, as the history does.
        editor.setEditorState(states[Math.floor(states.length / 2)]!);
        state = editor.getEditorState();
      } else {
        state = edit(editor, change);
      }
      states.push(state);
      const sent = sender.read(state);
      if (index % 11 === 10) {
        sender.forget();
        return;
      }
      held = storeAfter(held, sent.change);
      sender.acknowledge(sent);
      expect(held).toEqual(bodyOf(state));
    });
  });

  it('writes each block as the editor state’s own JSON does, for every kind of block in the example story', () => {
    const stored = exampleBody();
    const editor = editorWith(stored);
    const sender = createBodySender();
    sender.reset(null);
    const whole = sender.read(editor.getEditorState());
    sender.acknowledge(whole);
    // Touch every block (a new root child at the top moves none of them), so every one is written again.
    const state = edit(editor, () => {
      for (const block of $getRoot().getChildren()) block.markDirty();
    });
    const sent = sender.read(state);
    expect(storeAfter(whole.change.body!, sent.change)).toEqual(bodyOf(state));
  });
});
