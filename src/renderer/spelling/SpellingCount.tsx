import { spellingCategoryOf } from '../../shared/spelling/lint-findings';
import { useLiveValue } from '../editor/live-value';
import type { SpellingSession } from './spelling-session';

/** "2 spelling, 1 grammar" beside the style count (which stays house style's); opens the House style panel. */
export function SpellingCount({ spelling, onOpen }: { spelling: SpellingSession; onOpen: () => void }) {
  const { status, findings, checking, progress } = useLiveValue(spelling.view);
  if (status.state === 'off') return null;
  const misspelt = findings.filter((finding) => spellingCategoryOf(finding.ruleId) === 'spelling').length;
  const grammar = findings.length - misspelt;
  let label = findings.length === 0 ? 'No spelling or grammar issues' : `${misspelt} spelling, ${grammar} grammar`;
  const notChecked = status.state === 'failed' || status.state === 'stopped';
  if (notChecked) label = 'Spelling not checked';
  else if (progress !== null) label = `Checking spelling… ${Math.floor((progress.done / progress.total) * 100)}%`;
  else if (checking && findings.length === 0) label = 'Checking spelling…';
  return (
    <button
      type="button"
      className={`hs-count spelling-count${findings.length > 0 || notChecked ? ' is-spelling' : ''}`}
      onClick={onOpen}
      title="Show spelling and grammar in the House style panel"
    >
      {label}
    </button>
  );
}
