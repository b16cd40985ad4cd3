import { editedField, type FieldChange } from '../../shared/story/field-change';
import { matchInOrder } from '../../shared/story/match-in-order';
import type { JsonNode } from '../node-definition';

/** Notes added, removed or reworded, named by their number in the newer text (or the older, for one removed); notes are not body text. */
export function compareFootnotes(olderNodes: readonly JsonNode[], newerNodes: readonly JsonNode[]): FieldChange[] {
  const notes = (nodes: readonly JsonNode[]) => nodes.map((node, i) => ({ text: typeof node.text === 'string' ? node.text : '', n: i + 1 }));
  // A reworded note is still the same note while it stands between the same unchanged ones.
  const { pairs, removed, added } = matchInOrder(notes(olderNodes), notes(newerNodes), (a, b) => a.text === b.text, () => true);
  return [
    ...removed.map((note): FieldChange => ({ change: 'removed', label: `Footnote ${note.n} removed`, text: note.text })),
    ...added.map((note): FieldChange => ({ change: 'added', label: `Footnote ${note.n} added`, text: note.text })),
    ...pairs.flatMap(([before, after]) => editedField(`Footnote ${after.n}`, before.text, after.text)),
  ];
}
