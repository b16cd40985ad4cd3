import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalNodeSelection } from '@lexical/react/useLexicalNodeSelection';
import type { NodeKey } from 'lexical';
import { useCallback, type MouseEvent } from 'react';

/**
 * A block card (pull-quote, image, end mark) is selected as a whole by a
 * click, as in Ghost's editor: Backspace or Delete then removes it, arrows
 * move on. Clicks on its own buttons are left to them.
 */
export function useBlockSelection(nodeKey: NodeKey) {
  const [editor] = useLexicalComposerContext();
  const [selected, setSelected, clearSelection] = useLexicalNodeSelection(nodeKey);
  const select = useCallback(
    (event: MouseEvent) => {
      if ((event.target as HTMLElement).closest('button, input, textarea, a') !== null) return;
      if (!event.shiftKey) clearSelection();
      setSelected(true);
      editor.getRootElement()?.focus({ preventScroll: true });
    },
    [clearSelection, editor, setSelected],
  );
  return { selected, select };
}
