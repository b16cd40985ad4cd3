import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { useEffect } from 'react';
import { useBodyEditorOutputs } from '../editor-outputs';
import { registerOutline } from './outline';
import { registerWordCount } from './word-count';

/** Keeps the live word count and the outline of subheadings current for the page around the editor. */
export function OutputsPlugin() {
  const [editor] = useLexicalComposerContext();
  const outputs = useBodyEditorOutputs();
  useEffect(
    () =>
      mergeRegister(
        registerWordCount(editor, (words) => outputs.words.set(words)),
        registerOutline(editor, (items) => outputs.outline.set(items)),
      ),
    [editor, outputs],
  );
  return null;
}
