import { describe, expect, it } from 'vitest';
import { startsNewParagraph, textToBodyNodes } from '../../../src/shared/html-import';
import { expectEditorAccepts, outline } from './import-helpers';

describe('plain-text paste', () => {
  it('takes blank lines as paragraph breaks and single line ends as line breaks', () => {
    const nodes = textToBodyNodes('First paragraph,\nstill the first.\n\n\n  Second paragraph.  \r\n \r\nThird.\n').nodes;
    expect(outline(nodes)).toEqual(['p First paragraph,\nstill the first.', 'p Second paragraph.', 'p Third.']);
    expectEditorAccepts(nodes);
  });

  it('takes each line as a paragraph when the text has no blank line at all', () => {
    expect(outline(textToBodyNodes('One\nTwo\r\nThree\rFour').nodes)).toEqual(['p One', 'p Two', 'p Three', 'p Four']);
  });

  it('applies house typography, each paragraph closing its quotations', () => {
    expect(outline(textToBodyNodes('"He said \'no\' - twice..."\n\n"Again').nodes)).toEqual(['p ‘He said “no”—twice…’', 'p ‘Again']);
  });

  it('continues a quotation open where the paste lands', () => {
    expect(outline(textToBodyNodes('"no"', { openQuoteDepth: 1 }).nodes)).toEqual(['p “no”']);
  });

  it('gives nothing for blank text and strips control characters', () => {
    expect(textToBodyNodes(' \n\t\n\u00A0').nodes).toEqual([]);
    expect(outline(textToBodyNodes('a\u0000b\u0007c\u200Fد').nodes)).toEqual(['p abc\u200Fد']);
  });

  it('says when the text starts with a line end, so it goes in as a paragraph of its own', () => {
    expect(['\nNew paragraph.', '\r\nNew', '\rNew', '  \t\nNew', '\n\nNew'].map(startsNewParagraph)).toEqual([true, true, true, true, true]);
    expect(['New paragraph.\n', ' New', '', 'New\nline'].map(startsNewParagraph)).toEqual([false, false, false, false]);
    // The blank first line itself gives no empty paragraph.
    expect(outline(textToBodyNodes('\nNew paragraph.').nodes)).toEqual(['p New paragraph.']);
  });

  it('keeps markup-looking text as text', () => {
    expect(outline(textToBodyNodes('<script>alert(1)</script>').nodes)).toEqual(['p <script>alert(1)</script>']);
  });

  it('stops at the node limit with a warning', () => {
    const result = textToBodyNodes('line\n'.repeat(1000), { maxNodes: 100 });
    expect(result.nodes).toHaveLength(50);
    expect(result.warnings.map((w) => w.code)).toEqual(['too-large']);
  });
});
