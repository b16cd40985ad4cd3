import { htmlToBodyNodes, startsNewParagraph, textToBodyNodes, type BodyImport } from '../../../shared/html-import';

/** What was on the clipboard, read once when the paste happens. */
export interface PastedData {
  html: string;
  text: string;
}

/** This module, as its loader hands it over. */
export type PasteConversion = { convertPaste: typeof convertPaste };

export type ConvertedPaste = BodyImport & {
  fellBack: boolean;
  /** Plain text that starts with a line end: it goes in as a paragraph of its own, not onto the one at the caret. */
  newParagraph: boolean;
};

/** The clipboard as body nodes: its HTML when there is any, else its plain text. Never throws. */
export function convertPaste(data: PastedData, openQuotes: number): ConvertedPaste {
  const newParagraph = startsNewParagraph(data.text);
  try {
    if (data.html.trim() !== '') {
      const result = htmlToBodyNodes(data.html, { openQuoteDepth: openQuotes });
      if (result.nodes.length > 0 || data.text.trim() === '') return { ...result, fellBack: false, newParagraph: false };
    }
    return { ...textToBodyNodes(data.text, { openQuoteDepth: openQuotes }), fellBack: false, newParagraph };
  } catch {
    // The converter should never fail; if it ever does, the words still arrive.
    return { ...textToBodyNodes(data.text, { openQuoteDepth: openQuotes }), fellBack: true, newParagraph };
  }
}
