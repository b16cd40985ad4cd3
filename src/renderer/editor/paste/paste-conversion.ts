import { htmlToBodyNodes, textToBodyNodes, type BodyImport } from '../../../shared/html-import';

/** What was on the clipboard, read once when the paste happens. */
export interface PastedData {
  html: string;
  text: string;
}

/** This module, as its loader hands it over. */
export type PasteConversion = { convertPaste: typeof convertPaste };

/** The clipboard as body nodes: its HTML when there is any, else its plain text. Never throws. */
export function convertPaste(data: PastedData, openQuotes: number): BodyImport & { fellBack: boolean } {
  try {
    if (data.html.trim() !== '') {
      const result = htmlToBodyNodes(data.html, { openQuoteDepth: openQuotes });
      if (result.nodes.length > 0 || data.text.trim() === '') return { ...result, fellBack: false };
    }
    return { ...textToBodyNodes(data.text, { openQuoteDepth: openQuotes }), fellBack: false };
  } catch {
    // The converter should never fail; if it ever does, the words still arrive.
    return { ...textToBodyNodes(data.text, { openQuoteDepth: openQuotes }), fellBack: true };
  }
}
