import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isRangeSelection, REDO_COMMAND, UNDO_COMMAND, type ElementNode, type LexicalEditor } from 'lexical';
import { $createLinkNode } from '@lexical/link';
import { describe, expect, it } from 'vitest';
import { registerTypography } from '../../../src/renderer/editor/plugins/typography';
import { createBodyTestEditor } from './editor-fixtures';

function editorWithTypography(): LexicalEditor {
  const editor = createBodyTestEditor({ history: true });
  registerTypography(editor);
  editor.update(
    () => {
      const paragraph = $createParagraphNode();
      $getRoot().clear().append(paragraph);
      paragraph.select();
    },
    { discrete: true },
  );
  return editor;
}

/** One character at a time at the caret, each its own update, as the browser delivers keystrokes. */
function type(editor: LexicalEditor, input: string): void {
  for (const ch of input) {
    editor.update(
      () => {
        const selection = $getSelection();
        if ($isRangeSelection(selection)) selection.insertText(ch);
      },
      { discrete: true },
    );
    flush(editor);
  }
}

/** Lets the fix an update listener queued commit. */
function flush(editor: LexicalEditor): void {
  editor.read(() => undefined);
}

function bodyText(editor: LexicalEditor): string {
  return editor.getEditorState().read(() => $getRoot().getTextContent());
}

function caretOffset(editor: LexicalEditor): number {
  return editor.getEditorState().read(() => {
    const selection = $getSelection();
    return $isRangeSelection(selection) ? selection.anchor.offset : -1;
  });
}

function undo(editor: LexicalEditor): void {
  editor.dispatchCommand(UNDO_COMMAND, undefined);
  flush(editor);
}

describe('typography as you type', () => {
  it('sets quotes in the house nesting, apostrophes, dashes and ellipses', () => {
    const editor = editorWithTypography();
    type(editor, `He said "we can't do it in the '90s -- or 'rock 'n' roll' - ever..."`);
    expect(bodyText(editor)).toBe('He said ‘we can’t do it in the ’90s—or “rock ’n’ roll”—ever…’');
  });

  it('drops a doubled space and keeps the caret where typing continues', () => {
    const editor = editorWithTypography();
    type(editor, 'one  two');
    expect(bodyText(editor)).toBe('one two');
    expect(caretOffset(editor)).toBe('one two'.length);
  });

  it('undo right after a fix gives back what was typed, and redo the fix', () => {
    const editor = editorWithTypography();
    type(editor, 'trusts--');
    expect(bodyText(editor)).toBe('trusts—');
    undo(editor);
    expect(bodyText(editor)).toBe('trusts--');
    editor.dispatchCommand(REDO_COMMAND, undefined);
    flush(editor);
    expect(bodyText(editor)).toBe('trusts—');
  });

  it('a straight quote brought back by undo stays straight as typing goes on', () => {
    const editor = editorWithTypography();
    type(editor, 'say "');
    expect(bodyText(editor)).toBe('say ‘');
    undo(editor);
    expect(bodyText(editor)).toBe('say "');
    type(editor, 'x');
    expect(bodyText(editor)).toBe('say "x');
  });

  it('never touches code or a URL being typed', () => {
    const editor = editorWithTypography();
    type(editor, 'see https://example.org/a--b...c and ');
    expect(bodyText(editor)).toBe('see https://example.org/a--b...c and ');
    editor.update(
      () => {
        const code = $createTextNode('x -- "y"').toggleFormat('code');
        const paragraph = $createParagraphNode().append(code);
        $getRoot().append(paragraph);
        code.selectEnd().setFormat(code.getFormat());
      },
      { discrete: true },
    );
    type(editor, '--');
    expect(bodyText(editor).split('\n\n')[1]).toBe('x -- "y"--');
  });

  it('works inside link text, and reads quotes across formatting', () => {
    const editor = editorWithTypography();
    editor.update(
      () => {
        const paragraph = $getRoot().getFirstChildOrThrow<ElementNode>();
        const bold = $createTextNode('‘Bold words').toggleFormat('bold');
        const link = $createLinkNode('https://example.org').append($createTextNode('the report'));
        paragraph.append(bold, $createTextNode(' and '), link);
        link.getFirstChildOrThrow().selectEnd();
      },
      { discrete: true },
    );
    type(editor, `'s"`);
    expect(bodyText(editor)).toBe('‘Bold words and the report’s’');
  });
});
