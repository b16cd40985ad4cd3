/**
 * The end mark's node type and the classes of its exported markup: the one
 * place each is spelled, apart from the schema so the editor can use them
 * without loading a validator when a story opens.
 */
export const END_MARK_TYPE = 'endmark';

/** `span.cd-end-mark`, the // itself, written by the exporter and the editor, read back by the HTML import. */
export const END_MARK_CLASS = 'cd-end-mark';
/** `p.cd-end`: the paragraph the export writes for an end mark that has no paragraph before it. */
export const END_PARAGRAPH_CLASS = 'cd-end';
