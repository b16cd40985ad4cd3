/**
 * The pull-quote's node type and the class of its exported markup: the one
 * place both are spelled, apart from the schema so the editor can use them
 * without loading a validator when a story opens.
 */
export const PULL_QUOTE_TYPE = 'pullquote';

/** `figure.cd-pullquote`, written by the exporter and the editor, read back by the HTML import. */
export const PULL_QUOTE_CLASS = 'cd-pullquote';

/** The longest quote and attribution, in characters (the schema's limits, pull-quote-schema.ts). */
export const MAX_PULL_QUOTE_TEXT = 2_000;
export const MAX_PULL_QUOTE_ATTRIBUTION = 300;
