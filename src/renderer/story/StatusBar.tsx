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

type StatusBarProps = {
  wordCount: number;
  target: SectionSettings['targetWords'] | undefined;
  saveState: SaveState;
  saveError: string | null;
};

/** The line at the foot of the story: length against the section's target, and whether it is saved. */
export function StatusBar({ wordCount, target, saveState, saveError }: StatusBarProps) {
  const minutes = readingMinutes(wordCount);
  const fit = target === undefined ? null : wordCount < target.min ? 'under' : wordCount > target.max ? 'over' : 'within';
  return (
    <footer className="story-status">
      <div className="story-status__counts">
        <span className="story-status__item">
          <strong className="story-status__number">{formatCount(wordCount)}</strong> {wordCount === 1 ? 'word' : 'words'}
        </span>
        {target !== undefined && (
          <span className={`story-status__item story-status__target is-${fit}`}>
            target {formatCount(target.min)}–{formatCount(target.max)}
            {fit === 'over' && ' (over)'}
          </span>
        )}
        <span className="story-status__item">{minutes < 1 ? 'under a minute' : `${minutes} min`} to read</span>
      </div>
      <div className={`story-status__save is-${saveState}`} role="status" title={saveError ?? undefined}>
        <span className="story-status__dot" aria-hidden="true" />
        {saveLabels[saveState]}
      </div>
    </footer>
  );
}
