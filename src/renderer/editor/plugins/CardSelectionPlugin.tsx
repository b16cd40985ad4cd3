import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { registerCardSelection } from './card-selection';

/** Typing, Enter and clicks with a block card selected (see ./card-selection). */
export function CardSelectionPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerCardSelection(editor), [editor]);
  return null;
}
