import { spellingCategoryOf } from '../../shared/spelling/lint-findings';
import { useLiveValue } from '../editor/live-value';
import type { SpellingSession } from './spelling-session';

/** "2 spelling, 1 grammar" beside the style count (which stays house style's); opens the House style panel. */
export function SpellingCount({ spelling, onOpen }: { spelling: SpellingSession; onOpen: () => void }) {
  const { status, findings } = useLiveValue(spelling.view);
  if (status.state === 'off') return null;
  const misspelt = findings.filter((finding) => spellingCategoryOf(finding.ruleId) === 'spelling').length;
  const grammar = findings.length - misspelt;
  const label =
    status.state === 'failed' ? 'Spelling not checked' : findings.length === 0 ? 'No spelling or grammar issues' : `${misspelt} spelling, ${grammar} grammar`;
  return (
    <button
      type="button"
      className={`hs-count spelling-count${findings.length > 0 || status.state === 'failed' ? ' is-spelling' : ''}`}
      onClick={onOpen}
      title="Show spelling and grammar in the House style panel"
    >
      {label}
    </button>
  );
}
