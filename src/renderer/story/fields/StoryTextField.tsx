import { useCallback, useEffect, useRef, type ChangeEvent, type ClipboardEvent, type KeyboardEvent, type Ref } from 'react';
import type { FieldScope, Finding, TextEdit } from '../../../shared/house-style';
import { spellingCategoryOf } from '../../../shared/spelling/lint-findings';
import { fieldText } from '../../../shared/house-style/document';
import { createLiveValue, useLiveValue } from '../../editor/live-value';
import { useHouseStyleSession } from '../../house-style/house-style-context';
import type { HouseStyleResult } from '../../house-style/house-style-session';
import { noSpelling } from '../../spelling/spelling-session';
import { fieldStoreLimits } from './field-limits';
import { FieldFindingList, focusFirstFix } from './FieldFindingList';
import { lengthState, markedSegments, mergedEdit, oneLine, pastedText, typedTypography, type FieldEdit, type FieldLimit } from './field-text';

export type StoryTextFieldProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Whose house-style findings the field shows, and which fixes it applies. */
  scope: Exclude<FieldScope, 'bio'>;
  /** A headline: Enter never makes a new line, and a pasted one becomes a space. */
  singleLine?: boolean;
  /** The label above the field; otherwise it names the field for assistive technology only. */
  labelVisible?: boolean;
  placeholder?: string;
  /** The look of the text (e.g. the headline's size), given to the field and its underlay alike; a boxed form field by default. */
  className?: string;
  /** Enter (without Shift) goes on: from the headline to the standfirst, from the standfirst to the text. */
  onEnter?: () => void;
  inputRef?: Ref<HTMLTextAreaElement>;
};

/** What a field shows where nothing is checked (no house-style session on the page). */
const NOTHING_CHECKED = createLiveValue<HouseStyleResult | null>(null);

/**
 * Replaces [from, to) of the field the way typing does, so the browser's own
 * undo (Ctrl+Z) takes it back as one step and the caret lands after it.
 */
function replaceAsTyping(field: HTMLTextAreaElement, edit: FieldEdit): void {
  field.setSelectionRange(edit.from, edit.to);
  if (edit.insert === '') document.execCommand('delete');
  else document.execCommand('insertText', false, edit.insert);
}

/**
 * A story text field (headline, standfirst, social headline and description):
 * house typography as you type and on paste, the field's house-style findings
 * underlined in the text and listed under it with their fixes, and a length
 * meter that appears near the target. Nothing is ever cut: text longer than
 * the store keeps stays, with a note that it cannot be saved yet.
 */
export function StoryTextField(props: StoryTextFieldProps) {
  const { id, label, value, onChange, scope, singleLine = false, labelVisible = false, placeholder, className = 'form-field__input', onEnter, inputRef } = props;
  const own = useRef<HTMLTextAreaElement | null>(null);
  const findingsRef = useRef<HTMLDivElement>(null);
  // Set while the field edits itself, so that edit is not judged as typing.
  const applying = useRef(false);
  const session = useHouseStyleSession();

  const setRefs = useCallback(
    (element: HTMLTextAreaElement | null) => {
      own.current = element;
      if (typeof inputRef === 'function') inputRef(element);
      else if (inputRef != null) inputRef.current = element;
    },
    [inputRef],
  );

  const edit = useCallback((change: FieldEdit) => {
    const field = own.current;
    if (field === null) return;
    applying.current = true;
    try {
      replaceAsTyping(field, change);
    } finally {
      applying.current = false;
    }
  }, []);

  // Fixes from the panel or the list below come here, so they are undoable in the field.
  useEffect(() => {
    if (session === null) return undefined;
    return session.attachField(scope, (edits: readonly TextEdit[], checkedText: string) => {
      const field = own.current;
      if (field === null || field.value !== checkedText) return;
      const change = mergedEdit(checkedText, edits);
      if (change === null) return;
      const before = document.activeElement;
      field.focus({ preventScroll: true });
      edit(change);
      // A fix from the panel leaves focus in the panel; one from under the field leaves the caret after it.
      const wrapper = field.closest('.story-field');
      if (before instanceof HTMLElement && before.isConnected && wrapper !== null && !wrapper.contains(before)) before.focus({ preventScroll: true });
    });
  }, [session, scope, edit]);

  const onInput = (event: ChangeEvent<HTMLTextAreaElement>) => {
    const field = event.target;
    const next = singleLine ? oneLine(field.value) : field.value;
    onChange(next);
    const native = event.nativeEvent as InputEvent;
    if (applying.current || native.isComposing || native.inputType !== 'insertText' || next !== field.value) return;
    const typography = typedTypography(value, next, field.selectionStart);
    if (typography !== null) edit(typography);
  };

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = event.clipboardData.getData('text/plain');
    if (pasted === '') return;
    event.preventDefault();
    const field = event.currentTarget;
    const { selectionStart: from, selectionEnd: to } = field;
    edit({ from, to, insert: pastedText(field.value.slice(0, from), pasted, field.value.slice(to), singleLine) });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (singleLine || (onEnter !== undefined && !event.shiftKey))) {
      event.preventDefault();
      onEnter?.();
    } else if (event.key === '.' && (event.ctrlKey || event.metaKey) && findingsRef.current !== null) {
      event.preventDefault();
      focusFirstFix(findingsRef.current);
    }
  };

  const result = useLiveValue<HouseStyleResult | null>(session?.result ?? NOTHING_CHECKED);
  // An empty field is not yet written: what it lacks is for the House style panel, not a warning under it.
  const spelling = useLiveValue(session?.spelling?.view ?? noSpelling).findings;
  const ownFindings = (list: readonly Finding[]) => list.filter((finding) => finding.scope === scope && finding.blockKey === undefined);
  const findings = value.trim() === '' ? [] : [...ownFindings(result?.findings ?? []), ...ownFindings(spelling)];
  // Underlines only over the text they were found in; the list stays while a re-check is on its way.
  const checkedText = result === null ? null : fieldText(result.document, scope);
  const marks = findings.map((finding) => ({ from: finding.from, to: finding.to, severity: spellingCategoryOf(finding.ruleId) ?? finding.severity }));
  const segments = checkedText === value ? markedSegments(value, marks) : [{ text: value, severity: null }];
  const limit: FieldLimit = { ...fieldStoreLimits[scope], target: session?.lengthTarget(scope) ?? null };
  const length = lengthState(value, limit, label);
  const statusId = `${id}-status`;

  return (
    <div className={`story-field${length.unsaved === null ? '' : ' is-unsaved'}`}>
      <label htmlFor={id} className={labelVisible ? 'story-field__label' : 'visually-hidden'}>
        {label}
      </label>
      <div className="story-field__box">
        <div className={`${className} story-field__underlay`} aria-hidden="true">
          {segments.map((segment, index) =>
            segment.severity === null ? (
              segment.text
            ) : (
              <span key={index} className={`story-field__mark is-${segment.severity}`}>
                {segment.text}
              </span>
            ),
          )}
          {/* Keeps a last empty line as tall as the field's. */}
          {'\u200B'}
        </div>
        <textarea
          ref={setRefs}
          id={id}
          className={`${className} story-field__input`}
          placeholder={placeholder}
          rows={1}
          spellCheck
          value={value}
          aria-describedby={statusId}
          aria-invalid={length.unsaved !== null}
          onChange={onInput}
          onPaste={onPaste}
          onKeyDown={onKeyDown}
        />
      </div>
      <div id={statusId} className="story-field__status">
        {session !== null && findings.length > 0 && (
          <FieldFindingList ref={findingsRef} label={label} text={value} findings={findings} session={session} onLeave={() => own.current?.focus()} />
        )}
        {length.shown && limit.target !== null && (
          <p className={`story-field__meter${length.over ? ' is-over' : ''}`}>
            {length.count.toLocaleString('en-GB')} / {limit.target.max.toLocaleString('en-GB')} {limit.target.unit}
          </p>
        )}
      </div>
      {length.unsaved !== null && (
        <p className="story-field__unsaved" role="alert">
          {length.unsaved}
        </p>
      )}
    </div>
  );
}
