import { LIMITS } from '../../../shared/story/story-schema';

type SocialTextFieldProps = {
  id: string;
  label: string;
  value: string;
  /** Where a card looks good: the count turns to a warning past it, and nothing is cut. */
  target: number;
  /** What the card uses while this is empty, shown as the placeholder. */
  fallback: string;
  fallbackName: string;
  rows: number;
  onChange: (value: string) => void;
};

/** Counts start to show their warning at this share of the target. */
const APPROACHING = 0.9;

/** A social text with its live count against the target; past the store's limit it is not saved, and says so. */
export function SocialTextField({ id, label, value, target, fallback, fallbackName, rows, onChange }: SocialTextFieldProps) {
  const length = [...value].length;
  const tooLong = length > LIMITS.socialText;
  const tone = tooLong ? 'error' : length > target ? 'over' : length >= target * APPROACHING ? 'near' : 'ok';
  const countText =
    tone === 'over' ? `${length} / ${target}: ${length - target} over what most cards show` : `${length} / ${target}`;
  return (
    <div className="publishing-field">
      <div className="publishing-field__row">
        <label className="publishing-field__label" htmlFor={id}>
          {label}
        </label>
        <span id={`${id}-count`} className={`publishing-count publishing-count--${tone}`}>
          <span className="visually-hidden">{label} length: </span>
          {countText}
        </span>
      </div>
      <textarea
        id={id}
        className="publishing-field__input"
        rows={rows}
        spellCheck
        value={value}
        placeholder={fallback.trim() === '' ? `Empty: the card uses the ${fallbackName}` : fallback}
        aria-invalid={tooLong}
        aria-describedby={`${id}-count ${id}-help`}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={`${id}-help`} className={tooLong ? 'publishing-field__error' : 'publishing-field__help'} aria-live="polite">
        {tooLong
          ? `Too long to save (at most ${LIMITS.socialText} characters): shorten it; the version saved before is kept.`
          : value.trim() === ''
            ? `Empty: the card uses the ${fallbackName}.`
            : `About ${target} characters show on most cards.`}
      </p>
    </div>
  );
}
