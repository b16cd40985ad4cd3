import { fieldText, isFieldScope, type CheckDocument } from './document';
import type { Finding } from './finding';
import { IGNORE_CONTEXT } from './ignore-context';
import type { HouseStyleIgnore } from './ignore-schema';

export type { HouseStyleIgnore } from './ignore-schema';

/** The text a finding's offsets are into; '' for a finding about the whole body. */
function textOf(document: CheckDocument, finding: Pick<Finding, 'scope' | 'blockKey'>, blocks?: ReadonlyMap<string, string>): string {
  if (finding.blockKey !== undefined) return blocks?.get(finding.blockKey) ?? document.body.find((b) => b.key === finding.blockKey)?.text ?? '';
  return isFieldScope(finding.scope) ? fieldText(document, finding.scope) : '';
}

/** "Ignore here": this finding's rule, its text and the characters around it. */
export function ignoreHere(finding: Finding, document: CheckDocument): HouseStyleIgnore {
  const text = textOf(document, finding);
  return {
    ruleId: finding.ruleId,
    matchedText: text.slice(finding.from, finding.to),
    context: {
      before: text.slice(Math.max(0, finding.from - IGNORE_CONTEXT), finding.from),
      after: text.slice(finding.to, finding.to + IGNORE_CONTEXT),
    },
  };
}

/** "Ignore this rule in this story". */
export function ignoreRuleInStory(ruleId: string): HouseStyleIgnore {
  return { ruleId, matchedText: null, context: null };
}

/** The same ignore: same rule, same words and the same characters around them. */
export function sameIgnore(a: HouseStyleIgnore, b: HouseStyleIgnore): boolean {
  return (
    a.ruleId === b.ruleId &&
    a.matchedText === b.matchedText &&
    a.context?.before === b.context?.before &&
    a.context?.after === b.context?.after
  );
}

/** The ignores with new ones added, leaving out any already there. */
export function withIgnores(ignores: readonly HouseStyleIgnore[], added: readonly HouseStyleIgnore[]): HouseStyleIgnore[] {
  const next = [...ignores];
  for (const ignore of added) if (!next.some((other) => sameIgnore(other, ignore))) next.push(ignore);
  return next;
}

/** The ignores with one brought back (its findings show again). */
export function withoutIgnore(ignores: readonly HouseStyleIgnore[], ignore: HouseStyleIgnore): HouseStyleIgnore[] {
  return ignores.filter((other) => !sameIgnore(other, ignore));
}

/** The findings no ignore covers. */
export function filterIgnored(findings: readonly Finding[], ignores: readonly HouseStyleIgnore[], document: CheckDocument): Finding[] {
  if (ignores.length === 0) return [...findings];
  const wholeRule = new Set(ignores.filter((i) => i.matchedText === null).map((i) => i.ruleId));
  const here = new Map<string, HouseStyleIgnore[]>();
  for (const ignore of ignores) {
    if (ignore.matchedText !== null) here.set(ignore.ruleId, [...(here.get(ignore.ruleId) ?? []), ignore]);
  }
  let blocks: Map<string, string> | undefined;
  return findings.filter((finding) => {
    if (wholeRule.has(finding.ruleId)) return false;
    const candidates = here.get(finding.ruleId);
    if (candidates === undefined) return true;
    blocks ??= new Map(document.body.map((b) => [b.key, b.text]));
    const text = textOf(document, finding, blocks);
    const matched = text.slice(finding.from, finding.to);
    const before = text.slice(Math.max(0, finding.from - IGNORE_CONTEXT), finding.from);
    const after = text.slice(finding.to, finding.to + IGNORE_CONTEXT);
    // A context shorter than IGNORE_CONTEXT was cut by the edge of its text; what is there now must still end (start) with it.
    return !candidates.some(
      (ignore) => ignore.matchedText === matched && ignore.context !== null && before.endsWith(ignore.context.before) && after.startsWith(ignore.context.after),
    );
  });
}
