import type { LexicalEditor } from 'lexical';
import { useMemo, type ReactNode } from 'react';
import type { Finding } from '../../../shared/house-style';
import { spellingCategoryOf } from '../../../shared/spelling/lint-findings';
import type { PullQuoteItem } from '../../editor/editor-outputs';
import { createLiveValue, useLiveValue, type LiveValue } from '../../editor/live-value';
import type { HouseStyleSession } from '../../house-style/house-style-session';
import { noSpelling, type FindingFilter } from '../../spelling/spelling-session';
import { SpellingStatusNote } from '../../spelling/SpellingStatusNote';
import { ChecksStoppedNote } from '../../house-style/ChecksStoppedNote';
import { FindingFilterControl } from './FindingFilterControl';
import { IgnoredList } from './IgnoredList';
import { groupFindings, type Group } from './finding-groups';
import { RuleGroup } from './RuleGroup';

type HouseStylePanelProps = {
  session: HouseStyleSession | null;
  editor: LexicalEditor | null;
  /** The body's pull-quotes, so a quote the body does not say shows where it most likely came from, and the ways out. */
  pullQuotes: LiveValue<readonly PullQuoteItem[]>;
};

type Category = Exclude<FindingFilter, 'all'>;

const titles: Record<Category, string> = { 'house-style': 'House style', spelling: 'Spelling', grammar: 'Grammar' };
const none: Record<Category, string> = { 'house-style': 'No house-style issues.', spelling: 'No spelling issues.', grammar: 'No grammar issues.' };

/** The "House style" tab: every open finding, grouped by rule, with fixes and ignores. */
export function HouseStylePanel({ session, ...rest }: HouseStylePanelProps) {
  if (session === null) return <p className="hs-panel__empty">Loading the house-style rules…</p>;
  return <Findings session={session} {...rest} />;
}

const allShown = createLiveValue<FindingFilter>('all');

function Findings({ session, editor, pullQuotes }: HouseStylePanelProps & { session: HouseStyleSession }) {
  const { findings: house, document } = useLiveValue(session.result);
  const { findings: checked, status } = useLiveValue(session.spelling?.view ?? noSpelling);
  const filterValue = session.spelling?.filter ?? allShown;
  const filter = useLiveValue(filterValue);
  const quotes = useLiveValue(pullQuotes);
  const unmatchedQuote = (finding: Finding) =>
    finding.scope === 'pullquote' ? quotes.find((item) => item.key === finding.blockKey && !item.matches && !item.edited) : undefined;
  const byCategory = useMemo(() => {
    const spelling = checked.filter((finding) => spellingCategoryOf(finding.ruleId) === 'spelling');
    return { 'house-style': house, spelling, grammar: checked.filter((finding) => !spelling.includes(finding)) };
  }, [house, checked]);
  const shown: Category[] = status.state === 'off' ? ['house-style'] : ['house-style', 'spelling', 'grammar'];
  const failure = useLiveValue(session.failure);
  // "No issues" only where the checker ran: a stopped or failed one has not looked, and a loading one has not yet.
  const spellingUnchecked = status.state === 'failed' || status.state === 'stopped' ? 'Not checked.' : status.state === 'loading' ? 'Checking…' : null;
  const unchecked: Record<Category, string | null> = {
    'house-style': failure === null ? null : 'Not checked.',
    spelling: spellingUnchecked,
    grammar: spellingUnchecked,
  };
  const { source, error } = session.rules;
  return (
    <div className="hs-panel">
      <p className="hs-panel__source">Rules: {source === 'built-in' ? 'Built-in house style' : source}</p>
      {error !== undefined && (
        <p className="hs-panel__error" role="alert">
          {error}
        </p>
      )}
      <ChecksStoppedNote session={session} />
      {session.spelling !== null && status.state !== 'off' && (
        <>
          <FindingFilterControl value={filter} onChange={(next) => filterValue.set(next)} />
          <SpellingStatusNote spelling={session.spelling} />
        </>
      )}
      {shown
        .filter((category) => filter === 'all' || filter === category)
        .map((category) => (
          <CategorySection key={category} category={category} findings={byCategory[category]} unchecked={unchecked[category]}>
            {(group) => <RuleGroup key={group.name} group={group} session={session} editor={editor} document={document} unmatchedQuote={unmatchedQuote} />}
          </CategorySection>
        ))}
      <IgnoredList session={session} />
    </div>
  );
}

type CategorySectionProps = {
  category: Category;
  findings: readonly Finding[];
  /** Said instead of "No … issues" while the category's checker is not running; null when it is. */
  unchecked: string | null;
  children(group: Group): ReactNode;
};

/** One category's findings under its heading and count ("Spelling 3"). */
function CategorySection({ category, findings, unchecked, children }: CategorySectionProps) {
  const groups = useMemo(() => groupFindings(findings), [findings]);
  const count = findings.length;
  return (
    <section className={`hs-category is-${category}`} aria-label={titles[category]}>
      <h3 className="hs-category__title">
        {titles[category]} <span className="hs-category__count">{count}</span>
      </h3>
      {/* The heading shows the count; the line says it to screen readers as it changes, and shows the empty state. */}
      <p className={count === 0 ? 'hs-panel__empty' : 'visually-hidden'} aria-live="polite">
        {count === 0 ? (unchecked ?? none[category]) : `${count} ${titles[category].toLowerCase()} ${count === 1 ? 'issue' : 'issues'}`}
      </p>
      {groups.map(children)}
    </section>
  );
}
