import { createCommand, type LexicalCommand, type NodeKey } from 'lexical';

/** Puts a footnote at the caret and opens its note (the command insert-footnote: the toolbar's Footnote button, Ctrl/Cmd+Alt+F as in Word). */
export const INSERT_FOOTNOTE_COMMAND: LexicalCommand<void> = createCommand('INSERT_FOOTNOTE_COMMAND');

/** Keeps a note's new text as its editor closes (FootnotePlugin saves it; an empty note is taken out). */
export const SAVE_FOOTNOTE_COMMAND: LexicalCommand<{ key: NodeKey; text: string }> = createCommand('SAVE_FOOTNOTE_COMMAND');
