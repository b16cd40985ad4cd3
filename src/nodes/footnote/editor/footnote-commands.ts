import { createCommand, type LexicalCommand, type NodeKey } from 'lexical';

/** Puts a footnote at the caret and opens its note (the toolbar's Footnote button, Ctrl/Cmd+Alt+F as in Word). */
export const INSERT_FOOTNOTE_COMMAND: LexicalCommand<void> = createCommand('INSERT_FOOTNOTE_COMMAND');

/** Keeps a note's new text as its editor closes (FootnotePlugin saves it; an empty note is taken out). */
export const SAVE_FOOTNOTE_COMMAND: LexicalCommand<{ key: NodeKey; text: string }> = createCommand('SAVE_FOOTNOTE_COMMAND');

/**
 * Ctrl+Alt+F, or Cmd+Alt+F on a Mac: Word's key for a footnote. Either
 * modifier is taken on any system (neither is another command with Alt+F),
 * and the physical key is read so Alt does not change it.
 */
export function isInsertFootnoteKey(event: KeyboardEvent): boolean {
  return event.ctrlKey !== event.metaKey && event.altKey && !event.shiftKey && event.code === 'KeyF';
}
