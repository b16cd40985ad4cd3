/**
 * The footnote's node type and the names of its exported markup: the one
 * place each is spelled, apart from the schema so the editor can use them
 * without loading a validator when a story opens.
 */
export const FOOTNOTE_TYPE = 'footnote';

/** The longest note, in characters: a citation or an aside, not a second story. */
export const MAX_FOOTNOTE_TEXT = 2_000;

/** `sup.cd-footnote-ref`: the numbered reference in the text. */
export const FOOTNOTE_REF_CLASS = 'cd-footnote-ref';
/** `section.cd-footnotes`: the numbered notes after the body. */
export const FOOTNOTES_CLASS = 'cd-footnotes';
/** `a.cd-footnote-back`: the link from a note back to its reference. */
export const FOOTNOTE_BACK_CLASS = 'cd-footnote-back';

/** The id of note `n` in the notes list. */
export function footnoteId(n: number): string {
  return `cd-fn-${n}`;
}

/** The id of note `n`'s reference in the text. */
export function footnoteRefId(n: number): string {
  return `cd-fnref-${n}`;
}
