import { $getRoot, $getSelection, $isRangeSelection, $isTextNode, type ElementNode, type LexicalEditor } from 'lexical';
import { describe, expect, it, vi } from 'vitest';
import type { PullQuoteItem } from '../../../renderer/editor/editor-outputs';
import { $isPullQuoteNode } from '../pull-quote-node';
import {
  $collectPullQuotes,
  $createPullQuoteFromSelection,
  $moveBlock,
} from './pull-quote-actions';
import { registerPullQuoteCheck } from './pull-quote-check';
import { body, createBodyTestEditor, loadBody, paragraph, text } from '../../../../test/renderer/editor/editor-fixtures';

const heading = (value: string) => ({ type: 'heading', tag: 'h2', version: 1, children: [text(value)], direction: null, format: '', indent: 0 });

function storyEditor(): LexicalEditor {
  const editor = createBodyTestEditor();
  loadBody(
    editor,
    body(
      paragraph(text('Managers told us the plan was ‘too little, too late’. They are right.')),
      heading('What went wrong'),
      paragraph(text('Ministers must listen—before it is too late. The rest is detail.')),
    ),
  );
  return editor;
}

/** Selects `words` inside the block at `blockIndex`, as a person would by dragging over them. */
function select(editor: LexicalEditor, blockIndex: number, words: string): void {
  editor.update(
    () => {
      const node = $getRoot().getChildAtIndex<ElementNode>(blockIndex)?.getFirstDescendant();
      if (!$isTextNode(node)) throw new Error('no text there');
      const from = node.getTextContent().indexOf(words);
      node.select(from, from + words.length);
    },
    { discrete: true },
  );
}

function read<T>(editor: LexicalEditor, fn: () => T): T {
  return editor.getEditorState().read(fn);
}

function changeText(editor: LexicalEditor, blockIndex: number, from: string, to: string): void {
  editor.update(
    () => {
      const node = $getRoot().getChildAtIndex<ElementNode>(blockIndex)?.getFirstDescendant();
      if ($isTextNode(node)) node.setTextContent(node.getTextContent().replace(from, to));
    },
    { discrete: true },
  );
}

describe('pull-quotes', () => {
  it('are made from the selected words, placed after their block, with the caret left in the text', () => {
    const editor = storyEditor();
    select(editor, 2, 'Ministers must listen—before it is too late.');
    let made: ReturnType<typeof $createPullQuoteFromSelection> | undefined;
    editor.update(() => void (made = $createPullQuoteFromSelection()), { discrete: true });
    expect(made).toMatchObject({ ok: true });
    read(editor, () => {
      const blocks = $getRoot().getChildren();
      expect(blocks.map((block) => block.getType())).toEqual(['paragraph', 'heading', 'paragraph', 'pullquote']);
      expect($isPullQuoteNode(blocks[3]) && blocks[3].getText()).toBe('Ministers must listen—before it is too late.');
      const selection = $getSelection();
      expect($isRangeSelection(selection) && selection.isCollapsed()).toBe(true);
    });
  });

  it('need words to quote', () => {
    const editor = storyEditor();
    editor.update(() => $getRoot().getFirstChildOrThrow().selectEnd(), { discrete: true });
    let made: ReturnType<typeof $createPullQuoteFromSelection> | undefined;
    editor.update(() => void (made = $createPullQuoteFromSelection()), { discrete: true });
    expect(made).toEqual({ ok: false, message: expect.stringMatching(/Select the words/) });
  });

  it('are listed in order with where they stand, and checked against the body verbatim', () => {
    const editor = storyEditor();
    select(editor, 2, 'Ministers must listen—before it is too late.');
    editor.update(() => void $createPullQuoteFromSelection(), { discrete: true });
    select(editor, 0, 'They are right.');
    editor.update(() => void $createPullQuoteFromSelection(), { discrete: true });
    const items = read(editor, $collectPullQuotes);
    expect(items).toMatchObject([
      { text: 'They are right.', matches: true, afterBlock: 1, section: null, afterText: 'Managers told us the plan was ‘too little,…' },
      { text: 'Ministers must listen—before it is too late.', matches: true, afterBlock: 3, section: 'What went wrong' },
    ]);

    // Straight quotes and hyphens in the body still match; a changed word does not.
    changeText(editor, 3, 'listen—before', 'listen - before');
    expect(read(editor, $collectPullQuotes).map((item) => item.matches)).toEqual([true, true]);
    changeText(editor, 3, 'must listen', 'should listen');
    expect(read(editor, $collectPullQuotes).map((item) => item.matches)).toEqual([true, false]);
  });

  it('point a quote not in the body to its closest paragraph, and leave an edited quote alone', () => {
    const editor = storyEditor();
    select(editor, 2, 'Ministers must listen—before it is too late.');
    editor.update(() => void $createPullQuoteFromSelection(), { discrete: true });
    changeText(editor, 2, 'must listen', 'should listen');
    const [item] = read(editor, $collectPullQuotes);
    const paragraphKey = read(editor, () => $getRoot().getChildAtIndex(2)?.getKey());
    expect(item).toMatchObject({
      matches: false,
      edited: false,
      closest: {
        key: paragraphKey,
        number: 3,
        opening: 'Ministers should listen—before it is too late. The…',
        passage: 'Ministers should listen—before it is too late.',
        changes: [
          { kind: 'same', text: 'Ministers' },
          { kind: 'quote', text: 'must' },
          { kind: 'body', text: 'should' },
          { kind: 'same', text: 'listen—before it is too late.' },
        ],
      },
    });

    editor.update(() => void $getRoot().getChildren().find($isPullQuoteNode)?.setEdited(true), { discrete: true });
    expect(read(editor, $collectPullQuotes)).toMatchObject([{ matches: false, edited: true, closest: null }]);
  });

    it('move one block at a time and stop at either end', () => {
    const editor = storyEditor();
    select(editor, 0, 'They are right.');
    editor.update(() => void $createPullQuoteFromSelection(), { discrete: true });
    const key = read(editor, () => $getRoot().getChildren().find($isPullQuoteNode)!.getKey());
    const order = () => read(editor, () => $getRoot().getChildren().map((block) => block.getType()));
    let moved = false;
    editor.update(() => void (moved = $moveBlock(key, 'down')), { discrete: true });
    expect(moved).toBe(true);
    expect(order()).toEqual(['paragraph', 'heading', 'pullquote', 'paragraph']);
    editor.update(() => void $moveBlock(key, 'up'), { discrete: true });
    editor.update(() => void $moveBlock(key, 'up'), { discrete: true });
    editor.update(() => void (moved = $moveBlock(key, 'up')), { discrete: true });
    expect(moved).toBe(false);
    expect(order()).toEqual(['pullquote', 'paragraph', 'heading', 'paragraph']);
  });

  it('report a mismatch shortly after the text changes, and a change to a pull-quote at once', () => {
    vi.useFakeTimers();
    try {
      const editor = storyEditor();
      const reports: PullQuoteItem[][] = [];
      registerPullQuoteCheck(editor, (items) => reports.push(items), 150);
      expect(reports).toEqual([[]]);
      select(editor, 2, 'Ministers must listen—before it is too late.');
      editor.update(() => void $createPullQuoteFromSelection(), { discrete: true });
      expect(reports.at(-1)).toMatchObject([{ matches: true }]);

      changeText(editor, 2, 'must listen', 'should listen');
      const before = reports.length;
      vi.advanceTimersByTime(149);
      expect(reports.length).toBe(before);
      vi.advanceTimersByTime(1);
      expect(reports.at(-1)).toMatchObject([{ matches: false }]);
    } finally {
      vi.useRealTimers();
    }
  });
});
