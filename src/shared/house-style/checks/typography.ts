import { fixTypography } from '../../typography';
import type { BlockText } from '../block-text';
import { builtinMessage } from '../builtin-messages';
import { findingOf, type LocalFinding } from '../finding';
import type { BuiltinRuleNamed } from '../rules-schema';

/**
 * House rules 1–4 (docs/house-style-rules.md), wherever they remain (imported or pasted text): the
 * typography module's own fixes, each offered as a finding. Quote nesting,
 * elisions (’90s, rock ’n’ roll) and what is protected are its decisions.
 */
export function checkTypography(block: BlockText, rules: readonly BuiltinRuleNamed<'typography'>[], out: LocalFinding[]): void {
  if (rules.length === 0) return;
  const { changes } = fixTypography(block.text, { protectedRanges: block.protectedRanges });
  for (const rule of rules) {
    for (const change of changes) {
      const found = block.text.slice(change.from, change.to);
      const message = builtinMessage(rule, change.rule, { found, suggestion: change.replacement });
      const fix = {
        label: change.replacement === '' ? 'Remove the space' : `Change to “${change.replacement}”`,
        edits: [{ from: change.from, to: change.to, insert: change.replacement }],
      };
      out.push(findingOf(rule, message, change.from, change.to, [fix]));
    }
  }
}
