import { startTransition, useCallback, useMemo, useRef, useState } from 'react';
import { errorMessage } from '../api/client';
import type { BodySaveState } from '../newsroom/story-document-provider';
import type { SaveStanding } from './page-save-state';

/** Saves the shared body's gathered edits now; true when none is left unsaved. */
export type BodyFlush = () => Promise<boolean>;

export type SharedBodySaves = {
  /** Where the shared body's edits stand (always saved on a story that is not shared). */
  standing: SaveStanding;
  /** What the body's provider reports its state into. */
  report: (state: BodySaveState, error: unknown) => void;
  /** How the page saves the body's gathered edits (set while the shared body editor is mounted). */
  setFlush: (flush: BodyFlush | null) => void;
  flush: BodyFlush;
};

const SAVED: SaveStanding = { state: 'saved', error: null };

/** The shared body's part of the page's save state, kept by the page, reported into by the body's provider. */
export function useSharedBodySaves(): SharedBodySaves {
  const [standing, setStanding] = useState<SaveStanding>(SAVED);
  const flusher = useRef<BodyFlush | null>(null);

  const report = useCallback((state: BodySaveState, error: unknown) => {
    // Shown after any keystroke's frame, as autosave's state is.
    startTransition(() => setStanding(state === 'failed' ? { state, error: errorMessage(error) } : { state, error: null }));
  }, []);
  const setFlush = useCallback((flush: BodyFlush | null) => {
    flusher.current = flush;
  }, []);
  const flush = useCallback(async () => (flusher.current === null ? true : flusher.current()), []);

  return useMemo(() => ({ standing, report, setFlush, flush }), [standing, report, setFlush, flush]);
}
