import { $dfs } from '@lexical/utils';
import { $getRoot, $isParagraphNode, $isTextNode, UNDO_COMMAND, type LexicalEditor, type NodeKey } from 'lexical';
import { describe, expect, it } from 'vitest';
import { bodyPlainText } from '../../../shared/story/body-text';
import type { StoryBody } from '../../../shared/story/story-schema';
import { body, createBodyTestEditor, loadBody, paragraph, text } from '../../../../test/renderer/editor/editor-fixtures';
import { footnoteNodeSchema } from '../footnote-schema';
import { $insertFootnote, saveNote } from './footnote-edits';
import { footnoteName } from './FootnoteView';
import { $footnotesInOrder } from './footnote-order';
import { $isFootnoteNode } from '../footnote-node';

const note = (value: string) => ({ type: 'footnote', version: 1, text: value });

function notes(editor: LexicalEditor): string[] {
  return editor.getEditorState().read(() => {
    const keys = $dfs().filter(({ node }) => $isFootnoteNode(node)).map(({ node }) => node.getKey());
    return $footnotesInOrder(keys.reverse()).map((listed) => listed.text);
  });
}

function stored(editor: LexicalEditor): StoryBody {
  return editor.getEditorState().toJSON() as unknown as StoryBody;
}

/** The caret after `chars` characters of the first text of paragraph `index`. */
function caretIn(editor: LexicalEditor, index: number, chars: number): void {
  editor.update(
    () => {
      const block = $getRoot().getChildAtIndex(index);
      const first = $isParagraphNode(block) ? block.getFirstChild() : null;
      if ($isTextNode(first)) first.select(chars, chars);
    },
    { discrete: true },
  );
}

function insert(editor: LexicalEditor): NodeKey {
  let key: NodeKey | null = null;
  editor.update(() => (key = $insertFootnote()), { discrete: true });
  return key!;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('footnotes in the body editor', () => {
  it('keep the stored shape inside the paragraph, and their words out of the word count', () => {
    const editor = createBodyTestEditor();
    loadBody(editor, body(paragraph(text('Costs rose'), note('NHS England.'), text(' again.'))));
    const [block] = stored(editor).root.children as unknown as Array<{ children: unknown[] }>;
    expect(footnoteNodeSchema.strict().parse(block!.children[1])).toEqual(note('NHS England.'));
    expect(bodyPlainText(stored(editor))).toBe('Costs rose again.');
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toBe('Costs rose again.');
  });

  it('number in document order: a note put before the first becomes 1', () => {
    const editor = createBodyTestEditor();
    loadBody(editor, body(paragraph(text('First paragraph.')), paragraph(text('Second'), note('Old note.'))));
    expect(notes(editor)).toEqual(['Old note.']);
    caretIn(editor, 0, 5);
    insert(editor);
    expect(notes(editor)).toEqual(['', 'Old note.']);
  });

  it('insert at the caret, after a selection, and outside a link', () => {
    const editor = createBodyTestEditor();
    loadBody(editor, body(paragraph(text('Trusts spent more.'))));
    editor.update(
      () => {
        const first = $getRoot().getFirstDescendant();
        if ($isTextNode(first)) first.select(0, 6);
      },
      { discrete: true },
    );
    insert(editor);
    const [block] = stored(editor).root.children as unknown as Array<{ children: Array<{ type: string; text: string }> }>;
    expect(block!.children.map((child) => child.type)).toEqual(['text', 'footnote', 'text']);
    expect(block!.children[0]!.text).toBe('Trusts');
  });

  it('keep a note with house typography, as one undo step with its insertion', async () => {
    const editor = createBodyTestEditor({ history: true });
    loadBody(editor, body(paragraph(text('Costs rose.'))));
    await settle();
    caretIn(editor, 0, 10);
    const key = insert(editor);
    await settle();
    expect(saveNote(editor, key, 'See "the report" -- page  2')).toBe('kept');
    await settle();
    expect(notes(editor)).toEqual(['See ‘the report’—page 2']);
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    await settle();
    expect(notes(editor)).toEqual([]);
  });

  it('take out a note closed empty: a new one leaves no trace, an old one can be undone', async () => {
    const editor = createBodyTestEditor({ history: true });
    loadBody(editor, body(paragraph(text('Costs rose'), note('Kept.'), text('.'))));
    await settle();
    caretIn(editor, 0, 5);
    const fresh = insert(editor);
    await settle();
    expect(saveNote(editor, fresh, '   ')).toBe('dropped');
    await settle();
    expect(notes(editor)).toEqual(['Kept.']);
    const old = editor.getEditorState().read(() => $footnotesInOrder($dfs().map(({ node }) => node.getKey()))[0]!.key);
    expect(saveNote(editor, old, '')).toBe('removed');
    await settle();
    expect(notes(editor)).toEqual([]);
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    await settle();
    expect(notes(editor)).toEqual(['Kept.']);
  });

  it('name each marker by its number and the start of its note', () => {
    expect(footnoteName(2, 'NHS England, Annual report 2026.')).toBe('Footnote 2: NHS England, Annual report 2026.');
    expect(footnoteName(1, 'x'.repeat(80))).toBe(`Footnote 1: ${'x'.repeat(60)}…`);
  });
});
