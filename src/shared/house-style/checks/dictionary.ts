import type { BlockText } from '../block-text';
import type { EntryPayload } from '../compile-rules';
import { deletionEdit } from '../deletion-edit';
import { changeFix, fillMessage, findingOf, suggestionText, type LocalFinding } from '../finding';
import { followCase } from '../text-case';

/** A word-list entry found at [from, to): the finding with one fix per suggestion. */
export function dictionaryFinding(block: BlockText, entry: EntryPayload, from: number, to: number): LocalFinding {
  const { rule } = entry;
  const found = block.text.slice(from, to);
  const suggestions = entry.suggestions.map((s) => (rule.matchCase ? s : followCase(found, s)));
  const fixes = suggestions.map((insert) =>
    insert === '' ? { label: `Delete “${found}”`, edits: [deletionEdit(block.text, from, to)] } : changeFix(from, to, insert),
  );
  const finding = findingOf(rule, fillMessage(rule.message, { found, suggestion: suggestions[0] === undefined ? '' : suggestionText(suggestions[0]) }), from, to, fixes);
  if (entry.advice !== undefined) finding.advice = entry.advice;
  return finding;
}
