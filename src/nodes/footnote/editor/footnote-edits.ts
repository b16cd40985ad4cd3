import { $isLinkNode } from '@lexical/link';
import { $findMatchingParent } from '@lexical/utils';
import { $getNodeByKey, $getSelection, $isRangeSelection, HISTORY_MERGE_TAG, type LexicalEditor, type NodeKey } from 'lexical';
import { fixTypography } from '../../../shared/typography';
import { $isFootnoteNode } from '../footnote-node';
import { $createFootnoteNode } from './FootnoteEditorNode';

/**
 * Puts an empty footnote at the caret (after the selection, if words are
 * selected); after a link rather than inside it, since the marker is a link
 * of its own in the export. Returns its key, or null where a note cannot go.
 */
export function $insertFootnote(): NodeKey | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  if (!selection.isCollapsed()) {
    const end = selection.isBackward() ? selection.anchor : selection.focus;
    (end === selection.focus ? selection.anchor : selection.focus).set(end.key, end.offset, end.type);
  }
  const note = $createFootnoteNode();
  const link = $findMatchingParent(selection.anchor.getNode(), $isLinkNode);
  if (link !== null) link.insertAfter(note);
  else selection.insertNodes([note]);
  note.selectNext();
  return note.getKey();
}

/** The note's text as kept: one paragraph, with the house typography. */
export function cleanNote(text: string): string {
  return fixTypography(text.replace(/\s+/g, ' ').trim()).text;
}

/** What closing a note did: kept it, took out a note that had text (worth an Undo), or dropped a new one left empty. */
export type NoteResult = 'kept' | 'removed' | 'dropped';

/**
 * Keeps the note's new text in one editor update (one undo step; a new
 * note's first text joins the step that made it, and a new note closed
 * empty leaves no step at all). An empty note is taken out; the caret goes
 * after the marker, or where it stood.
 */
export function saveNote(editor: LexicalEditor, key: NodeKey, draft: string): NoteResult {
  const text = cleanNote(draft);
  const before = editor.getEditorState().read(() => {
    const node = $getNodeByKey(key);
    return $isFootnoteNode(node) ? node.getText() : null;
  });
  if (before === null) return 'kept';
  const fresh = before === '';
  const result: NoteResult = text !== '' ? 'kept' : fresh ? 'dropped' : 'removed';
  // Called from a command too, where this update runs after the command's own: nothing below reads it back.
  editor.update(
    () => {
      const node = $getNodeByKey(key);
      if (!$isFootnoteNode(node)) return;
      if (text === '') {
        const previous = node.getPreviousSibling();
        const parent = node.getParentOrThrow();
        node.remove();
        if (previous !== null) previous.selectEnd();
        else parent.selectStart();
        return;
      }
      if (text !== node.getText()) node.setText(text);
      node.selectNext();
    },
    fresh ? { tag: HISTORY_MERGE_TAG } : undefined,
  );
  editor.getRootElement()?.focus({ preventScroll: true });
  return result;
}
