import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { NodeKey } from 'lexical';
import { useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { FootnoteEditor } from './FootnoteEditor';
import { footnoteList } from './footnote-numbers';
import './footnote.css';

/** The words of a note an accessible name starts with. */
const NAME_LENGTH = 60;
/** The popover's width (footnote.css) and its offset from the marker. */
const POPOVER_WIDTH = 380;
const POPOVER_GAP = 6;

/** "Footnote 2: The start of its text…", the marker's accessible name. */
export function footnoteName(number: number, text: string): string {
  const start = text.length > NAME_LENGTH ? `${text.slice(0, NAME_LENGTH).trimEnd()}…` : text;
  return start === '' ? `Footnote ${number} (empty)` : `Footnote ${number}: ${start}`;
}

type Place = { host: HTMLElement; top: number; left: number };

/**
 * The marker in the text: the note's number, raised; a click opens the
 * note's editor under it. The editor is drawn beside the text rather than
 * in the paragraph, which is painted only within its own box (editor.css).
 */
export function FootnoteView({ nodeKey, text }: { nodeKey: NodeKey; text: string }) {
  const [editor] = useLexicalComposerContext();
  const list = footnoteList(editor);
  const number = useSyncExternalStore(list.subscribe, () => list.numberOf(nodeKey));
  const open = useSyncExternalStore(list.subscribe, () => list.opened() === nodeKey);
  const markRef = useRef<HTMLButtonElement>(null);
  const [place, setPlace] = useState<Place | null>(null);

  useLayoutEffect(() => {
    const host = editor.getRootElement()?.parentElement;
    const mark = markRef.current;
    if (!open || host == null || mark === null) {
      setPlace(null);
      return;
    }
    const hostBox = host.getBoundingClientRect();
    const markBox = mark.getBoundingClientRect();
    const left = Math.max(0, Math.min(markBox.left - hostBox.left - 12, hostBox.width - POPOVER_WIDTH));
    setPlace({ host, top: markBox.bottom - hostBox.top + POPOVER_GAP, left });
  }, [editor, open]);

  return (
    <>
      <sup className="footnote-ref__mark">
        <button
          ref={markRef}
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
      {open &&
        place !== null &&
        createPortal(
          <FootnoteEditor editor={editor} nodeKey={nodeKey} number={number} text={text} style={{ top: place.top, left: place.left }} onDone={() => list.open(null)} />,
          place.host,
        )}
    </>
  );
}
