import { $createNodeSelection, $getRoot, $getSelection, $isRangeSelection, $setSelection, KEY_DOWN_COMMAND, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { registerCardSelection } from '../../../src/renderer/editor/plugins/card-selection';
import { body, createBodyTestEditor, loadBody, paragraph, text } from './editor-fixtures';

function editorWithSelectedCard(): LexicalEditor {
  const editor = createBodyTestEditor();
  registerCardSelection(editor);
  loadBody(editor, body(paragraph(text('Before.')), { type: 'pullquote', version: 1, text: 'Before.', attribution: '' }, paragraph(text('After.'))));
  editor.update(
    () => {
      const selection = $createNodeSelection();
      selection.add($getRoot().getChildAtIndex(1)!.getKey());
      $setSelection(selection);
    },
    { discrete: true },
  );
  return editor;
}

function press(editor: LexicalEditor, key: string, modifiers: Partial<KeyboardEvent> = {}): boolean {
  let prevented = false;
  const event = { key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...modifiers, preventDefault: () => (prevented = true) };
  editor.update(() => void editor.dispatchCommand(KEY_DOWN_COMMAND, event as unknown as KeyboardEvent), { discrete: true });
  return prevented;
}

const blocks = (editor: LexicalEditor) => editor.getEditorState().read(() => $getRoot().getChildren().map((node) => `${node.getType()}:${node.getTextContent().trim()}`));

describe('a selected block card', () => {
  it('starts a new paragraph after it when a character is typed, with the character in it', () => {
    const editor = editorWithSelectedCard();
    expect(press(editor, 'T')).toBe(true);
    expect(blocks(editor)).toEqual(['paragraph:Before.', 'pullquote:Before.', 'paragraph:T', 'paragraph:After.']);
    editor.getEditorState().read(() => {
      const selection = $getSelection();
      expect($isRangeSelection(selection) && selection.anchor.offset).toBe(1);
    });
  });

  it('starts an empty paragraph after it on Enter', () => {
    const editor = editorWithSelectedCard();
    press(editor, 'Enter');
    expect(blocks(editor)).toEqual(['paragraph:Before.', 'pullquote:Before.', 'paragraph:', 'paragraph:After.']);
  });

  it('leaves shortcuts and arrows to the editor: no paragraph is added for them', () => {
    const editor = editorWithSelectedCard();
    press(editor, 'b', { ctrlKey: true });
    press(editor, 'ArrowDown');
    expect(blocks(editor)).toEqual(['paragraph:Before.', 'pullquote:Before.', 'paragraph:After.']);
  });
});
