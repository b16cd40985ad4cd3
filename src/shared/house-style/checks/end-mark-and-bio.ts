import { generatedAuthorBio } from '../../story/author-bio';
import { builtinMessage } from '../builtin-messages';
import type { CheckerSettings } from '../compile-rules';
import type { CheckDocument } from '../document';
import { findingOf, placeFinding, type Finding } from '../finding';
import type { BuiltinRuleNamed } from '../rules-schema';

type EndMarkRule = BuiltinRuleNamed<'end-mark-and-bio'>;

/** An end mark typed as text, as imported stories have it. */
const TYPED_END_MARK = /\/\/\s*$/;

/**
 * House rule 18 (docs/house-style-rules.md): in the sections named (Opinion), the body ends with
 * the end mark and the story carries an author bio line; the fix for a
 * missing bio is the line generated from the bylines.
 */
export function endMarkAndBioFindings(rule: EndMarkRule, document: CheckDocument, settings: CheckerSettings): Finding[] {
  if (!rule.params.sections.includes(document.section)) return [];
  const findings: Finding[] = [];
  const values = { section: document.section };

  if (rule.appliesTo.includes('body')) {
    let lastText = -1;
    let endMark = -1;
    document.body.forEach((block, i) => {
      if (block.kind === 'endmark') endMark = i;
      else if (block.kind !== 'pullquote' && block.kind !== 'caption' && block.text.trim() !== '') lastText = i;
    });
    const last = document.body[lastText];
    const mark = document.body[endMark];
    if (mark === undefined && !(last !== undefined && TYPED_END_MARK.test(last.text))) {
      // Pointed at the end of the last paragraph, where the mark belongs; the whole body when there is none.
      const at = last?.text.trimEnd().length ?? 0;
      findings.push(placeFinding(findingOf(rule, builtinMessage(rule, 'noEndMark', values), at, at), 'body', last?.key));
    } else if (mark !== undefined && endMark < lastText) {
      findings.push(placeFinding(findingOf(rule, builtinMessage(rule, 'endMarkNotLast', values), 0, 0), 'body', mark.key));
    }
  }

  const bio = document.bio ?? '';
  if (rule.appliesTo.includes('bio') && bio.trim() === '') {
    const bylines = document.bylines ?? [];
    const line = generatedAuthorBio(bylines, settings.bioTemplate);
    const fixes = line === '' ? [] : [{ label: `Add “${line}”`, edits: [{ from: 0, to: bio.length, insert: line }] }];
    findings.push(placeFinding(findingOf(rule, builtinMessage(rule, 'noBio', values), 0, 0, fixes), 'bio', undefined));
  }
  return findings;
}
