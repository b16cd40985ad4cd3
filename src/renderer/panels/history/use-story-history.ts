import { useCallback, useEffect, useRef, useState } from 'react';
import type { Revision, RevisionReason, RevisionSummary } from '../../../shared/story/revision-schema';
import { useApi } from '../../api/api-context';
import { errorMessage } from '../../api/client';
import type { StoryDraft } from '../../story/use-story-draft';

/** How often a version is kept while the story is being edited (every few minutes, so restoring never loses much). */
export const REVISION_INTERVAL_MS = 5 * 60_000;

export type StoryHistory = {
  /** Newest first; null until loaded. */
  revisions: RevisionSummary[] | null;
  loadError: string | null;
  selectedId: string | null;
  /** The selected version with its content, once fetched. */
  selected: Revision | null;
  select: (id: string | null) => void;
  /** Set by a restore, so the list puts focus on the version kept just before it. */
  focusNewest: boolean;
  clearFocusNewest: () => void;
  /** Puts the selected version back (the current content is kept as a version first). Throws ApiError. */
  restoreSelected: () => Promise<void>;
};

type HistoryOptions = {
  storyId: string;
  /** The stored story's revision counter; null until it has loaded. */
  storyRevision: number | null;
  /** The History tab is on show: only then is the list read. */
  active: boolean;
  draft: Pick<StoryDraft, 'flush' | 'replaceContent'>;
};

/**
 * A story's kept versions: keeps one when the story opens and every few
 * minutes while it changes, lists them while the History tab is open, and
 * fetches the one selected for comparing.
 */
export function useStoryHistory({ storyId, storyRevision, active, draft }: HistoryOptions): StoryHistory {
  const { flush, replaceContent } = draft;
  const api = useApi();
  const [revisions, setRevisions] = useState<RevisionSummary[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [listGeneration, setListGeneration] = useState(0);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [selected, setSelected] = useState<Revision | null>(null);
  const [focusNewest, setFocusNewest] = useState(false);
  const currentRevision = useRef(storyRevision);
  const recordedRevision = useRef<number | null>(null);
  const focusWhenListed = useRef(false);

  useEffect(() => {
    currentRevision.current = storyRevision;
  }, [storyRevision]);

  const record = useCallback(
    async (reason: Exclude<RevisionReason, 'desk'>) => {
      const revision = currentRevision.current;
      try {
        const { recorded } = await api.recordRevision({ storyId, reason });
        recordedRevision.current = revision;
        if (recorded) setListGeneration((generation) => generation + 1);
      } catch {
        // Keeping a version is a safety net beside autosave, never in its way: the next interval tries again.
      }
    },
    [api, storyId],
  );

  const loaded = storyRevision !== null;
  useEffect(() => {
    if (loaded) void record('open');
  }, [loaded, record]);

  useEffect(() => {
    const timer = window.setInterval(() => {
      const revision = currentRevision.current;
      if (revision !== null && revision !== recordedRevision.current) void record('interval');
    }, REVISION_INTERVAL_MS);
    return () => window.clearInterval(timer);
  }, [record]);

  useEffect(() => {
    if (!active) return;
    let live = true;
    api.listRevisions({ storyId }).then(
      (list) => {
        if (!live) return;
        setRevisions(list);
        setLoadError(null);
        if (focusWhenListed.current) {
          focusWhenListed.current = false;
          setFocusNewest(true);
        }
      },
      (error: unknown) => live && setLoadError(errorMessage(error)),
    );
    return () => {
      live = false;
    };
  }, [api, storyId, active, listGeneration]);

  useEffect(() => {
    if (selectedId === null) {
      setSelected(null);
      return;
    }
    let live = true;
    // Compare with what is stored, so save what is typed first.
    void flush()
      .then(() => api.getRevision({ id: selectedId }))
      .then(
        (revision) => live && setSelected(revision),
        (error: unknown) => {
          if (!live) return;
          setLoadError(errorMessage(error));
          setSelectedId(null);
        },
      );
    return () => {
      live = false;
    };
  }, [api, flush, selectedId]);

  // Leaving the tab ends the comparison.
  useEffect(() => {
    if (!active) setSelectedId(null);
  }, [active]);

  const selectedRevision = selected !== null && selected.id === selectedId ? selected : null;

  const restoreSelected = useCallback(async () => {
    if (selectedRevision === null) return;
    const story = await replaceContent((id, baseRevision) =>
      api.restoreRevision({ storyId: id, revisionId: selectedRevision.id, baseRevision }),
    );
    // The restored content is itself a kept version; the one kept before it heads the list.
    recordedRevision.current = story.revision;
    setSelectedId(null);
    focusWhenListed.current = true;
    setListGeneration((generation) => generation + 1);
  }, [api, replaceContent, selectedRevision]);

  const clearFocusNewest = useCallback(() => setFocusNewest(false), []);

  return {
    revisions,
    loadError,
    selectedId,
    selected: selectedRevision,
    select: setSelectedId,
    focusNewest,
    clearFocusNewest,
    restoreSelected,
  };
}
