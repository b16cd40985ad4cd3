import { Document, FootnoteReferenceRun, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { wordStory } from '../../../src/main/import/word-story';
import { wordToHtml } from '../../../src/main/import/word-to-html';

async function footnotesDocx(): Promise<Uint8Array> {
  const doc = new Document({
    footnotes: {
      1: { children: [new Paragraph('Board papers, "Agency spending", March 2026.')] },
      2: { children: [new Paragraph('NHS England figures.')] },
    },
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun('Trusts spent more on agency staff.'), new FootnoteReferenceRun(1), new TextRun(' Boards were told.')] }),
          new Paragraph({ children: [new TextRun('The overspend grew.'), new FootnoteReferenceRun(2)] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const noPictures = () => Promise.reject(new Error('no pictures here'));

describe('Word footnotes', () => {
  it('come through mammoth as numbered references and a list of notes', async () => {
    const { html } = await wordToHtml(await footnotesDocx(), noPictures);
    expect(html).toContain('<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup>');
    expect(html).toMatch(/<ol><li id="footnote-1"><p>Board papers, "Agency spending", March 2026\. <a href="#footnote-ref-1">↑<\/a><\/p><\/li>/);
  });

  it('become footnotes in the story body, the notes list left out of the text', async () => {
    const { html } = await wordToHtml(await footnotesDocx(), noPictures);
    const story = wordStory(html);
    expect(story.warnings).toEqual([]);
    const blocks = story.body.root.children as unknown as Array<{ children: Array<{ type: string; text: string }> }>;
    expect(blocks).toHaveLength(2);
    expect(blocks[0]!.children.map((node) => [node.type, node.text])).toEqual([
      ['text', 'Trusts spent more on agency staff.'],
      ['footnote', 'Board papers, ‘Agency spending’, March 2026.'],
      ['text', ' Boards were told.'],
    ]);
    expect(blocks[1]!.children.map((node) => [node.type, node.text])).toEqual([
      ['text', 'The overspend grew.'],
      ['footnote', 'NHS England figures.'],
    ]);
  });
});
