import { compareField, type TextPart } from './word-diff';

/**
 * One change to a story outside its headline, standfirst and body text, as
 * the history lists it: "Byline added: …", "Slug: old → new", or a field's
 * words with the changed ones marked.
 */
export type FieldChange =
  | { change: 'added' | 'removed'; label: string; text: string }
  | { change: 'edited'; label: string; parts: TextPart[] }
  /** An empty side means the field was not set. */
  | { change: 'replaced'; label: string; from: string; to: string };

/** A text field's change word by word, or nothing when it is the same. */
export function editedField(label: string, older: string, newer: string): FieldChange[] {
  const parts = compareField(older, newer);
  return parts === null ? [] : [{ change: 'edited', label, parts }];
}

/** A value that is swapped whole (a slug, a section, a date), or nothing when it is the same. */
export function replacedField(label: string, older: string, newer: string): FieldChange[] {
  return older === newer ? [] : [{ change: 'replaced', label, from: older, to: newer }];
}
