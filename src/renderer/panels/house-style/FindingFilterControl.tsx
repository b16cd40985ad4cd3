import type { FindingFilter } from '../../spelling/spelling-session';

const labels: Record<FindingFilter, string> = { all: 'All', 'house-style': 'House style', spelling: 'Spelling', grammar: 'Grammar' };

/** Which findings the panel shows: all, or one category (each section heading has its count); radio buttons, so the arrow keys move between them. */
export function FindingFilterControl({ value, onChange }: { value: FindingFilter; onChange(next: FindingFilter): void }) {
  return (
    <fieldset className="hs-filter">
      <legend className="visually-hidden">Show findings</legend>
      <div className="segmented">
        {(Object.keys(labels) as FindingFilter[]).map((option) => (
          <label key={option} className={`segmented__option${option === value ? ' is-selected' : ''}`}>
            <input type="radio" name="hs-filter" value={option} checked={option === value} onChange={() => onChange(option)} />
            {labels[option]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
