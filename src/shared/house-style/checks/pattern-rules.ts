import type { BlockText } from '../block-text';
import type { PatternRule } from '../compile-rules';
import { deletionEdit } from '../deletion-edit';
import { changeFix, fillMessage, findingOf, suggestionText, type LocalFinding } from '../finding';
import { expandReplacement } from '../replacement';
import { followCase } from '../text-case';
import { forEachMatch } from '../user-pattern';

/** Substitution rules (a pattern and its fix) and existence rules (a pattern to flag, with advice). */
export function checkPatterns(block: BlockText, rules: readonly PatternRule[], out: LocalFinding[]): void {
  for (const { rule, pattern } of rules) {
    forEachMatch(pattern, block.text, (match) => {
      const from = match.index;
      const to = from + match[0].length;
      if (block.isOffLimits(from, to)) return;
      const found = match[0];
      if (rule.kind === 'existence') {
        out.push(findingOf(rule, fillMessage(rule.message, { found }), from, to));
        return;
      }
      const expanded = expandReplacement(rule.replacement, match);
      // A fix in lower case takes the look of what it replaces (Impacted on → Affected); one with capitals stays as written.
      const insert = expanded === expanded.toLowerCase() ? followCase(found, expanded) : expanded;
      if (insert === found) return;
      const fix = insert === '' ? { label: `Delete “${found}”`, edits: [deletionEdit(block.text, from, to)] } : changeFix(from, to, insert);
      out.push(findingOf(rule, fillMessage(rule.message, { found, suggestion: suggestionText(insert) }), from, to, [fix]));
    });
  }
}
