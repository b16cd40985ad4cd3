import { useId, useRef, useState } from 'react';
import { londonInWords, londonWallTime, minuteInstant, utcFromLondon, type LondonWallTime } from '../../../shared/story/london-time';
import { Button } from '../../ui/Button';

type PublishDateFieldProps = {
  /** The stored UTC instant, or null when none is set. */
  value: string | null;
  onChange: (value: string | null) => void;
};

const EMPTY: LondonWallTime = { date: '', time: '' };

function wallTimeOf(value: string | null): LondonWallTime {
  return value === null ? EMPTY : londonWallTime(value);
}

/** What the typed date and time give: an instant to save, nothing (both empty), or why neither. */
function readTyped(typed: LondonWallTime): { utc: string | null; repeated: boolean } | { problem: string } {
  if (typed.date === '' && typed.time === '') return { utc: null, repeated: false };
  if (typed.time === '') return { problem: 'Add the time too: the date is saved once it has one.' };
  if (typed.date === '') return { problem: 'Add the date too: the time is saved once it has one.' };
  const instant = utcFromLondon(typed);
  return instant.ok ? { utc: instant.utc, repeated: instant.repeated } : { problem: instant.message };
}

/**
 * When the story goes out: typed as a London date and time (GMT or BST, as
 * the clocks are that day), stored as a UTC instant, and said back in words.
 */
export function PublishDateField({ value, onChange }: PublishDateFieldProps) {
  const id = useId();
  const dateRef = useRef<HTMLInputElement>(null);
  const [typed, setTyped] = useState(() => wallTimeOf(value));
  // A value set from elsewhere (Now, Clear, a restored version) replaces what is typed.
  const [shownValue, setShownValue] = useState(value);
  if (value !== shownValue) {
    setShownValue(value);
    setTyped(wallTimeOf(value));
  }

  const reading = readTyped(typed);
  const problem = 'problem' in reading ? reading.problem : null;

  const type = (next: LondonWallTime) => {
    setTyped(next);
    const read = readTyped(next);
    if ('utc' in read && read.utc !== value) {
      setShownValue(read.utc);
      onChange(read.utc);
    }
  };

  const clear = () => {
    onChange(null);
    dateRef.current?.focus();
  };

  return (
    <section className="publishing-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="panel-section__title">
        Publish date and time
      </h3>
      <div className="publish-date">
        <div className="publishing-field publish-date__date">
          <label className="publishing-field__label" htmlFor="publish-date">
            Publish date
          </label>
          <input
            ref={dateRef}
            id="publish-date"
            type="date"
            className="publishing-field__input"
            value={typed.date}
            aria-invalid={problem !== null}
            aria-describedby={`${id}-when`}
            onChange={(event) => type({ ...typed, date: event.target.value })}
          />
        </div>
        <div className="publishing-field publish-date__time">
          <label className="publishing-field__label" htmlFor="publish-time">
            Publish time
          </label>
          <input
            id="publish-time"
            type="time"
            className="publishing-field__input"
            value={typed.time}
            aria-invalid={problem !== null}
            aria-describedby={`${id}-when`}
            onChange={(event) => type({ ...typed, time: event.target.value })}
          />
        </div>
      </div>
      <div className="publish-date__actions">
        <Button size="small" onClick={() => onChange(minuteInstant(Date.now()))}>
          Now
        </Button>
        <Button size="small" variant="quiet" disabled={value === null && typed.date === '' && typed.time === ''} onClick={clear}>
          Clear
        </Button>
      </div>
      <div id={`${id}-when`} aria-live="polite">
        {problem !== null && <p className="publishing-field__error">{problem}</p>}
        {value === null ? (
          <p className="publishing-field__help">Not set: the export warns, and the page has no publish date. London time (GMT or BST).</p>
        ) : (
          <p className="publish-date__words">
            {problem !== null && 'Still saved: '}
            {londonInWords(value)}
            {'repeated' in reading && reading.repeated && (
              <span className="publishing-field__help"> The clocks go back that night, so this time happens twice: this is the first (BST).</span>
            )}
          </p>
        )}
      </div>
    </section>
  );
}
