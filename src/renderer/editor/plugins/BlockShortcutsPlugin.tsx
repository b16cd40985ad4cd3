import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_HIGH, COMMAND_PRIORITY_NORMAL, FORMAT_TEXT_COMMAND, KEY_DOWN_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { matchesCommand } from '../../commands/command-match';
import { blockCommands, type BlockCommandId } from '../block-commands';
import { setBlockType, type BlockType } from '../block-format';

const blockCommandIds = Object.keys(blockCommands) as BlockCommandId[];

/** The block a key press asks for (Ctrl/Cmd+Alt+2, 3, 0 and Ctrl/Cmd+Shift+8, 7, as in Google Docs), if any. */
function shortcutBlock(event: KeyboardEvent): BlockType | null {
  const id = blockCommandIds.find((command) => matchesCommand(command, event));
  return id === undefined ? null : blockCommands[id];
}

/**
 * Keyboard shortcuts for block formats, and no underlining: the house style
 * and the website have no underline (it reads as a link), so Ctrl/Cmd+U does
 * nothing here.
 */
export function BlockShortcutsPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            const block = shortcutBlock(event);
            if (block === null) return false;
            event.preventDefault();
            setBlockType(editor, block);
            return true;
          },
          COMMAND_PRIORITY_NORMAL,
        ),
        editor.registerCommand(FORMAT_TEXT_COMMAND, (format) => format === 'underline', COMMAND_PRIORITY_HIGH),
      ),
    [editor],
  );
  return null;
}
