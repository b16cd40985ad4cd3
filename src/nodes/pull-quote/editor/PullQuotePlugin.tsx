import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_EDITOR } from 'lexical';
import { useEffect } from 'react';
import { CREATE_PULL_QUOTE_COMMAND, MOVE_BLOCK_COMMAND } from '../../../renderer/editor/editor-commands';
import { useBodyEditorOutputs } from '../../../renderer/editor/editor-outputs';
import { $createPullQuoteFromSelection, $moveBlock } from './pull-quote-actions';
import { registerPullQuoteCheck } from './pull-quote-check';
import { useEditorNotice } from '../../../renderer/editor/plugins/editor-notice';

/** Pull-quotes: made from the selection, moved block by block, and checked against the body as it changes. */
export function PullQuotePlugin() {
  const [editor] = useLexicalComposerContext();
  const outputs = useBodyEditorOutputs();
  const notify = useEditorNotice();

  useEffect(
    () =>
      mergeRegister(
        registerPullQuoteCheck(editor, (items) => outputs.pullQuotes.set(items)),
        editor.registerCommand(
          CREATE_PULL_QUOTE_COMMAND,
          () => {
            const result = $createPullQuoteFromSelection();
            if (!result.ok) notify(result.message);
            else editor.getElementByKey(result.key)?.scrollIntoView({ block: 'nearest' });
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(MOVE_BLOCK_COMMAND, ({ key, direction }) => $moveBlock(key, direction), COMMAND_PRIORITY_EDITOR),
      ),
    [editor, notify, outputs],
  );
  return null;
}
