import { $createParagraphNode, $createTextNode, $getRoot, createEditor, PASTE_COMMAND, type LexicalEditor } from 'lexical';
import { describe, expect, it, vi } from 'vitest';
import { bodyEditorNodes } from '../../../../src/renderer/editor/editor-nodes';
import { loadPasteConversion } from '../../../../src/renderer/editor/paste/load-paste-conversion';
import { registerPaste } from '../../../../src/renderer/editor/paste/register-paste';
import type { SerializedLexicalNode } from '../../../../src/shared/nodes/lexical-json';
import { fixture, outline } from '../../../shared/html-import/import-helpers';
import { createBodyTestEditor } from '../editor-fixtures';

/** A paste event as the browser delivers it: only the parts the editor reads. */
function pasteEvent(data: Record<string, string>): ClipboardEvent {
  const clipboardData = { types: Object.keys(data), getData: (type: string) => data[type] ?? '' };
  return { clipboardData, preventDefault: () => undefined } as unknown as ClipboardEvent;
}

function editorWith(text: string, register = registerPaste): { editor: LexicalEditor; notices: string[] } {
  const editor = createBodyTestEditor();
  const notices: string[] = [];
  register(editor, (message) => notices.push(message));
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

/** A paste, done once its converter is here (the first paste of a session waits for the converter's code). */
async function paste(editor: LexicalEditor, data: Record<string, string>): Promise<void> {
  editor.update(() => editor.dispatchCommand(PASTE_COMMAND, pasteEvent(data)), { discrete: true });
  await loadPasteConversion();
}

function bodyOutline(editor: LexicalEditor): string[] {
  return outline(editor.getEditorState().toJSON().root.children as unknown as SerializedLexicalNode[]);
}

describe('paste into the body editor', () => {
  it('takes a paste made before the converter has loaded, once it has, at the caret', async () => {
    // A fresh copy of the paste code, as in a window that has not pasted yet.
    vi.resetModules();
    const fresh = await import('../../../../src/renderer/editor/paste/register-paste');
    const { loadPasteConversion: loadFresh } = await import('../../../../src/renderer/editor/paste/load-paste-conversion');
    const { editor } = editorWith('Intro: ', fresh.registerPaste);
    editor.update(() => editor.dispatchCommand(PASTE_COMMAND, pasteEvent({ 'text/plain': 'first line\nsecond line' })), { discrete: true });
    expect(bodyOutline(editor)).toEqual(['p Intro: ']);
    await loadFresh();
    expect(bodyOutline(editor)).toEqual(['p Intro: first line', 'p second line']);
  });

  it('brings a Word document in with its headings, lists, table and quotation', async () => {
    const { editor, notices } = editorWith('');
    await paste(editor, { 'text/html': fixture('word-windows.html'), 'text/plain': 'Winter pressures on the wards' });
    const lines = bodyOutline(editor);
    expect(lines.slice(0, 2)).toEqual([
      'h2 Winter pressures on the wards',
      'p When integrated care boards were set up, ministers promised less bureaucracy. Three years on, most of the managers we spoke to say the opposite has happened. The chief executive told us: ‘We were promised “freedom to manage” and we got forms—lots of them.’',
    ]);
    expect(lines).toContain('  | North | 1,200 | −4 per cent |');
    expect(lines).toContain('    li for chief executives');
    expect(notices).toEqual(['Image not pasted: pictures must be added from disk (“Bar chart of time spent on reporting”).']);
  });

  it('merges a one-paragraph paste into the paragraph at the caret, nesting its quotes inside the open quotation', async () => {
    const { editor } = editorWith('He said ‘');
    await paste(editor, { 'text/html': '<meta charset="utf-8"><p style="font-family:Arial">"no" - twice</p>', 'text/plain': '"no" - twice' });
    expect(bodyOutline(editor)).toEqual(['p He said ‘“no”—twice']);
  });

  it('pastes plain text as paragraphs when there is no HTML', async () => {
    const { editor } = editorWith('Intro: ');
    await paste(editor, { 'text/plain': 'first line\nsecond line\nthird line' });
    expect(bodyOutline(editor)).toEqual(['p Intro: first line', 'p second line', 'p third line']);
  });

  it('falls back to the plain text when the HTML holds nothing to keep', async () => {
    const { editor } = editorWith('');
    await paste(editor, { 'text/html': '<script>x()</script>', 'text/plain': 'Just the words' });
    expect(bodyOutline(editor)).toEqual(['p Just the words']);
  });

  it('sums up many left-out pictures in one notice', async () => {
    const { editor, notices } = editorWith('');
    const images = ['a.png', 'b.png', 'c.png', 'd.png'].map((name) => `<img src="https://cdn.example/${name}">`).join('');
    await paste(editor, { 'text/html': `<p>Gallery${images}</p>` });
    expect(bodyOutline(editor)).toEqual(['p Gallery']);
    expect(notices).toEqual(['4 images not pasted: pictures must be added from disk (a.png, b.png, c.png and 1 more).']);
  });

  it('leaves a copy from this editor, and a read-only editor, to Lexical', async () => {
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
    await loadPasteConversion();
    expect(bodyOutline(editor)).toEqual(['p KeptFrom elsewhere']);
  });
});
