import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { registerTypography } from './typography';

/** Smart quotes, dashes, ellipses and spacing as you type (see ./typography). */
export function TypographyPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerTypography(editor), [editor]);
  return null;
}
