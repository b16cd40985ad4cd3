/**
 * The pull-quote's node type and the class of its exported markup: the one
 * place both are spelled, apart from the schema so the editor can use them
 * without loading a validator when a story opens.
 */
export const PULL_QUOTE_TYPE = 'pullquote';

/** `figure.cd-pullquote`, written by the exporter and the editor, read back by the HTML import. */
export const PULL_QUOTE_CLASS = 'cd-pullquote';
