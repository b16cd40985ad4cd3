import type { Finding, Scope } from '../../shared/house-style';
import { useLiveValue } from '../editor/live-value';
import type { HouseStyleSession } from './house-style-session';

function worst(findings: readonly Finding[]): Finding['severity'] | null {
  if (findings.some((f) => f.severity === 'error')) return 'error';
  if (findings.some((f) => f.severity === 'warning')) return 'warning';
  return findings.length > 0 ? 'suggestion' : null;
}

/** "3 style issues", coloured by the worst; opens the House style tab. */
export function HouseStyleCount({ session, onOpen }: { session: HouseStyleSession; onOpen: () => void }) {
  const { findings } = useLiveValue(session.result);
  const severity = worst(findings);
  return (
    <button type="button" className={`hs-count${severity === null ? '' : ` is-${severity}`}`} onClick={onOpen} title="Show the House style panel">
      {findings.length === 0 ? 'No style issues' : `${findings.length} style ${findings.length === 1 ? 'issue' : 'issues'}`}
    </button>
  );
}

/** Beside a field that cannot carry underlines (headline, standfirst): how many findings it has; opens the panel. */
export function FieldFindings({ session, scope, onOpen }: { session: HouseStyleSession; scope: Scope; onOpen: () => void }) {
  const { findings } = useLiveValue(session.result);
  const own = findings.filter((f) => f.scope === scope);
  const severity = worst(own);
  if (severity === null) return null;
  return (
    <button type="button" className={`hs-field-marker hs-count is-${severity}`} onClick={onOpen}>
      {own.length} style {own.length === 1 ? 'issue' : 'issues'} in the {scope}
    </button>
  );
}
