import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createNodeSelection, $getRoot, $setSelection, COMMAND_PRIORITY_EDITOR } from 'lexical';
import { useEffect } from 'react';
import { TOGGLE_END_MARK_COMMAND } from '../../../renderer/editor/editor-commands';
import { $isEndMarkNode } from '../end-mark-node';
import { $createEndMarkNode } from './EndMarkEditorNode';
import { $isBlockCard } from '../../block-card-node';

/**
 * The end mark closes the last paragraph of an opinion piece (house rule 18
 * in docs/house-style-rules.md). There is only ever one: the command adds it after the last
 * paragraph with text, or removes it.
 */
export function $toggleEndMark(): void {
  const root = $getRoot();
  const existing = root.getChildren().filter($isEndMarkNode);
  if (existing.length > 0) {
    for (const mark of existing) mark.remove();
    return;
  }
  const blocks = root.getChildren();
  const last = [...blocks].reverse().find((block) => !$isBlockCard(block) && block.getTextContent().trim() !== '');
  const mark = $createEndMarkNode();
  if (last === undefined) root.append(mark);
  else last.insertAfter(mark);
  const selection = $createNodeSelection();
  selection.add(mark.getKey());
  $setSelection(selection);
}

export function EndMarkPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        TOGGLE_END_MARK_COMMAND,
        () => {
          $toggleEndMark();
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );
  return null;
}
