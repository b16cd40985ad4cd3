import type { ReactNode } from 'react';
import type { SectionSettings } from '../../shared/settings/settings-schema';
import { readingMinutes } from '../../shared/text/word-count';
import { formatCount } from '../ui/time-format';
import type { SaveState } from './save-throttle';

const saveLabels: Record<SaveState, string> = {
  saved: 'Saved',
  pending: 'Saving…',
  saving: 'Saving…',
  failed: 'Not saved — retrying',
  halted: 'Not saved',
};

type Target = SectionSettings['targetWords'];

export type StatusBarProps = {
  wordCount: number;
  target: Target | undefined;
  saveState: SaveState;
  saveError: string | null;
  /** The house-style count (it follows the checker, not the word count). */
  houseStyle?: ReactNode;
  /** The desk sync's state, on a profile joined to a desk. */
  desk?: ReactNode;
};

type Fit = 'under' | 'within' | 'over';

function fitOf(words: number, target: Target): Fit {
  return words < target.min ? 'under' : words > target.max ? 'over' : 'within';
}

/** The length as a bar against the section's target range (house rule 15, docs/house-style-rules.md). */
function LengthMeter({ words, target }: { words: number; target: Target }) {
  const scale = Math.max(target.max * 1.2, words, 1);
  const percent = (value: number) => `${Math.min(100, (value / scale) * 100)}%`;
  const fit = fitOf(words, target);
  const range = `${formatCount(target.min)}–${formatCount(target.max)}`;
  const text = fit === 'within' ? `within the ${range} target` : fit === 'under' ? `${formatCount(target.min - words)} under the ${range} target` : `${formatCount(words - target.max)} over the ${range} target`;
  return (
    <span
      className={`length-meter is-${fit}`}
      role="meter"
      aria-label="Length against the section’s target"
      aria-valuemin={0}
      aria-valuemax={Math.round(scale)}
      aria-valuenow={words}
      aria-valuetext={`${formatCount(words)} words, ${text}`}
      title={`Target ${range} words`}
    >
      <span className="length-meter__band" style={{ left: percent(target.min), width: `calc(${percent(target.max)} - ${percent(target.min)})` }} />
      <span className="length-meter__fill" style={{ width: percent(words) }} />
    </span>
  );
}

/** The line at the foot of the story: length against the section's target, reading time, whether it is saved, and the desk sync. */
export function StatusBar({ wordCount, target, saveState, saveError, houseStyle, desk }: StatusBarProps) {
  const minutes = readingMinutes(wordCount);
  const fit = target === undefined ? null : fitOf(wordCount, target);
  return (
    <footer className="story-status">
      <div className="story-status__counts">
        <span className="story-status__item">
          <strong className="story-status__number">{formatCount(wordCount)}</strong> {wordCount === 1 ? 'word' : 'words'}
        </span>
        {target !== undefined && (
          <span className={`story-status__item story-status__target is-${fit}`}>
            <LengthMeter words={wordCount} target={target} />
            target {formatCount(target.min)}–{formatCount(target.max)}
            {fit === 'over' && ' (over)'}
          </span>
        )}
        <span className="story-status__item">{minutes < 1 ? 'under a minute' : `${minutes} min`} to read</span>
        {houseStyle !== undefined && <span className="story-status__item">{houseStyle}</span>}
      </div>
      <div className="story-status__end">
        {desk}
        <div className={`story-status__save is-${saveState}`} role="status" title={saveError ?? undefined}>
          <span className="story-status__dot" aria-hidden="true" />
          {saveLabels[saveState]}
        </div>
      </div>
    </footer>
  );
}
