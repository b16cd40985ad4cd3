import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_HIGH, COMMAND_PRIORITY_NORMAL, FORMAT_TEXT_COMMAND, KEY_DOWN_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { hasPrimaryModifier } from '../../ui/keyboard';
import { setBlockType, type BlockType } from '../block-format';

/** Ctrl/Cmd+Alt+2, 3, 0 and Ctrl/Cmd+Shift+8, 7, as in Google Docs; keyed by the physical key so Alt does not change it. */
function shortcutBlock(event: KeyboardEvent): BlockType | null {
  if (!hasPrimaryModifier(event)) return null;
  if (event.altKey && !event.shiftKey) {
    if (event.code === 'Digit2') return 'h2';
    if (event.code === 'Digit3') return 'h3';
    if (event.code === 'Digit0') return 'paragraph';
  }
  if (event.shiftKey && !event.altKey) {
    if (event.code === 'Digit8') return 'bullet';
    if (event.code === 'Digit7') return 'number';
  }
  return null;
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
