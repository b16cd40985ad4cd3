import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isNodeSelection,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_NORMAL,
  KEY_DOWN_COMMAND,
  UNDO_COMMAND,
  type NodeKey,
} from 'lexical';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { matchesCommand } from '../../../renderer/commands/command-match';
import { useEditorNotice } from '../../../renderer/editor/plugins/editor-notice';
import { INSERT_FOOTNOTE_COMMAND, SAVE_FOOTNOTE_COMMAND } from './footnote-commands';
import { $insertFootnote, saveNote } from './footnote-edits';
import { footnoteList } from './footnote-numbers';
import { $footnotesInOrder } from './footnote-order';
import { $isFootnoteNode } from '../footnote-node';
import { FootnoteEditorNode } from './FootnoteEditorNode';
import { FootnotesList } from './FootnotesList';

/**
 * Footnotes in the body editor: inserted at the caret, numbered in document
 * order as they come, go and move, opened from the marker or the notes list
 * shown under the text.
 */
export function FootnotePlugin() {
  const [editor] = useLexicalComposerContext();
  const [host, setHost] = useState<HTMLElement | null>(null);
  const notify = useEditorNotice();

  useEffect(() => {
    const list = footnoteList(editor);
    const live = new Set<NodeKey>();
    return mergeRegister(
      editor.registerMutationListener(FootnoteEditorNode, (mutations) => {
        for (const [key, mutation] of mutations) {
          if (mutation === 'destroyed') live.delete(key);
          else live.add(key);
        }
        list.set(editor.getEditorState().read(() => $footnotesInOrder(live)));
      }),
      editor.registerCommand(
        INSERT_FOOTNOTE_COMMAND,
        () => {
          // Command handlers run inside an editor update, so the note is made here and now.
          const key = $insertFootnote();
          if (key !== null) list.open(key);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(
        SAVE_FOOTNOTE_COMMAND,
        ({ key, text }) => {
          if (saveNote(editor, key, text) === 'removed') {
            notify('Empty footnote removed.', undefined, { label: 'Undo', run: () => editor.dispatchCommand(UNDO_COMMAND, undefined) });
          }
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (matchesCommand('insert-footnote', event)) {
            event.preventDefault();
            return editor.dispatchCommand(INSERT_FOOTNOTE_COMMAND, undefined);
          }
          if (event.key !== 'Enter' && event.key !== ' ') return false;
          const selected = $selectedFootnote();
          if (selected === null) return false;
          event.preventDefault();
          list.open(selected);
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
      editor.registerRootListener((root) => {
        if (root === null) {
          setHost(null);
          return;
        }
        const element = document.createElement('div');
        root.after(element);
        setHost(element);
        return () => element.remove();
      }),
    );
  }, [editor, notify]);

  return host === null ? null : createPortal(<FootnotesList editor={editor} />, host);
}

/** The footnote selected on its own (a click beside it, arrow keys), if any. */
function $selectedFootnote(): NodeKey | null {
  const selection = $getSelection();
  if (!$isNodeSelection(selection)) return null;
  const nodes = selection.getNodes();
  return nodes.length === 1 && $isFootnoteNode(nodes[0]) ? nodes[0].getKey() : null;
}
