import type { Severity } from '../../shared/house-style';

const labels: Record<Severity, string> = { error: 'Error', warning: 'Warning', suggestion: 'Suggestion' };

/** A severity's colour and shape (so it does not rest on colour alone): a circle, a triangle, a diamond. */
export function SeverityIcon({ severity }: { severity: Severity }) {
  return (
    <svg className={`hs-severity is-${severity}`} width="12" height="12" viewBox="0 0 12 12" role="img" aria-label={labels[severity]}>
      {severity === 'error' && <circle cx="6" cy="6" r="5" />}
      {severity === 'warning' && <path d="M6 1 11 10.5H1Z" />}
      {severity === 'suggestion' && <path d="M6 1 11 6 6 11 1 6Z" />}
    </svg>
  );
}

export function severityLabel(severity: Severity): string {
  return labels[severity];
}
