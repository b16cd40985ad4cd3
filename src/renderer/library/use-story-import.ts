import { useCallback, useEffect, useRef, useState } from 'react';
import { MAX_STORY_FILE_BYTES, type ImportProgress, type SlugMatch } from '../../shared/api/contract/import';
import type { Story } from '../../shared/story/story-schema';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/client';
import { useNavigation } from '../app/navigation';
import { useToasts } from '../ui/toasts';
import { quotedTitle } from './story-title';

export type StoryImportState =
  | { stage: 'running'; fileName: string; progress: ImportProgress }
  | { stage: 'failed'; fileName: string; message: string }
  /** The page carried a live story's slug: it came in as a new draft, and the person may update that story instead. */
  | { stage: 'matched'; fileName: string; bytes: Uint8Array<ArrayBuffer>; story: Story; notes: string[]; match: SlugMatch; updating: boolean; error: string | null };

/** How often a running import is asked how far it has got. */
const POLL_MS = 150;

/**
 * Imports a picked or dropped file (a Word document or a web page) as a new
 * story. While it runs, its real progress is asked from the main process;
 * when it is done the new story opens and the notes show; when it fails the
 * error stays on screen and nothing was stored. A page carrying a live
 * story's slug stays on screen with its note, offering to update that story
 * instead (the new draft then goes to the trash).
 */
export function useStoryImport(onImported: () => void) {
  const api = useApi();
  const toasts = useToasts();
  const { navigate } = useNavigation();
  const [state, setState] = useState<StoryImportState | null>(null);
  const running = useRef<string | null>(null);
  useEffect(() => () => void (running.current = null), []);

  const follow = useCallback(
    async (importId: string, fileName: string) => {
      while (running.current === importId) {
        await new Promise((resolve) => window.setTimeout(resolve, POLL_MS));
        const progress = await api.getImportProgress({ importId }).catch(() => null);
        if (progress !== null && running.current === importId) setState({ stage: 'running', fileName, progress });
      }
    },
    [api],
  );

  const start = useCallback(
    async (file: File) => {
      if (running.current !== null) return;
      const fileName = file.name;
      if (file.size > MAX_STORY_FILE_BYTES) {
        setState({
          stage: 'failed',
          fileName,
          message: `“${fileName}” is larger than ${MAX_STORY_FILE_BYTES / 1024 / 1024} MB, too large for one story. Split the document, or make its pictures smaller, and import it again.`,
        });
        return;
      }
      const importId = `import-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
      running.current = importId;
      setState({ stage: 'running', fileName, progress: { stage: 'reading', done: 0, total: 0 } });
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        void follow(importId, fileName);
        const { story, notes, match } = await api.importStoryFile({ fileName, bytes, importId });
        running.current = null;
        onImported();
        if (match !== null) {
          setState({ stage: 'matched', fileName, bytes, story, notes, match, updating: false, error: null });
          return;
        }
        setState(null);
        toasts.show({ message: importedMessage(story, fileName, notes) });
        void navigate({ screen: 'story', id: story.id });
      } catch (error) {
        running.current = null;
        setState({ stage: 'failed', fileName, message: errorMessage(error) });
      }
    },
    [api, follow, navigate, onImported, toasts],
  );

  const dismiss = useCallback(() => setState((current) => (current?.stage === 'failed' ? null : current)), []);

  /** Keeps the new draft and opens it. */
  const openDraft = useCallback(() => {
    if (state?.stage !== 'matched' || state.updating) return;
    setState(null);
    void navigate({ screen: 'story', id: state.story.id });
  }, [navigate, state]);

  /** Imports the page again over the matched story (which keeps a revision), then moves the new draft to the trash. */
  const updateMatched = useCallback(async () => {
    if (state?.stage !== 'matched' || state.updating) return;
    const { fileName, bytes, story, match } = state;
    setState({ ...state, updating: true, error: null });
    try {
      const updated = await api.importStoryFile({ fileName, bytes, updateStoryId: match.storyId });
      await api.trashStory({ id: story.id });
      setState(null);
      onImported();
      toasts.show({
        message: `Updated ${quotedTitle(updated.story.headline)} from “${fileName}”; its previous version is in History (Before import). The new draft was moved to the trash.`,
      });
      void navigate({ screen: 'story', id: updated.story.id });
    } catch (error) {
      setState({ ...state, updating: false, error: errorMessage(error) });
    }
  }, [api, navigate, onImported, state, toasts]);

  return { state, start, dismiss, openDraft, updateMatched };
}

function importedMessage(story: Story, fileName: string, notes: string[]): string {
  const title = story.headline === '' ? `“${fileName}”` : quotedTitle(story.headline);
  return [`Imported ${title} as a new draft.`, ...notes].join(' ');
}

/** What the progress says at each stage; pictures are counted as they are stored. */
export function progressLine(progress: ImportProgress): string {
  switch (progress.stage) {
    case 'reading':
      return 'Reading the file…';
    case 'converting':
      return 'Converting the document…';
    case 'storing-images':
      return `Storing picture ${progress.done} of ${progress.total}`;
    case 'saving':
    case 'done':
      return 'Saving the story…';
  }
}
