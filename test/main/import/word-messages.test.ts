import { describe, expect, it } from 'vitest';
import { readableMessages } from '../../../src/main/import/word-to-html';

describe("mammoth's messages as notes", () => {
  it('names the unknown Word styles once, in one note, and leaves the pictures to the importer', () => {
    expect(
      readableMessages([
        "Unrecognised paragraph style: 'Normal Web' (Style ID: NormalWeb)",
        "Unrecognised paragraph style: 'Normal Web' (Style ID: NormalWeb)",
        "Unrecognised run style: 'Pull Quote Char' (Style ID: PullQuoteChar)",
        'Image of type image/x-emf is unlikely to display in web browsers',
        'An unrecognised element was ignored: w:txbxContent',
        'An unrecognised element was ignored: w:fldSimple',
      ]),
    ).toEqual([
      'Text in the Word styles “Normal Web”, “Pull Quote Char” came in as plain paragraphs.',
      'Some Word content Copydesk cannot read (such as text boxes or fields) was left out.',
    ]);
  });
});
