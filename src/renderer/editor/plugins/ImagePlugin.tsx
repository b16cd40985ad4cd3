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
import { useEffect, useRef, type ChangeEvent } from 'react';
import { OPEN_IMAGE_PICKER_COMMAND } from '../editor-commands';
import { useBodyEditorOutputs } from '../editor-outputs';
import { $createImageNode, type ImageFile } from '../nodes/ImageNode';
import { useEditorNotice } from './editor-notice';

/** Copies a picked file into the profile and says where it is (the app calls the importImage operation). */
export type ImportImage = (file: File) => Promise<ImageFile>;

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

/**
 * Images come from disk through a file input, which works the same in the
 * app and the browser preview; the bytes go to the profile and the story
 * keeps only the content address. The details form opens at once.
 */
export function ImagePlugin({ importImage }: { importImage: ImportImage }) {
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

  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file === undefined) return;
    let stored: ImageFile;
    try {
      stored = await importImage(file);
    } catch (error) {
      notify(error instanceof Error ? error.message : 'The image could not be added.', 'error');
      return;
    }
    editor.update(() => {
      const node = $insertBlockCard($createImageNode(stored));
      outputs.describeImage.set(node.getKey());
    });
  };

  return (
    <input
      ref={inputRef}
      className="visually-hidden"
      type="file"
      accept="image/jpeg,image/png,image/gif,image/webp"
      tabIndex={-1}
      aria-hidden="true"
      data-testid="image-file-input"
      onChange={(event) => void onChange(event)}
    />
  );
}
