import type { Finding } from '../../shared/house-style';
import { useLiveValue } from '../editor/live-value';
import type { HouseStyleSession } from './house-style-session';

function worst(findings: readonly Finding[]): Finding['severity'] | null {
  if (findings.some((f) => f.severity === 'error')) return 'error';
  if (findings.some((f) => f.severity === 'warning')) return 'warning';
  return findings.length > 0 ? 'suggestion' : null;
}

/** "3 style issues", coloured by the worst ("Style not checked" while the checks worker is stopped); opens the House style tab. */
export function HouseStyleCount({ session, onOpen }: { session: HouseStyleSession; onOpen: () => void }) {
  const { findings } = useLiveValue(session.result);
  const failure = useLiveValue(session.failure);
  const severity = failure === null ? worst(findings) : 'error';
  let label = findings.length === 0 ? 'No style issues' : `${findings.length} style ${findings.length === 1 ? 'issue' : 'issues'}`;
  if (failure !== null) label = 'Style not checked';
  return (
    <button type="button" className={`hs-count${severity === null ? '' : ` is-${severity}`}`} onClick={onOpen} title="Show the House style panel">
      {label}
    </button>
  );
}
