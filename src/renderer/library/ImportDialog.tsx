import { useEffect, useRef } from 'react';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { progressLine, type StoryImportState } from './use-story-import';

/** A running import's real progress (pictures counted as they are stored), or why it failed; the library is unchanged then. */
export function ImportDialog({ state, onClose }: { state: Exclude<StoryImportState, { stage: 'matched' }>; onClose: () => void }) {
  const closeRef = useRef<HTMLButtonElement>(null);
  const failed = state.stage === 'failed';
  useEffect(() => {
    if (failed) closeRef.current?.focus();
  }, [failed]);

  return (
    <Dialog
      title={failed ? `“${state.fileName}” was not imported` : `Importing “${state.fileName}”`}
      onClose={() => failed && onClose()}
      actions={
        <Button ref={closeRef} variant="primary" disabled={!failed} onClick={onClose}>
          Close
        </Button>
      }
    >
      {state.stage === 'running' ? (
        <>
          {state.progress.stage === 'storing-images' ? (
            <progress className="story-import__progress" max={state.progress.total} value={state.progress.done} aria-label="Import progress" />
          ) : (
            <progress className="story-import__progress" aria-label="Import progress" />
          )}
          <p className="story-import__line" role="status">
            {progressLine(state.progress)}
          </p>
        </>
      ) : (
        <>
          <p className="story-import__error">{state.message}</p>
          <p className="story-import__line">Nothing was added to the library.</p>
        </>
      )}
    </Dialog>
  );
}
