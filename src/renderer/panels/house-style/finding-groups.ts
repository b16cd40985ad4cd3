import type { Finding } from '../../../shared/house-style';
import { spellingRuleLabel } from '../../../shared/spelling/rule-labels';

/** One heading's findings in the panel: the rules it stands for (several engine rules can share a name) and their findings. */
export type Group = { name: string; ruleIds: string[]; findings: Finding[] };

const rank = { error: 0, warning: 1, suggestion: 2 } as const;

/**
 * The findings under one heading per rule name, in the order first found,
 * errors before warnings before suggestions: "their" for "they're" and
 * "there" for "their" are two engine rules but one slip to an editor, so
 * they are listed together under "their, there, they’re".
 */
export function groupFindings(findings: readonly Finding[]): Group[] {
  const groups = new Map<string, Group>();
  for (const finding of findings) {
    const name = spellingRuleLabel(finding.ruleId) ?? finding.ruleId;
    let group = groups.get(name);
    if (group === undefined) {
      group = { name, ruleIds: [], findings: [] };
      groups.set(name, group);
    }
    if (!group.ruleIds.includes(finding.ruleId)) group.ruleIds.push(finding.ruleId);
    group.findings.push(finding);
  }
  return [...groups.values()].sort((a, b) => rank[a.findings[0]!.severity] - rank[b.findings[0]!.severity]);
}
