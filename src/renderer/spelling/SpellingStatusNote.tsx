import type { SpellingNote } from '../../shared/spelling/spell-checker';
import { useLiveValue } from '../editor/live-value';
import { Button } from '../ui/Button';
import type { SpellingSession } from './spelling-session';

const skipped: Record<SpellingNote['reason'], string> = {
  'too-long': 'over 20,000 characters (split it to have it checked)',
  'not-english': 'not English',
};

/** "2 paragraphs not checked …: not English", one line per reason ("text" when a field is among them). */
function skippedLines(notes: readonly SpellingNote[]): string[] {
  return (Object.keys(skipped) as SpellingNote['reason'][]).flatMap((reason) => {
    const own = notes.filter((note) => note.reason === reason);
    if (own.length === 0) return [];
    const noun = own.every((note) => note.blockKey !== undefined) ? 'paragraph' : 'text';
    return [`${own.length} ${noun}${own.length === 1 ? '' : 's'} not checked for spelling and grammar: ${skipped[reason]}.`];
  });
}

/** Spelling and grammar's state in the panel: starting, failed (with Retry), how far a long check has got, a failed check, the texts it skipped. */
export function SpellingStatusNote({ spelling }: { spelling: SpellingSession }) {
  const { status, error, notes, progress } = useLiveValue(spelling.view);
  // A stopped worker takes house style with it: the panel's note for both says so (ChecksStoppedNote).
  if (status.state === 'off' || status.state === 'stopped') return null;
  if (status.state === 'failed') {
    return (
      <div className="hs-panel__error spelling-failed" role="alert">
        <p>Spelling and grammar could not start: {status.reason.replace(/^The spelling checker could not start: /, '')} House style still works.</p>
        <Button size="small" onClick={() => spelling.retry()}>
          Retry
        </Button>
      </div>
    );
  }
  return (
    <>
      {status.state === 'loading' && <p className="hs-panel__empty">Starting the spelling and grammar checker…</p>}
      {progress !== null && (
        <p className="hs-panel__empty">
          Checking spelling and grammar: {Math.floor((progress.done / progress.total) * 100)}% of the story so far…
        </p>
      )}
      {error !== null && (
        <p className="hs-panel__error" role="alert">
          {error} House style still works; the next change checks again.
        </p>
      )}
      {skippedLines(notes).map((line) => (
        <p key={line} className="hs-panel__empty spelling-skipped">
          {line}
        </p>
      ))}
    </>
  );
}
