import { useCallback, useMemo } from 'react';
import type { StorySummary } from '../../shared/story/story-schema';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/client';
import { useToasts, type ToastInput } from '../ui/toasts';
import { quotedTitle } from './story-title';

/** What a purge says while another program still holds an older view of the library (the server retries in the background). */
const WAL_SCRUB_PENDING =
  'the text will be scrubbed from the write-ahead log as soon as the other program reading this library (another window, the preview or the command line) lets go';

export type StoryActions = {
  duplicate: (story: StorySummary) => Promise<string | null>;
  archive: (story: StorySummary) => Promise<void>;
  unarchive: (story: StorySummary) => Promise<void>;
  trash: (story: StorySummary) => Promise<void>;
  restore: (story: StorySummary) => Promise<void>;
  deleteForever: (story: StorySummary) => Promise<void>;
};

/**
 * The library's row actions: each calls the store, refreshes the list and
 * says what happened, with Undo where the step can be undone.
 */
export function useStoryActions(reload: () => Promise<void>): StoryActions {
  const api = useApi();
  const toasts = useToasts();

  const run = useCallback(
    async <T,>(work: () => Promise<T>, failure: string, success?: ToastInput): Promise<T | null> => {
      try {
        const result = await work();
        await reload();
        if (success) toasts.show(success);
        return result;
      } catch (error) {
        toasts.show({ message: `${failure} ${errorMessage(error)}`, tone: 'error' });
        return null;
      }
    },
    [reload, toasts],
  );

  return useMemo(() => {
    const quoted = (story: StorySummary) => quotedTitle(story.headline);
    const undo = (work: () => Promise<unknown>, failure: string) => ({
      label: 'Undo',
      run: () => void run(work, failure),
    });
    return {
      duplicate: async (story) => {
        const copy = await run(
          () => api.duplicateStory({ id: story.id }),
          `${quoted(story)} could not be duplicated.`,
          { message: `Duplicated ${quoted(story)}` },
        );
        return copy?.id ?? null;
      },
      archive: async (story) => {
        await run(() => api.archiveStory({ id: story.id }), `${quoted(story)} could not be archived.`, {
          message: `${quoted(story)} archived`,
          action: undo(() => api.unarchiveStory({ id: story.id }), 'The archive could not be undone.'),
        });
      },
      unarchive: async (story) => {
        await run(() => api.unarchiveStory({ id: story.id }), `${quoted(story)} could not be brought back.`, {
          message: `${quoted(story)} is back in Stories`,
          action: undo(() => api.archiveStory({ id: story.id }), 'That could not be undone.'),
        });
      },
      trash: async (story) => {
        await run(() => api.trashStory({ id: story.id }), `${quoted(story)} could not be moved to the trash.`, {
          message: `${quoted(story)} moved to trash`,
          action: undo(() => api.restoreStory({ id: story.id }), 'The story could not be restored.'),
        });
      },
      restore: async (story) => {
        await run(() => api.restoreStory({ id: story.id }), `${quoted(story)} could not be restored.`, {
          message: `${quoted(story)} restored`,
          action: undo(() => api.trashStory({ id: story.id }), 'That could not be undone.'),
        });
      },
      deleteForever: async (story) => {
        const result = await run(() => api.deleteStoryForever({ id: story.id }), `${quoted(story)} could not be deleted.`);
        if (result === null) return;
        const copies = result.backupsCleaned.length;
        const cleaned = copies === 0 ? '' : ` and from ${copies} ${copies === 1 ? 'backup' : 'backups'}`;
        const scrub = result.walScrubPending ? `; ${WAL_SCRUB_PENDING}` : '';
        if (result.backupsNotCleaned.length === 0) {
          toasts.show({ message: `${quoted(story)} deleted for good${cleaned}${scrub}` });
          return;
        }
        const left = result.backupsNotCleaned.map(({ name, reason }) => `${name} (${reason})`).join('; ');
        toasts.show({
          message: `${quoted(story)} deleted for good${cleaned}${scrub}, but its text is still in ${left}. Delete ${result.backupsNotCleaned.length === 1 ? 'that file' : 'those files'} by hand.`,
          tone: 'error',
        });
      },
    } satisfies StoryActions;
  }, [api, run, toasts]);
}
