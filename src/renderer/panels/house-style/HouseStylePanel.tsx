import type { LexicalEditor } from 'lexical';
import { useMemo } from 'react';
import type { Finding } from '../../../shared/house-style';
import type { PullQuoteItem } from '../../editor/editor-outputs';
import { useLiveValue, type LiveValue } from '../../editor/live-value';
import { PullQuoteFinding } from '../../../nodes/pull-quote/editor/PullQuoteFinding';
import { findingRange } from '../../editor/plugins/house-style-highlights';
import { scrollBlockIntoView } from '../../editor/scroll-block-into-view';
import { isFieldScope } from '../../../shared/house-style/document';
import { findingPlace, findingText } from '../../../shared/house-style/finding-place';
import { fieldElementIds } from '../../story/fields/field-ids';
import { compatibleFixes, type HouseStyleSession } from '../../house-style/house-style-session';
import { SeverityIcon } from '../../house-style/SeverityIcon';
import { Button } from '../../ui/Button';
import { IgnoredList } from './IgnoredList';

type Group = { ruleId: string; findings: Finding[] };

function groupByRule(findings: readonly Finding[]): Group[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) groups.set(finding.ruleId, [...(groups.get(finding.ruleId) ?? []), finding]);
  const rank = { error: 0, warning: 1, suggestion: 2 };
  return [...groups]
    .map(([ruleId, list]) => ({ ruleId, findings: list }))
    .sort((a, b) => rank[a.findings[0]!.severity] - rank[b.findings[0]!.severity]);
}

/** Shows a finding: its text selected in the editor (or the field), scrolled into view. */
function jumpTo(editor: LexicalEditor | null, finding: Finding): void {
  if (finding.scope !== 'bio' && isFieldScope(finding.scope)) {
    const field = document.getElementById(fieldElementIds[finding.scope]);
    if (!(field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement)) return;
    field.focus();
    field.setSelectionRange(finding.from, finding.to);
    field.scrollIntoView({ block: 'center' });
    return;
  }
  if (editor === null) return;
  const range = findingRange(editor, finding);
  const target = range?.startContainer.parentElement ?? (finding.blockKey === undefined ? null : editor.getElementByKey(finding.blockKey));
  editor.getRootElement()?.focus({ preventScroll: true });
  if (range !== null) {
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  if (target != null) scrollBlockIntoView(target, 'center');
}

type HouseStylePanelProps = {
  session: HouseStyleSession | null;
  editor: LexicalEditor | null;
  /** The body's pull-quotes, so a quote the body does not say shows where it most likely came from, and the ways out. */
  pullQuotes: LiveValue<readonly PullQuoteItem[]>;
};

/** The "House style" tab: every open finding, grouped by rule, with fixes and ignores. */
export function HouseStylePanel({ session, ...rest }: HouseStylePanelProps) {
  if (session === null) return <p className="hs-panel__empty">Loading the house-style rules…</p>;
  return <Findings session={session} {...rest} />;
}

function Findings({ session, editor, pullQuotes }: HouseStylePanelProps & { session: HouseStyleSession }) {
  const { findings, document } = useLiveValue(session.result);
  const quotes = useLiveValue(pullQuotes);
  const unmatchedQuote = (finding: Finding) =>
    finding.scope === 'pullquote' ? quotes.find((item) => item.key === finding.blockKey && !item.matches && !item.edited) : undefined;
  const groups = useMemo(() => groupByRule(findings), [findings]);
  const { source, error } = session.rules;
  return (
    <div className="hs-panel">
      <p className="hs-panel__source">Rules: {source === 'built-in' ? 'Built-in house style' : source}</p>
      {error !== undefined && (
        <p className="hs-panel__error" role="alert">
          {error}
        </p>
      )}
      <p className="hs-panel__summary" aria-live="polite">
        {findings.length === 0 ? 'No house-style issues.' : `${findings.length} ${findings.length === 1 ? 'issue' : 'issues'}`}
      </p>
      {groups.map((group) => {
        const fixable = compatibleFixes(group.findings);
        const first = group.findings[0]!;
        return (
          <section key={group.ruleId} className="hs-rule" aria-label={`Rule ${group.ruleId}`}>
            <h3 className="hs-rule__header">
              <SeverityIcon severity={first.severity} />
              {group.ruleId}
              <span className="hs-rule__count">{group.findings.length}</span>
            </h3>
            <div className="hs-rule__actions">
              {fixable.length > 1 && (
                <Button size="small" onClick={() => session.applyFixes(fixable)}>
                  Fix all of this kind ({fixable.length})
                </Button>
              )}
              <Button size="small" variant="quiet" onClick={() => session.ignoreRule(group.ruleId)}>
                Ignore this rule in this story
              </Button>
            </div>
            <ul className="hs-rule__list">
              {group.findings.map((finding, index) => (
                <li key={`${finding.blockKey ?? finding.scope}:${finding.from}:${finding.to}:${index}`} className="hs-finding">
                  <button type="button" className="hs-finding__jump" onClick={() => jumpTo(editor, finding)}>
                    <span className="hs-finding__where">{findingPlace(finding, document)}: </span>
                    {findingText(finding, document) !== '' && <q className="hs-finding__text">{findingText(finding, document)}</q>} {finding.message}
                  </button>
                  <div className="hs-finding__actions">
                    {finding.fixes.map((fix) => (
                      <Button key={fix.label} size="small" variant="primary" onClick={() => session.applyFixes([fix])}>
                        {finding.fixes.length === 1 ? 'Fix' : fix.label}
                      </Button>
                    ))}
                    <Button size="small" variant="quiet" onClick={() => session.ignoreHere(finding)}>
                      Ignore here
                    </Button>
                  </div>
                  {editor !== null && unmatchedQuote(finding) !== undefined && <PullQuoteFinding item={unmatchedQuote(finding)!} editor={editor} />}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <IgnoredList session={session} />
    </div>
  );
}
