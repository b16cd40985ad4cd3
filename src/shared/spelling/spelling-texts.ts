import { scopeOfBlock, type CheckDocument, type Scope } from '../house-style/document';
import type { TextRange } from '../typography';

/** One text the spelling checker reads: a story field or a body block. */
export interface SpellingText {
  scope: Scope;
  /** The block's key; none for a story field. */
  blockKey?: string;
  text: string;
  /** Code-formatted stretches, never checked. */
  code?: readonly TextRange[];
}

/** The story's texts in reading order, as house style reads them; the end mark and empty texts are left out. */
export function spellingTexts(document: CheckDocument): SpellingText[] {
  const field = (scope: Scope, text: string | null | undefined): SpellingText[] => (text ? [{ scope, text }] : []);
  const blocks = document.body
    .filter((block) => block.kind !== 'endmark' && block.text !== '')
    .map((block): SpellingText => {
      const text: SpellingText = { scope: scopeOfBlock(block.kind), blockKey: block.key, text: block.text };
      if (block.code !== undefined) text.code = block.code;
      return text;
    });
  return [
    ...field('headline', document.headline),
    ...field('standfirst', document.standfirst),
    ...blocks,
    ...field('bio', document.bio),
    ...field('socialHeadline', document.socialHeadline),
    ...field('socialDescription', document.socialDescription),
  ];
}

/** The words of the bylined authors' names, which are never flagged. */
export function bylineNames(document: CheckDocument): string[] {
  return (document.bylines ?? []).map((byline) => byline.name);
}
