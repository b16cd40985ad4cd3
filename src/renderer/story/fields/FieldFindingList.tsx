import type { KeyboardEvent, Ref } from 'react';
import type { Finding } from '../../../shared/house-style';
import type { HouseStyleSession } from '../../house-style/house-style-session';
import { SeverityIcon } from '../../house-style/SeverityIcon';
import { spellingCategoryOf } from '../../../shared/spelling/lint-findings';
import { AddWordButton } from '../../spelling/AddWordButton';
import { Button } from '../../ui/Button';

/** Ctrl+. in a field (Cmd+. on a Mac) reaches its fixes; they are kept out of Tab's way between the fields. */
export function focusFirstFix(list: HTMLElement): void {
  list.querySelector<HTMLButtonElement>('button')?.focus();
}

/** Arrow keys move between the list's buttons; Escape goes back to the field. */
function moveFocus(event: KeyboardEvent<HTMLDivElement>, onLeave: () => void): void {
  const step = event.key === 'ArrowDown' || event.key === 'ArrowRight' ? 1 : event.key === 'ArrowUp' || event.key === 'ArrowLeft' ? -1 : 0;
  if (event.key === 'Escape') {
    event.preventDefault();
    onLeave();
    return;
  }
  if (step === 0) return;
  event.preventDefault();
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  buttons[(at + step + buttons.length) % buttons.length]?.focus();
}

type FieldFindingListProps = {
  ref?: Ref<HTMLDivElement>;
  /** The field's name, as its label gives it. */
  label: string;
  /** The field's text, which the findings' offsets point into. */
  text: string;
  findings: readonly Finding[];
  session: HouseStyleSession;
  /** Back to the field (Escape). */
  onLeave: () => void;
};

/**
 * A field's house-style findings under it, each with the fixes the House
 * style panel offers, "Add to house dictionary" for a misspelling, and "Ignore here". The buttons are not Tab stops, so
 * Tab goes from field to field; Ctrl+. in the field reaches them.
 */
export function FieldFindingList({ ref, label, text, findings, session, onLeave }: FieldFindingListProps) {
  return (
    <div ref={ref} className="field-findings" role="group" aria-label={`Style issues in the ${label.toLowerCase()}`} onKeyDown={(event) => moveFocus(event, onLeave)}>
      <ul className="field-findings__list">
        {findings.map((finding, index) => (
          <li key={`${finding.ruleId}:${finding.from}:${finding.to}:${index}`} className={`field-findings__item is-${finding.severity}`}>
            <SeverityIcon severity={finding.severity} />
            <span className="field-findings__message">{finding.message}</span>
            <span className="field-findings__actions">
              {finding.fixes.map((fix) => (
                <Button key={fix.label} size="small" tabIndex={-1} onClick={() => session.applyFixes([fix])}>
                  {fix.label}
                </Button>
              ))}
              {spellingCategoryOf(finding.ruleId) === 'spelling' && session.spelling !== null && finding.to > finding.from && (
                <AddWordButton spelling={session.spelling} word={text.slice(finding.from, finding.to)} tabIndex={-1} />
              )}
              <Button size="small" variant="quiet" tabIndex={-1} onClick={() => session.ignoreHere(finding)}>
                Ignore here
              </Button>
            </span>
          </li>
        ))}
      </ul>
      <p className="field-findings__hint">
        <kbd>Ctrl</kbd>+<kbd>.</kbd> for fixes
      </p>
    </div>
  );
}
