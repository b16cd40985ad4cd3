import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { startTransition, useEffect, useRef } from 'react';

/**
 * Tells the page the body changed, without serializing it: the autosave asks
 * for the JSON when it saves. Selection moves, and the editor laying out the
 * story it opened with, are not changes. The call itself is immediate (the
 * text is marked unsaved at once); only the page's re-rendering waits.
 */
export function ChangePlugin({ onChange }: { onChange: () => void }) {
  const [editor] = useLexicalComposerContext();
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState, prevEditorState, dirtyElements, dirtyLeaves }) => {
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        if (prevEditorState.isEmpty() || editorState === prevEditorState) return;
        // What the page shows in answer (the save state) renders after the keystroke's frame, not before it.
        startTransition(() => latest.current());
      }),
    [editor],
  );
  return null;
}
