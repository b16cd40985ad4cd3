import type { LexicalEditor } from 'lexical';
import { useState } from 'react';
import type { CheckDocument, Finding } from '../../../shared/house-style';
import { findingPlace, findingText } from '../../../shared/house-style/finding-place';
import { spellingCategoryOf } from '../../../shared/spelling/lint-findings';
import type { PullQuoteItem } from '../../editor/editor-outputs';
import { PullQuoteFinding } from '../../../nodes/pull-quote/editor/PullQuoteFinding';
import { compatibleFixes, type HouseStyleSession } from '../../house-style/house-style-session';
import { SeverityIcon } from '../../house-style/SeverityIcon';
import { AddWordButton } from '../../spelling/AddWordButton';
import { Button } from '../../ui/Button';
import type { Group } from './finding-groups';
import { jumpToFinding } from './jump-to-finding';

type RuleGroupProps = {
  group: Group;
  session: HouseStyleSession;
  editor: LexicalEditor | null;
  document: CheckDocument;
  /** A pull-quote the body does not say, for a finding about one. */
  unmatchedQuote(finding: Finding): PullQuoteItem | undefined;
};

/**
 * How many of a group's findings are listed at first, and how many more each
 * "Show more" adds: a story of invented words has thousands of misspellings,
 * and rows that all re-render with every check would slow the page.
 */
const ROWS_AT_A_TIME = 50;

/** One rule's findings: each with where it is, its fixes and its ignore; for all of them at once, fix all and ignore the rule. */
export function RuleGroup({ group, session, editor, document, unmatchedQuote }: RuleGroupProps) {
  const [rows, setRows] = useState(ROWS_AT_A_TIME);
  const first = group.findings[0]!;
  const category = spellingCategoryOf(first.ruleId);
  const spelling = category === 'spelling' ? session.spelling : null;
  const { name } = group;
  // A misspelling's first suggestion is a guess: taken for every word at once it would turn names into other names.
  const fixable = spelling === null ? compatibleFixes(group.findings) : [];
  const fixAll = fixable.length > 1;
  const hidden = group.findings.length - rows;
  return (
    <section className="hs-rule" aria-label={`Rule ${name}`}>
      <h4 className="hs-rule__header">
        <SeverityIcon severity={first.severity} />
        {name}
        <span className="hs-rule__count">{group.findings.length}</span>
      </h4>
      {(fixAll || category !== 'spelling') && (
        <div className="hs-rule__actions">
          {fixAll && (
            <Button size="small" onClick={() => session.applyFixes(fixable)}>
              Fix all of this kind ({fixable.length})
            </Button>
          )}
          {/* Ignoring the spell check would hide every misspelling in the story: words are ignored one at a time or added to the dictionary. */}
          {category !== 'spelling' && (
            <Button size="small" variant="quiet" onClick={() => session.ignoreRules(group.ruleIds)}>
              Ignore this rule in this story
            </Button>
          )}
        </div>
      )}
      <ul className="hs-rule__list">
        {group.findings.slice(0, rows).map((finding, index) => {
          const quote = unmatchedQuote(finding);
          const text = findingText(finding, document);
          return (
            <li key={`${finding.blockKey ?? finding.scope}:${finding.from}:${finding.to}:${index}`} className="hs-finding">
              <button type="button" className="hs-finding__jump" onClick={() => jumpToFinding(editor, finding)}>
                <span className="hs-finding__where">{findingPlace(finding, document)}: </span>
                {/* Spelling messages quote the word themselves. */}
                {text !== '' && !finding.message.includes(`“${text}”`) && <q className="hs-finding__text">{text}</q>} {finding.message}
              </button>
              <div className="hs-finding__actions">
                {finding.fixes.map((fix, fixIndex) => (
                  <Button key={fix.label} size="small" variant={fixIndex === 0 ? 'primary' : 'secondary'} onClick={() => session.applyFixes([fix])}>
                    {finding.fixes.length === 1 && spelling === null ? 'Fix' : fix.label}
                  </Button>
                ))}
                {spelling !== null && text !== '' && <AddWordButton spelling={spelling} word={text} />}
                <Button size="small" variant="quiet" onClick={() => session.ignoreHere(finding)}>
                  Ignore here
                </Button>
              </div>
              {editor !== null && quote !== undefined && <PullQuoteFinding item={quote} editor={editor} />}
            </li>
          );
        })}
      </ul>
      {hidden > 0 && (
        <Button size="small" variant="quiet" className="hs-rule__more" onClick={() => setRows(rows + ROWS_AT_A_TIME)}>
          Show {Math.min(hidden, ROWS_AT_A_TIME)} more of {hidden.toLocaleString('en-GB')}
        </Button>
      )}
    </section>
  );
}
