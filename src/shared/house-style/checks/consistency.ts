import type { BlockText } from '../block-text';
import { consistencyKey, type ConsistencyAlternative, type ConsistencyMatcher } from '../compile-rules';
import { changeFix, fillMessage, findingOf, type LocalFinding } from '../finding';
import { followCase } from '../text-case';
import { forEachMatch } from '../user-pattern';

/** One use of an accepted form, kept per block so the story-wide decision never rescans text. */
export interface ConsistencyOccurrence {
  alternative: ConsistencyAlternative;
  from: number;
  to: number;
  found: string;
  /** The numbers the form's # stood for. */
  numbers: string[];
}

/** Every use of a consistency form in one text, in order. */
export function findConsistencyForms(block: BlockText, matchers: readonly ConsistencyMatcher[]): ConsistencyOccurrence[] {
  const occurrences: ConsistencyOccurrence[] = [];
  for (const matcher of matchers) {
    forEachMatch(matcher.pattern, block.text, (match) => {
      const from = match.index;
      const to = from + match[0].length;
      if (block.guard.overlaps(from, to)) return;
      for (const alternative of matcher.byKey.get(consistencyKey(match[0], matcher.matchCase)) ?? []) {
        if (!alternative.rule.appliesTo.includes(block.scope)) continue;
        const exact = alternative.exact.exec(match[0]);
        if (exact !== null) occurrences.push({ alternative, from, to, found: match[0], numbers: exact.slice(1) as string[] });
      }
    });
  }
  if (matchers.length > 1) occurrences.sort((a, b) => a.from - b.from);
  return occurrences;
}

/**
 * The story-wide decision for consistency rules (rule 8's money forms; the
 * re- words of the hard cases): in reading order, the first form used in
 * each group wins and later uses of the others are flagged with the winner.
 */
export class ConsistencyReader {
  private readonly winners = new Map<string, number>();

  constructor(private readonly forms: ReadonlyMap<string, string[][]>) {}

  /** The findings for one text's occurrences, reading on from the texts before it. */
  read(occurrences: readonly ConsistencyOccurrence[]): LocalFinding[] {
    const findings: LocalFinding[] = [];
    for (const occurrence of occurrences) {
      const { alternative } = occurrence;
      const winner = this.winners.get(alternative.groupId);
      if (winner === undefined) {
        this.winners.set(alternative.groupId, alternative.form);
        continue;
      }
      if (winner === alternative.form) continue;
      const template = this.forms.get(alternative.groupId)?.[winner]?.[alternative.alternative];
      if (template === undefined) continue;
      let n = 0;
      const filled = template.replace(/#/g, () => occurrence.numbers[n++] ?? '#');
      const suggestion = alternative.rule.matchCase ? filled : followCase(occurrence.found, filled);
      const message = fillMessage(alternative.rule.message, { found: occurrence.found, suggestion });
      findings.push(findingOf(alternative.rule, message, occurrence.from, occurrence.to, [changeFix(occurrence.from, occurrence.to, suggestion)]));
    }
    return findings;
  }
}
