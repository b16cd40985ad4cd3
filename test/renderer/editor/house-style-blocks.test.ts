import { $getNodeByKey, $getRoot, UNDO_COMMAND, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $collectBlocks } from '../../../src/renderer/editor/plugins/house-style-blocks';
import { applyBodyEdits } from '../../../src/renderer/editor/plugins/house-style-edits';
import { compatibleFixes } from '../../../src/renderer/house-style/house-style-session';
import { blocksFromBody, createChecker, defaultRules, type CheckBlock } from '../../../src/shared/house-style';
import { body, createBodyTestEditor, loadBody, paragraph, text } from './editor-fixtures';

const BOLD = 1;
const CODE = 16;

const link = { type: 'link', version: 1, url: 'https://example.org/color', rel: null, target: null, title: null, children: [text('the color chart')], direction: null, format: '', indent: 0 };
const heading = { type: 'heading', tag: 'h2', version: 1, children: [text('What the organization said')], direction: null, format: '', indent: 0 };
const listItem = (words: string, value: number) => ({ type: 'listitem', version: 1, value, checked: undefined, children: [text(words)], direction: null, format: '', indent: 0 });
const list = { type: 'list', listType: 'bullet', start: 1, tag: 'ul', version: 1, children: [listItem('First the color', 1), listItem('Then the center', 2)], direction: null, format: '', indent: 0 };
const pullQuote = { type: 'pullquote', version: 1, text: 'The organization must act.', attribution: '' };
const stored = body(
  heading,
  paragraph(text('The '), text('organization', BOLD), text(' changed '), link, text(' and '), text('color()', CODE), text('.')),
  list,
  pullQuote,
  { type: 'endmark', version: 1 },
);

function editorBlocks(editor: LexicalEditor): CheckBlock[] {
  return editor.getEditorState().read(() => {
    const out: CheckBlock[] = [];
    for (const node of $getRoot().getChildren()) $collectBlocks(node, out);
    return out;
  });
}

const withoutKeys = (blocks: CheckBlock[]) => blocks.map(({ key: _key, ...rest }) => rest);
const settings = { sections: [{ name: 'News', targetWords: { min: 1, max: 600 } }], bioTemplate: '{name} is {role} of {organisation}.' };

describe('the editor’s blocks for the house-style checker', () => {
  it('read the body as the stored JSON reads (kinds, text, links, code), keyed by Lexical node', () => {
    const editor = createBodyTestEditor();
    loadBody(editor, stored);
    const blocks = editorBlocks(editor);
    expect(withoutKeys(blocks)).toEqual(withoutKeys(blocksFromBody(stored)));
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'listitem', 'listitem', 'pullquote', 'endmark']);
    editor.getEditorState().read(() => {
      for (const block of blocks.filter((b) => b.kind !== 'pullquote' && b.kind !== 'endmark')) {
        expect($getNodeByKey(block.key)?.getTextContent()).toBe(block.text);
      }
    });
  });

  it('take a "fix all" across formatted text as one undo step', () => {
    const editor = createBodyTestEditor({ history: true });
    loadBody(editor, body(paragraph(text('The '), text('organization', BOLD), text(' changed its color.'))));
    const document = { section: 'News', headline: '', standfirst: '', bio: null, body: editorBlocks(editor) };
    const findings = createChecker(defaultRules(), settings).check(document).findings.filter((f) => f.ruleId === 'british-spelling');
    expect(findings).toHaveLength(2);
    applyBodyEdits(editor, compatibleFixes(findings).flatMap((fix) => fix.edits));
    const fixed = editor.getEditorState().read(() => $getRoot().getTextContent());
    expect(fixed).toBe('The organisation changed its colour.');
    // The bold word stays bold.
    const json = JSON.stringify(editor.getEditorState().toJSON());
    expect(json).toContain(`"format":${BOLD},"mode":"normal","style":"","text":"organisation"`);
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    editor.read(() => undefined);
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toBe('The organization changed its color.');
  });
});
