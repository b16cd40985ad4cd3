import { createCommand, type LexicalCommand, type NodeKey } from 'lexical';

/** Opens the link dialog for the selection (Ctrl/Cmd+K, the toolbar's link button). */
export const OPEN_LINK_DIALOG_COMMAND: LexicalCommand<void> = createCommand('OPEN_LINK_DIALOG_COMMAND');

/** Makes a pull-quote from the selected words, placed after the block they end in. */
export const CREATE_PULL_QUOTE_COMMAND: LexicalCommand<void> = createCommand('CREATE_PULL_QUOTE_COMMAND');

/** Moves a block card (pull-quote, image) one block up or down. */
export const MOVE_BLOCK_COMMAND: LexicalCommand<{ key: NodeKey; direction: 'up' | 'down' }> = createCommand('MOVE_BLOCK_COMMAND');

/** Opens the file picker for an image to insert at the selection. */
export const OPEN_IMAGE_PICKER_COMMAND: LexicalCommand<void> = createCommand('OPEN_IMAGE_PICKER_COMMAND');

/** Adds the end mark after the last paragraph, or takes it away if the story has one. */
export const TOGGLE_END_MARK_COMMAND: LexicalCommand<void> = createCommand('TOGGLE_END_MARK_COMMAND');
