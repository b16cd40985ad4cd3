import { $getRoot, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $createEndMarkNode } from '../../../src/nodes/end-mark/editor/EndMarkEditorNode';
import { $isEndMarkNode } from '../../../src/nodes/end-mark/end-mark-node';
import { $createImageNode } from '../../../src/nodes/image/editor/ImageEditorNode';
import { $isImageNode } from '../../../src/nodes/image/image-node';
import { $createPullQuoteNode } from '../../../src/nodes/pull-quote/editor/PullQuoteEditorNode';
import { $isPullQuoteNode } from '../../../src/nodes/pull-quote/pull-quote-node';
import { endMarkNodeSchema } from '../../../src/nodes/end-mark/end-mark-schema';
import { imageNodeSchema } from '../../../src/nodes/image/image-schema';
import { pullQuoteNodeSchema, storedPullQuoteNodeSchema, upgradePullQuoteNode } from '../../../src/nodes/pull-quote/pull-quote-schema';
import { bodyPlainText } from '../../../src/shared/story/body-text';
import { body, createBodyTestEditor, loadBody, paragraph, text } from './editor-fixtures';

const SHA = 'a'.repeat(64);

const pullQuote = { type: 'pullquote', version: 2, text: 'Trusts must be allowed to say no.', attribution: 'Jane Smith', edited: false };
const image = {
  type: 'image',
  version: 1,
  sha256: SHA,
  ext: 'png',
  width: 1600,
  height: 900,
  alt: 'A ward at night',
  caption: 'The ward at Northfield',
  credit: 'Photo: A Person',
};
const endMark = { type: 'endmark', version: 1 };

function storedChildren(editor: LexicalEditor) {
  return editor.getEditorState().toJSON().root.children as unknown as Array<Record<string, unknown>>;
}

describe('custom nodes: stored JSON', () => {
  it('round-trip exactly, in the shapes the shared schemas define', () => {
    const editor = createBodyTestEditor();
    loadBody(editor, body(paragraph(text('Trusts must be allowed to say no.')), pullQuote, image, paragraph(text('The end.')), endMark));
    const [, quote, picture, , mark] = storedChildren(editor);
    expect(quote).toEqual(pullQuote);
    expect(picture).toEqual(image);
    expect(mark).toEqual(endMark);
    expect(pullQuoteNodeSchema.strict().parse(quote)).toEqual(pullQuote);
    expect(imageNodeSchema.strict().parse(picture)).toEqual(image);
    expect(endMarkNodeSchema.strict().parse(mark)).toEqual(endMark);
  });

  it('nodes made in the editor serialize to the schemas too', () => {
    const editor = createBodyTestEditor();
    editor.update(
      () => {
        $getRoot().append(
          $createPullQuoteNode('A quote', 'Someone'),
          $createImageNode({ sha256: SHA, ext: 'webp', width: 10, height: 20 }),
          $createEndMarkNode(),
        );
      },
      { discrete: true },
    );
    const [quote, picture, mark] = storedChildren(editor);
    expect(pullQuoteNodeSchema.strict().safeParse(quote).success).toBe(true);
    expect(imageNodeSchema.strict().parse(picture)).toMatchObject({ alt: '', caption: '', credit: '', width: 10, height: 20 });
    expect(endMarkNodeSchema.strict().safeParse(mark).success).toBe(true);
  });

  it('a damaged node still opens, with safe defaults instead of bad values', () => {
    const editor = createBodyTestEditor();
    loadBody(
      editor,
      body(
        { type: 'pullquote', version: 1, text: 42 },
        { type: 'image', version: 1, sha256: '../../etc/passwd', ext: 'exe', width: -3, alt: 'x'.repeat(5_000) },
      ),
    );
    const [quote, picture] = storedChildren(editor);
    expect(quote).toEqual({ type: 'pullquote', version: 2, text: '', attribution: '', edited: false });
    expect(picture).toMatchObject({ sha256: '', ext: 'jpg', width: 1, height: 1 });
    expect((picture!.alt as string).length).toBe(1_000);
  });

  it('a version 1 pull-quote still opens, as a quote that is not edited, and saves as version 2', () => {
    const editor = createBodyTestEditor();
    const old = { type: 'pullquote', version: 1, text: 'Trusts must be allowed to say no.', attribution: 'Jane Smith' };
    loadBody(editor, body(paragraph(text('Trusts must be allowed to say no.')), old));
    const [, quote] = storedChildren(editor);
    expect(quote).toEqual(pullQuote);
    expect(storedPullQuoteNodeSchema.parse(old)).toEqual(pullQuote);
    expect(upgradePullQuoteNode(old as never)).toEqual(pullQuote);
  });

  it('an edited quote keeps its mark through saving and loading, and through new words', () => {
    const editor = createBodyTestEditor();
    const edited = { ...pullQuote, text: 'Trusts … say no.', edited: true };
    loadBody(editor, body(paragraph(text('Trusts must be allowed to say no.')), edited));
    expect(storedChildren(editor)[1]).toEqual(edited);
    editor.update(
      () => {
        const quote = $getRoot().getChildAtIndex(1);
        if ($isPullQuoteNode(quote)) quote.setText('Trusts must say no.');
      },
      { discrete: true },
    );
    expect(storedChildren(editor)[1]).toEqual({ ...edited, text: 'Trusts must say no.' });
    expect(storedPullQuoteNodeSchema.parse(storedChildren(editor)[1])).toMatchObject({ edited: true });
  });

  it('keeps pull-quotes, captions and the end mark out of the body text', () => {
    const editor = createBodyTestEditor();
    loadBody(editor, body(paragraph(text('Only this counts.')), pullQuote, image, endMark));
    const stored = editor.getEditorState().toJSON() as unknown as Parameters<typeof bodyPlainText>[0];
    expect(bodyPlainText(stored)).toBe('Only this counts.');
  });

  it('attribution and image details change through the node methods, within the schema limits', () => {
    const editor = createBodyTestEditor();
    loadBody(editor, body(pullQuote, image, endMark));
    editor.update(
      () => {
        const [quote, picture, mark] = $getRoot().getChildren();
        if ($isPullQuoteNode(quote)) quote.setAttribution('y'.repeat(400));
        if ($isImageNode(picture)) picture.setDetails({ alt: 'New alt', caption: 'New caption', credit: 'New credit' });
        expect($isEndMarkNode(mark)).toBe(true);
      },
      { discrete: true },
    );
    const [quote, picture] = storedChildren(editor);
    expect(pullQuoteNodeSchema.parse(quote).attribution).toHaveLength(300);
    expect(picture).toMatchObject({ alt: 'New alt', caption: 'New caption', credit: 'New credit', sha256: SHA });
  });
});
