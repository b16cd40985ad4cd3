import { useState, type ReactNode } from 'react';
import { findingPlace } from '../../shared/house-style/finding-place';
import { createLiveValue, useLiveValue } from '../editor/live-value';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { useHouseStyleSession } from './house-style-context';
import type { HouseStyleResult } from './house-style-session';
import { SeverityIcon } from './SeverityIcon';

const nothingChecked = createLiveValue<HouseStyleResult>({ document: { section: '', headline: '', standfirst: '', body: [], bio: null }, findings: [], stats: null });

/**
 * Before export: the open house-style errors and warnings, listed in the
 * Export tab, and a confirmation before copying or saving a story that still
 * has errors.
 */
export function useExportCheck(): { guard: (action: () => void) => () => void; view: ReactNode } {
  const session = useHouseStyleSession();
  const { findings, document } = useLiveValue(session?.result ?? nothingChecked);
  const [pending, setPending] = useState<(() => void) | null>(null);
  const open = findings.filter((f) => f.severity !== 'suggestion');
  const errors = open.filter((f) => f.severity === 'error').length;
  const guard = (action: () => void) => () => {
    if (errors > 0) setPending(() => action);
    else action();
  };
  const view =
    session === null ? null : (
      <section className="export-warnings" aria-labelledby="export-house-style-title">
        <h3 id="export-house-style-title" className="export-panel__label">
          House style
        </h3>
        {open.length === 0 ? (
          <p className="export-panel__note">No open errors or warnings.</p>
        ) : (
          <ul className="export-warnings__list" aria-label="Open house-style errors and warnings">
            {open.map((finding, index) => (
              <li key={`${finding.ruleId}-${finding.blockKey ?? finding.scope}-${finding.from}-${index}`}>
                <SeverityIcon severity={finding.severity} /> {findingPlace(finding, document)}: {finding.message}
              </li>
            ))}
          </ul>
        )}
        {pending !== null && (
          <ConfirmDialog
            title="Export with house-style errors?"
            confirmLabel="Export anyway"
            onCancel={() => setPending(null)}
            onConfirm={() => {
              pending();
              setPending(null);
            }}
          >
            {`This story still has ${errors} house-style ${errors === 1 ? 'error' : 'errors'}. Fix them in the House style tab, or export it as it is.`}
          </ConfirmDialog>
        )}
      </section>
    );
  return { guard, view };
}
