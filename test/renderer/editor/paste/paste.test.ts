import { $createParagraphNode, $createTextNode, $getRoot, createEditor, PASTE_COMMAND, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { bodyEditorNodes } from '../../../../src/renderer/editor/editor-nodes';
import { registerPaste } from '../../../../src/renderer/editor/paste/register-paste';
import type { SerializedLexicalNode } from '../../../../src/shared/nodes/lexical-json';
import { fixture, outline } from '../../../shared/html-import/import-helpers';
import { createBodyTestEditor } from '../editor-fixtures';

/** A paste event as the browser delivers it: only the parts the editor reads. */
function pasteEvent(data: Record<string, string>): ClipboardEvent {
  const clipboardData = { types: Object.keys(data), getData: (type: string) => data[type] ?? '' };
  return { clipboardData, preventDefault: () => undefined } as unknown as ClipboardEvent;
}

function editorWith(text: string): { editor: LexicalEditor; notices: string[] } {
  const editor = createBodyTestEditor();
  const notices: string[] = [];
  registerPaste(editor, (message) => notices.push(message));
  editor.update(
    () => {
      const paragraph = $createParagraphNode();
      if (text !== '') paragraph.append($createTextNode(text));
      $getRoot().clear().append(paragraph);
      paragraph.selectEnd();
    },
    { discrete: true },
  );
  return { editor, notices };
}

function paste(editor: LexicalEditor, data: Record<string, string>): void {
  editor.update(() => editor.dispatchCommand(PASTE_COMMAND, pasteEvent(data)), { discrete: true });
}

function bodyOutline(editor: LexicalEditor): string[] {
  return outline(editor.getEditorState().toJSON().root.children as unknown as SerializedLexicalNode[]);
}

describe('paste into the body editor', () => {
  it('brings a Word document in with its headings, lists, table and quotation', () => {
    const { editor, notices } = editorWith('');
    paste(editor, { 'text/html': fixture('word-windows.html'), 'text/plain': 'Winter pressures on the wards' });
    const lines = bodyOutline(editor);
    expect(lines.slice(0, 2)).toEqual([
      'h2 Winter pressures on the wards',
      'p When integrated care boards were set up, ministers promised less bureaucracy. Three years on, most of the managers we spoke to say the opposite has happened. The chief executive told us: ‘We were promised “freedom to manage” and we got forms—lots of them.’',
    ]);
    expect(lines).toContain('  | North | 1,200 | −4 per cent |');
    expect(lines).toContain('    li for chief executives');
    expect(notices).toEqual(['Image not pasted: pictures must be added from disk (“Bar chart of time spent on reporting”).']);
  });

  it('merges a one-paragraph paste into the paragraph at the caret, nesting its quotes inside the open quotation', () => {
    const { editor } = editorWith('He said ‘');
    paste(editor, { 'text/html': '<meta charset="utf-8"><p style="font-family:Arial">"no" - twice</p>', 'text/plain': '"no" - twice' });
    expect(bodyOutline(editor)).toEqual(['p He said ‘“no”—twice']);
  });

  it('pastes plain text as paragraphs when there is no HTML', () => {
    const { editor } = editorWith('Intro: ');
    paste(editor, { 'text/plain': 'first line\nsecond line\nthird line' });
    expect(bodyOutline(editor)).toEqual(['p Intro: first line', 'p second line', 'p third line']);
  });

  it('falls back to the plain text when the HTML holds nothing to keep', () => {
    const { editor } = editorWith('');
    paste(editor, { 'text/html': '<script>x()</script>', 'text/plain': 'Just the words' });
    expect(bodyOutline(editor)).toEqual(['p Just the words']);
  });

  it('sums up many left-out pictures in one notice', () => {
    const { editor, notices } = editorWith('');
    const images = ['a.png', 'b.png', 'c.png', 'd.png'].map((name) => `<img src="https://cdn.example/${name}">`).join('');
    paste(editor, { 'text/html': `<p>Gallery${images}</p>` });
    expect(bodyOutline(editor)).toEqual(['p Gallery']);
    expect(notices).toEqual(['4 images not pasted: pictures must be added from disk (a.png, b.png, c.png and 1 more).']);
  });

  it('leaves a copy from this editor, and a read-only editor, to Lexical', () => {
    // Without Lexical's rich-text paste behind it (it needs a browser), a declined paste changes nothing.
    const editor = createEditor({ namespace: 'copydesk-body', nodes: [...bodyEditorNodes], onError: (error) => { throw error; } });
    registerPaste(editor, () => undefined);
    editor.update(() => $getRoot().append($createParagraphNode().append($createTextNode('Kept'))).selectEnd(), { discrete: true });
    const dispatch = (data: Record<string, string>) => {
      let handled = true;
      editor.update(() => {
        handled = editor.dispatchCommand(PASTE_COMMAND, pasteEvent(data));
      }, { discrete: true });
      return handled;
    };
    const own = JSON.stringify({ namespace: 'copydesk-body', nodes: [{ type: 'pullquote', version: 1, text: 'Trust.', attribution: '' }] });
    expect(dispatch({ 'application/x-lexical-editor': own, 'text/html': '<p>HTML version</p>' })).toBe(false);
    const foreign = JSON.stringify({ namespace: 'another-app', nodes: [] });
    expect(dispatch({ 'application/x-lexical-editor': foreign, 'text/html': '<p>From elsewhere</p>' })).toBe(true);
    editor.setEditable(false);
    expect(dispatch({ 'text/html': '<p>Pasted</p>' })).toBe(false);
    expect(bodyOutline(editor)).toEqual(['p KeptFrom elsewhere']);
  });
});
