import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { registerSelectionSync } from './selection-sync';

/** Keys act where the caret is on the page, however fast they come (see ./selection-sync). */
export function SelectionSyncPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerSelectionSync(editor), [editor]);
  return null;
}
