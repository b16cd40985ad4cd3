import type { BlockText } from '../block-text';
import type { EntryPayload } from '../compile-rules';
import { deletionEdit } from '../deletion-edit';
import { changeFix, fillMessage, findingOf, suggestionText, type LocalFinding } from '../finding';
import { followCase } from '../text-case';

/** A word-list entry found at [from, to) (the spelling with these fixes): the finding with one fix per suggestion. */
export function dictionaryFinding(block: BlockText, entry: EntryPayload, fixes: readonly string[], from: number, to: number): LocalFinding {
  const { rule } = entry;
  const found = block.text.slice(from, to);
  const suggestions = fixes.map((s) => (rule.matchCase ? s : followCase(found, s)));
  const offered = suggestions.map((insert) =>
    insert === '' ? { label: `Delete “${found}”`, edits: [deletionEdit(block.text, from, to)] } : changeFix(from, to, insert),
  );
  const finding = findingOf(rule, fillMessage(rule.message, { found, suggestion: suggestions[0] === undefined ? '' : suggestionText(suggestions[0]) }), from, to, offered);
  if (entry.advice !== undefined) finding.advice = entry.advice;
  return finding;
}
