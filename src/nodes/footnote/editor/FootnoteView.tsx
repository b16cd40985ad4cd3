import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { NodeKey } from 'lexical';
import { useSyncExternalStore } from 'react';
import { FootnoteEditor } from './FootnoteEditor';
import { footnoteList } from './footnote-numbers';
import './footnote.css';

/** The words of a note an accessible name starts with. */
const NAME_LENGTH = 60;

/** "Footnote 2: The start of its text…", the marker's accessible name. */
export function footnoteName(number: number, text: string): string {
  const start = text.length > NAME_LENGTH ? `${text.slice(0, NAME_LENGTH).trimEnd()}…` : text;
  return start === '' ? `Footnote ${number} (empty)` : `Footnote ${number}: ${start}`;
}

/** The marker in the text: the note's number, raised; a click opens the note's editor beside it. */
export function FootnoteView({ nodeKey, text }: { nodeKey: NodeKey; text: string }) {
  const [editor] = useLexicalComposerContext();
  const list = footnoteList(editor);
  const number = useSyncExternalStore(list.subscribe, () => list.numberOf(nodeKey));
  const open = useSyncExternalStore(list.subscribe, () => list.opened() === nodeKey);
  return (
    <>
      <sup className="footnote-ref__mark">
        <button
          type="button"
          className="footnote-ref__button"
          aria-label={footnoteName(number, text)}
          aria-expanded={open}
          title={text}
          onClick={() => list.open(nodeKey)}
        >
          {number === 0 ? '·' : number}
        </button>
      </sup>
      {open && <FootnoteEditor editor={editor} nodeKey={nodeKey} number={number} text={text} onDone={() => list.open(null)} />}
    </>
  );
}
