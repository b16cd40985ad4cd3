import type { LexicalEditor, NodeKey } from 'lexical';
import { useEffect, useId, useRef, useState, type CSSProperties, type FocusEvent, type KeyboardEvent } from 'react';
import { MAX_FOOTNOTE_TEXT } from '../footnote-names';
import { SAVE_FOOTNOTE_COMMAND } from './footnote-commands';

type FootnoteEditorProps = {
  editor: LexicalEditor;
  nodeKey: NodeKey;
  number: number;
  text: string;
  /** Where it stands, under its marker. */
  style: CSSProperties;
  onDone: () => void;
};

/**
 * The note's text in a small popover under its marker. Escape, Enter,
 * Ctrl/Cmd+Enter, Done or a click elsewhere keep the change (one undo step)
 * and put the caret back after the marker; a note left empty is taken out.
 */
export function FootnoteEditor({ editor, nodeKey, number, text, style, onDone }: FootnoteEditorProps) {
  const [draft, setDraft] = useState(text);
  const formRef = useRef<HTMLDivElement>(null);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);
  const labelId = useId();
  const hintId = useId();

  // Drawn outside the text (FootnoteView), so the story editor never sees its keys.
  useEffect(() => {
    formRef.current?.scrollIntoView({ block: 'nearest' });
    const field = fieldRef.current;
    field?.focus({ preventScroll: true });
    field?.setSelectionRange(field.value.length, field.value.length);
  }, []);

  const close = () => {
    if (done.current) return;
    done.current = true;
    onDone();
    editor.dispatchCommand(SAVE_FOOTNOTE_COMMAND, { key: nodeKey, text: draft });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' || event.key === 'Enter') {
      // Enter never puts a line break in a note: a note is one paragraph.
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  };

  // The popover itself takes focus (tabIndex -1) when its own text is clicked, so only a click elsewhere closes it.
  const onBlur = (event: FocusEvent) => {
    if (!(event.relatedTarget instanceof Node && formRef.current?.contains(event.relatedTarget))) close();
  };

  return (
    <div ref={formRef} className="footnote-editor" style={style} role="dialog" tabIndex={-1} aria-labelledby={labelId} onKeyDown={onKeyDown} onBlur={onBlur}>
      <label id={labelId} className="footnote-editor__label" htmlFor={`${labelId}-text`}>
        Footnote {number}
      </label>
      <textarea
        ref={fieldRef}
        id={`${labelId}-text`}
        className="footnote-editor__text"
        value={draft}
        maxLength={MAX_FOOTNOTE_TEXT}
        rows={3}
        placeholder="The note: a source, a reference or an aside"
        aria-describedby={hintId}
        onChange={(event) => setDraft(event.target.value)}
      />
      <div className="footnote-editor__actions">
        <p id={hintId} className="footnote-editor__hint">
          Enter or Esc to finish. An empty note is removed.
        </p>
        <button type="button" className="button button--secondary button--small" onClick={close}>
          Done
        </button>
      </div>
    </div>
  );
}
