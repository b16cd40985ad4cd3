import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { useEditorNotice } from '../plugins/editor-notice';
import { registerPaste } from './register-paste';

/** Paste from other programs and the web, cleaned and in house style (see ./register-paste). */
export function PastePlugin() {
  const [editor] = useLexicalComposerContext();
  const notify = useEditorNotice();
  useEffect(() => registerPaste(editor, notify), [editor, notify]);
  return null;
}
