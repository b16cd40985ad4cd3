import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $insertNodeToNearestRoot } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  type LexicalNode,
} from 'lexical';
import { useEffect, useRef } from 'react';
import { ImageFileInput, type ImportImage } from '../../../renderer/images/ImageFileInput';
import type { NodePluginProps } from '../../../renderer/editor/node-editor-part';
import { OPEN_IMAGE_PICKER_COMMAND } from '../../../renderer/editor/editor-commands';
import { useBodyEditorOutputs } from '../../../renderer/editor/editor-outputs';
import { $createImageNode } from './ImageEditorNode';
import type { ImageFile } from '../image-parts';
import { useEditorNotice } from '../../../renderer/editor/plugins/editor-notice';

/**
 * Puts a block card at the caret: in place of an empty paragraph (as Ghost
 * does), otherwise splitting the block there. A paragraph follows a card at
 * the end of the story, so writing can go on after it.
 */
export function $insertBlockCard<T extends LexicalNode>(card: T): T {
  const selection = $getSelection();
  const block = $isRangeSelection(selection) ? selection.anchor.getNode().getTopLevelElement() : null;
  if ($isParagraphNode(block) && block.isEmpty()) block.replace(card);
  else $insertNodeToNearestRoot(card);
  if (card.getNextSibling() === null) card.insertAfter($createParagraphNode());
  return card;
}

/** The image's commands, where the story page can store pictures. */
export function ImagePlugin({ importImage }: NodePluginProps) {
  return importImage === undefined ? null : <ImagePicker importImage={importImage} />;
}

/**
 * Images come from disk (ImageFileInput); the bytes go to the profile and the
 * story keeps only the content address. The details form opens at once.
 */
function ImagePicker({ importImage }: { importImage: ImportImage }) {
  const [editor] = useLexicalComposerContext();
  const outputs = useBodyEditorOutputs();
  const notify = useEditorNotice();
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(
    () =>
      editor.registerCommand(
        OPEN_IMAGE_PICKER_COMMAND,
        () => {
          inputRef.current?.click();
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );

  const insert = (stored: ImageFile) =>
    editor.update(() => {
      const node = $insertBlockCard($createImageNode(stored));
      outputs.describeImage.set(node.getKey());
    });

  return (
    <ImageFileInput
      ref={inputRef}
      importImage={importImage}
      onImported={insert}
      onError={(message) => notify(message, 'error')}
      testId="image-file-input"
    />
  );
}
