import { useCallback, useMemo, useRef, useState } from 'react';
import { errorMessage } from '../api/client';
import type { LiveValue } from '../editor/live-value';
import type { BodySaveState } from '../newsroom/story-document-provider';
import { createStanding, type SaveStanding } from './page-save-state';

/** Saves the shared body's gathered edits now; true when none is left unsaved. */
export type BodyFlush = () => Promise<boolean>;

export type SharedBodySaves = {
  /** Where the shared body's edits stand (always saved on a story that is not shared), kept outside React as autosave's is. */
  standing: LiveValue<SaveStanding>;
  /** What the body's provider reports its state into. */
  report: (state: BodySaveState, error: unknown) => void;
  /** How the page saves the body's gathered edits (set while the shared body editor is mounted). */
  setFlush: (flush: BodyFlush | null) => void;
  flush: BodyFlush;
};

/** The shared body's part of the page's save state, kept by the page, reported into by the body's provider. */
export function useSharedBodySaves(): SharedBodySaves {
  const [standing] = useState(createStanding);
  const flusher = useRef<BodyFlush | null>(null);

  const report = useCallback(
    (state: BodySaveState, error: unknown) => standing.set(state === 'failed' ? { state, error: errorMessage(error) } : { state, error: null }),
    [standing],
  );
  const setFlush = useCallback((flush: BodyFlush | null) => {
    flusher.current = flush;
  }, []);
  const flush = useCallback(async () => (flusher.current === null ? true : flusher.current()), []);

  return useMemo(() => ({ standing, report, setFlush, flush }), [standing, report, setFlush, flush]);
}
