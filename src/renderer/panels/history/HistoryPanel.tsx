import { useEffect, useRef, type KeyboardEvent } from 'react';
import { describeDeskChange } from '../../../shared/story/story-parts';
import { formatCount, formatLondon, formatRevisionTime } from '../../ui/time-format';
import { useNow } from '../../ui/use-now';
import { reasonLabels } from './revision-labels';
import type { StoryHistory } from './use-story-history';

type HistoryPanelProps = {
  history: StoryHistory;
  /** The stored story's revision counter: the version kept at it is the current text. */
  storyRevision: number | null;
};

/** The "History" tab: the story's kept versions, newest first; selecting one compares it with the current text. */
export function HistoryPanel({ history, storyRevision }: HistoryPanelProps) {
  const now = useNow();
  const listRef = useRef<HTMLOListElement>(null);
  const { revisions, focusNewest, clearFocusNewest } = history;
  // On a story others change too, each version says whose it is.
  const shared = revisions?.some((revision) => revision.deskChanges !== null) ?? false;

  // After a restore, focus goes to the version kept just before it: restoring that one undoes the restore.
  useEffect(() => {
    if (!focusNewest || revisions === null) return;
    listRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
    clearFocusNewest();
  }, [focusNewest, revisions, clearFocusNewest]);

  const onListKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    const buttons = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('.history-item') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    const next =
      event.key === 'ArrowDown' ? index + 1 : event.key === 'ArrowUp' ? index - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : null;
    if (next === null) return;
    event.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, next))]?.focus();
  };

  return (
    <div className="history-panel">
      <p className="history-panel__intro">
        A version is kept when you open the story, every few minutes while you write, on export, before an import or a
        restore, and when a change arrives from the desk. Select one to compare it with the current text.
      </p>
      {history.loadError !== null && (
        <p className="history-panel__error" role="alert">
          {history.loadError}
        </p>
      )}
      {revisions === null ? (
        history.loadError === null && <p className="history-panel__empty">Loading the history…</p>
      ) : revisions.length === 0 ? (
        <p className="history-panel__empty">No versions kept yet. The first is kept when the story is next opened.</p>
      ) : (
        <ol ref={listRef} className="history-list" aria-label="Kept versions, newest first" onKeyDown={onListKeyDown}>
          {revisions.map((revision) => {
            const selected = revision.id === history.selectedId;
            const current = revision.storyRevision === storyRevision;
            return (
              <li key={revision.id}>
                <button
                  type="button"
                  className="history-item"
                  aria-pressed={selected}
                  onClick={() => history.select(selected ? null : revision.id)}
                >
                  <span className="history-item__top">
                    <span className="history-item__time" title={formatLondon(revision.createdAt)}>
                      {formatRevisionTime(revision.createdAt, now)}
                    </span>
                    <span className="history-item__reason">{reasonLabels[revision.reason]}</span>
                  </span>
                  {revision.deskChanges !== null ? (
                    <span className="history-item__who">{revision.deskChanges.map(describeDeskChange).join('; ')}</span>
                  ) : (
                    shared && <span className="history-item__who history-item__who--yours">Yours</span>
                  )}
                  <span className="history-item__meta">
                    {formatCount(revision.wordCount)} {revision.wordCount === 1 ? 'word' : 'words'} · {revision.change}
                    {current && <span className="history-item__current"> · Same as now</span>}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
