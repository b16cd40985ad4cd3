import { INSERT_HORIZONTAL_RULE_COMMAND } from '@lexical/react/LexicalHorizontalRuleNode';
import { FORMAT_TEXT_COMMAND, REDO_COMMAND, UNDO_COMMAND, type LexicalCommand, type LexicalEditor } from 'lexical';
import { useCommand } from '../commands/commands-context';
import { INSERT_FOOTNOTE_COMMAND } from '../../nodes/footnote/editor/footnote-commands';
import { setBlockType, type BlockType } from './block-format';
import { CREATE_PULL_QUOTE_COMMAND, OPEN_IMAGE_PICKER_COMMAND, OPEN_LINK_DIALOG_COMMAND, TOGGLE_END_MARK_COMMAND } from './editor-commands';

/**
 * What the writing commands run when they come from the palette or the menu
 * (their keys are heard by the editor itself): each puts the caret back in
 * the text, where it was, and acts there.
 */
export function useEditorCommands(editor: LexicalEditor | null): void {
  const unavailable = () => {
    if (editor === null) return 'The text is still loading';
    return editor.isEditable() ? null : 'The text cannot be changed now';
  };
  const inText = (act: (editor: LexicalEditor) => void) => () => {
    if (editor === null) return;
    editor.focus(() => act(editor));
  };
  const dispatch = <T,>(command: LexicalCommand<T>, payload: T) => inText((e) => e.dispatchCommand(command, payload));
  const block = (type: BlockType) => inText((e) => setBlockType(e, type));

  useCommand('format-bold', dispatch(FORMAT_TEXT_COMMAND, 'bold'), unavailable);
  useCommand('format-italic', dispatch(FORMAT_TEXT_COMMAND, 'italic'), unavailable);
  useCommand('insert-link', dispatch(OPEN_LINK_DIALOG_COMMAND, undefined), unavailable);
  useCommand('undo', dispatch(UNDO_COMMAND, undefined), unavailable);
  useCommand('redo', dispatch(REDO_COMMAND, undefined), unavailable);
  useCommand('block-h2', block('h2'), unavailable);
  useCommand('block-h3', block('h3'), unavailable);
  useCommand('block-paragraph', block('paragraph'), unavailable);
  useCommand('block-quote', block('quote'), unavailable);
  useCommand('block-bullet', block('bullet'), unavailable);
  useCommand('block-number', block('number'), unavailable);
  useCommand('insert-pull-quote', dispatch(CREATE_PULL_QUOTE_COMMAND, undefined), unavailable);
  useCommand('insert-image', dispatch(OPEN_IMAGE_PICKER_COMMAND, undefined), unavailable);
  useCommand('insert-footnote', dispatch(INSERT_FOOTNOTE_COMMAND, undefined), unavailable);
  useCommand('insert-rule', dispatch(INSERT_HORIZONTAL_RULE_COMMAND, undefined), unavailable);
  useCommand('toggle-end-mark', dispatch(TOGGLE_END_MARK_COMMAND, undefined), unavailable);
}
