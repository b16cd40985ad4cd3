import { $createParagraphNode, $createTextNode, $getRoot, $isTextNode, type ElementNode, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $toggleEndMark } from '../../../src/nodes/end-mark/editor/EndMarkPlugin';
import { registerOutline } from '../../../src/renderer/editor/plugins/outline';
import { registerWordCount } from '../../../src/renderer/editor/plugins/word-count';
import type { OutlineItem } from '../../../src/renderer/editor/editor-outputs';
import { bodyPlainText } from '../../../src/shared/story/body-text';
import type { StoryBody } from '../../../src/shared/story/story-schema';
import { countWords } from '../../../src/shared/text/word-count';
import { body, createBodyTestEditor, loadBody, paragraph, text } from './editor-fixtures';

const heading = (tag: 'h2' | 'h3', value: string) => ({ type: 'heading', tag, version: 1, children: [text(value)], direction: null, format: '', indent: 0 });

function story(): LexicalEditor {
  const editor = createBodyTestEditor();
  loadBody(
    editor,
    body(
      paragraph(text('The trusts—and the ICBs—say it’s re-organisation.')),
      heading('h2', 'What went wrong'),
      { type: 'pullquote', version: 1, text: 'These five words never count', attribution: 'Someone' },
      paragraph(text('Two more.')),
      heading('h3', 'A smaller point'),
    ),
  );
  return editor;
}

/** The count and the outline follow the text in idle time after a change (here, without requestIdleCallback, a timer). */
const afterIdle = () => new Promise((resolve) => setTimeout(resolve, 50));

function storedWords(editor: LexicalEditor): number {
  return countWords(bodyPlainText(editor.getEditorState().toJSON() as unknown as StoryBody));
}

describe('live word count', () => {
  it('counts the body as the store does, without the pull-quote', () => {
    const editor = story();
    let words = -1;
    registerWordCount(editor, (count) => (words = count));
    expect(words).toBe(storedWords(editor));
    expect(words).toBe(16);
  });

  it('follows edits, new blocks and deleted blocks, once the page is idle', async () => {
    const editor = story();
    let words = -1;
    registerWordCount(editor, (count) => (words = count));
    editor.update(
      () => {
        const last = $getRoot().getChildAtIndex<ElementNode>(3)!.getFirstDescendant();
        if ($isTextNode(last)) last.setTextContent('Two more, then three.');
        $getRoot().append($createParagraphNode().append($createTextNode('A new paragraph here.')));
        $getRoot().getFirstChildOrThrow().remove();
      },
      { discrete: true },
    );
    await afterIdle();
    expect(words).toBe(storedWords(editor));
    expect(words).toBe(3 + 4 + 3 + 4);
  });
});

describe('outline', () => {
  it('lists the subheadings in order with their level, and follows changes once the page is idle', async () => {
    const editor = story();
    let outline: OutlineItem[] = [];
    registerOutline(editor, (items) => (outline = items));
    expect(outline.map(({ level, text: label }) => [level, label])).toEqual([
      [2, 'What went wrong'],
      [3, 'A smaller point'],
    ]);
    editor.update(
      () => {
        const node = $getRoot().getChildAtIndex<ElementNode>(1)!.getFirstDescendant();
        if ($isTextNode(node)) node.setTextContent('What really went wrong');
      },
      { discrete: true },
    );
    await afterIdle();
    expect(outline[0]).toMatchObject({ level: 2, text: 'What really went wrong' });
  });
});

describe('end mark', () => {
  it('goes after the last paragraph with text, once, and comes off again', () => {
    const editor = createBodyTestEditor();
    loadBody(editor, body(paragraph(text('The end of the argument.')), paragraph()));
    const types = () => editor.getEditorState().read(() => $getRoot().getChildren().map((node) => node.getType()));
    editor.update($toggleEndMark, { discrete: true });
    expect(types()).toEqual(['paragraph', 'endmark', 'paragraph']);
    editor.update($toggleEndMark, { discrete: true });
    expect(types()).toEqual(['paragraph', 'paragraph']);
  });
});
