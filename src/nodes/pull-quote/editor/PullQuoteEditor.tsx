import { stopLexicalPropagation, type LexicalEditor, type NodeKey } from 'lexical';
import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { editPullQuote, focusCard } from './pull-quote-edits';

/** Events the fields keep to themselves: the story editor around them must not read them as typing in the text. */
const OWN_EVENTS = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'paste', 'cut', 'copy', 'drop', 'dragstart', 'compositionstart', 'compositionend', 'click', 'mousedown'] as const;

type PullQuoteEditorProps = {
  editor: LexicalEditor;
  nodeKey: NodeKey;
  text: string;
  attribution: string;
  onDone: () => void;
};

/**
 * The pull-quote's words and attribution as fields, in the card. Enter or
 * Escape keeps the change and returns to the card; leaving the fields keeps
 * it too. One editor update, so Ctrl+Z in the text takes it back.
 */
export function PullQuoteEditor({ editor, nodeKey, text, attribution, onDone }: PullQuoteEditorProps) {
  const [draftText, setDraftText] = useState(text);
  const [draftAttribution, setDraftAttribution] = useState(attribution);
  const formRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);
  const hintId = useId();

  useEffect(() => {
    const form = formRef.current;
    if (form === null) return;
    for (const name of OWN_EVENTS) form.addEventListener(name, stopLexicalPropagation);
    const field = textRef.current;
    field?.focus();
    field?.setSelectionRange(field.value.length, field.value.length);
    return () => {
      for (const name of OWN_EVENTS) form.removeEventListener(name, stopLexicalPropagation);
    };
  }, []);

  const commit = (backToCard: boolean) => {
    if (done.current) return;
    done.current = true;
    editPullQuote(editor, nodeKey, { text: draftText, attribution: draftAttribution });
    onDone();
    if (backToCard) focusCard(editor, nodeKey);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' || (event.key === 'Enter' && !event.shiftKey)) {
      event.preventDefault();
      event.stopPropagation();
      commit(true);
    }
  };

  const onBlur = (event: FocusEvent) => {
    if (!(event.relatedTarget instanceof Node && formRef.current?.contains(event.relatedTarget))) commit(false);
  };

  return (
    <div ref={formRef} className="pull-quote-editor" onKeyDown={onKeyDown} onBlur={onBlur}>
      <label className="pull-quote-editor__field">
        <span className="visually-hidden">Pull-quote text</span>
        <textarea
          ref={textRef}
          className="pull-quote-editor__text"
          value={draftText}
          maxLength={2_000}
          rows={2}
          aria-describedby={hintId}
          onChange={(event) => setDraftText(event.target.value)}
        />
      </label>
      <label className="pull-quote-editor__field">
        <span className="visually-hidden">Attribution</span>
        <input
          type="text"
          className="form-field__input form-field__input--small pull-quote-editor__attribution"
          placeholder="Attribution (optional)"
          value={draftAttribution}
          maxLength={300}
          aria-describedby={hintId}
          onChange={(event) => setDraftAttribution(event.target.value)}
        />
      </label>
      <p id={hintId} className="pull-quote-editor__hint">
        Enter or Esc to finish. Mark left-out words with “…”. Undo in the text takes the change back.
      </p>
    </div>
  );
}
