import { startTransition, useCallback, useEffect, useRef, useState, type Dispatch, type MutableRefObject, type SetStateAction } from 'react';
import type { LiveValue } from '../editor/live-value';
import type { EditorState } from 'lexical';
import { ApiError } from '../../shared/api/api-error';
import type { SaveAck, StoryBody, StoryChanges } from '../../shared/story/story-schema';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/client';
import { whenIdleBefore } from '../ui/when-idle';
import { bodyOf, createBodySender, type SentBody } from './body-sender';
import { changeOf, type DraftFields, type ShownStory } from './draft-fields';
import { createStanding, type SaveStanding } from './page-save-state';
import { createSaveThrottle, type SaveThrottle } from './save-throttle';

/** Gives the editor state as it is now; read only when a save needs it, so typing never waits on serializing. */
export type BodyReader = () => EditorState;

/** Why autosave stopped: the story changed elsewhere, or no longer exists. */
export type SaveStop = 'conflict' | 'missing';

type AutosaveOptions = {
  /** The stored revision the page knows: each save is based on it and moves it on. */
  revision: MutableRefObject<number>;
  /** The story has a shared document: its revision also moves with the body's saves and the desk's edits. */
  isShared: MutableRefObject<boolean>;
  /** Shows what a save stored. */
  setStory: Dispatch<SetStateAction<ShownStory | null>>;
};

export type Autosave = {
  /** Where autosave stands, kept outside React: the status line follows it without the page redrawing. */
  standing: LiveValue<SaveStanding>;
  stop: SaveStop | null;
  /** A field has this value on screen now: it goes with the next throttled save, if the store would take it. */
  fieldChanged: <K extends keyof DraftFields>(key: K, value: DraftFields[K]) => void;
  setBodyReader: (read: BodyReader | null) => void;
  /** The body changed: it is read and saved with the next throttled save. */
  bodyChanged: () => void;
  /** The body editor's state now; undefined before the editor is ready. */
  readBody: () => EditorState | undefined;
  /** The stored body (loaded, reloaded or restored): the next body edit is made against it. */
  storedBody: (body: StoryBody | null) => void;
  /** Nothing waits to be saved, and no save is under way. */
  idle: () => boolean;
  /** Saves what is pending now; true when nothing is left unsaved. */
  flush: () => Promise<boolean>;
  /** Forgets what waits to be saved (the stored story replaces it). */
  discard: () => void;
  /** Saves again after a stop, with nothing pending (the conflict is resolved). */
  resume: () => void;
};

/**
 * The stored story after a save: the reply is only an acknowledgement, so
 * what was sent (as it was on screen) goes on top of the story before it.
 */
function storyAfterSave(story: ShownStory, sent: Partial<DraftFields>, ack: SaveAck): ShownStory {
  const { slug, ...fields } = sent;
  return {
    ...story,
    ...fields,
    ...(slug === undefined ? {} : { slugLocked: slug !== null }),
    ...ack,
  };
}

/**
 * A story's autosave: the changed fields and body, saved at most once a
 * second with baseRevision so a save never silently overwrites someone
 * else's; on the way out of the page too.
 */
export function useAutosave(id: string, { revision, isShared, setStory }: AutosaveOptions): Autosave {
  const api = useApi();
  const [standing] = useState(createStanding);
  /** Why the last save failed; kept until a save succeeds or autosave resumes. */
  const lastError = useRef<string | null>(null);
  const setError = useCallback(
    (error: string | null) => {
      lastError.current = error;
      standing.set({ state: standing.get().state, error });
    },
    [standing],
  );
  const [stop, setStop] = useState<SaveStop | null>(null);

  const pending = useRef<StoryChanges>({});
  /** The on-screen values of the fields in `pending`, to show as stored once their save is acknowledged. */
  const pendingFields = useRef<Partial<DraftFields>>({});
  const bodyReader = useRef<BodyReader | null>(null);
  const bodyDirty = useRef(false);
  /** The body read for the next save, kept apart from the fields so a failed edit can go again whole. */
  const pendingBody = useRef<SentBody | null>(null);
  const bodySender = useRef(createBodySender());
  const throttle = useRef<SaveThrottle | null>(null);

  /**
   * Saves the changes on the stored revision the page knows. A shared
   * story's revision also moves with its body's saves and the desk's edits,
   * which merge: a refusal for that reason is tried again on the new revision.
   */
  const saveChanges = useCallback(
    async (changes: StoryChanges): Promise<SaveAck> => {
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await api.saveStory({ id, baseRevision: revision.current, changes });
        } catch (error) {
          const movedOn = isShared.current && error instanceof ApiError && error.code === 'conflict' && attempt < 3;
          if (!movedOn) throw error;
          revision.current = (await api.getStory({ id })).revision;
        }
      }
    },
    [api, id, revision, isShared],
  );

  useEffect(() => {
    const saver = createSaveThrottle({
      save: async () => {
        // The body is serialized here, in idle time at most once a second, never on a keystroke's frame.
        if (bodyDirty.current && bodyReader.current !== null) {
          pendingBody.current = bodySender.current.read(bodyReader.current());
          bodyDirty.current = false;
        }
        const fieldChanges = pending.current;
        const sent = pendingFields.current;
        const body = pendingBody.current;
        pending.current = {};
        pendingFields.current = {};
        pendingBody.current = null;
        const changes = { ...fieldChanges, ...body?.change };
        if (Object.keys(changes).length === 0) return 'saved';
        try {
          const ack = await saveChanges(changes);
          revision.current = ack.revision;
          if (body !== null) bodySender.current.acknowledge(body);
          // Shown after any keystroke's frame: what the page shows of a save never delays typing.
          startTransition(() => {
            setStory((before) => before && storyAfterSave(before, sent, ack));
            setError(null);
          });
          return 'saved';
        } catch (error) {
          // Nothing typed is dropped: what failed goes back under anything typed since, the body whole.
          pending.current = { ...fieldChanges, ...pending.current };
          pendingFields.current = { ...sent, ...pendingFields.current };
          bodySender.current.forget();
          if (body !== null && !bodyDirty.current) pendingBody.current = { ...body, change: { body: bodyOf(body.state) } };
          if (error instanceof ApiError && (error.code === 'conflict' || error.code === 'not_found')) {
            setStop(error.code === 'conflict' ? 'conflict' : 'missing');
            return 'halt';
          }
          setError(errorMessage(error));
          return 'failed';
        }
      },
      onStateChange: (next) => standing.set({ state: next, error: lastError.current }),
      startLater: whenIdleBefore,
    });
    throttle.current = saver;

    const flushNow = () => void saver.flush();
    const flushWhenHidden = () => {
      if (document.visibilityState === 'hidden') flushNow();
    };
    window.addEventListener('beforeunload', flushNow);
    document.addEventListener('visibilitychange', flushWhenHidden);
    return () => {
      window.removeEventListener('beforeunload', flushNow);
      document.removeEventListener('visibilitychange', flushWhenHidden);
      // Leaving without the guard (e.g. the browser's back button): save on the way out,
      // and if that fails keep retrying in the background rather than drop the text.
      void saver.flush().then((saved) => saved && saver.dispose());
    };
  }, [api, id, saveChanges, revision, setStory, setError, standing]);

  const fieldChanged = useCallback(<K extends keyof DraftFields>(key: K, value: DraftFields[K]) => {
    // A text too long to store adds nothing: its last version that fits is what gets saved.
    const change = changeOf(key, value);
    if (Object.keys(change).length > 0) pendingFields.current = { ...pendingFields.current, [key]: value };
    pending.current = { ...pending.current, ...change };
    throttle.current?.changed();
  }, []);

  const setBodyReader = useCallback((read: BodyReader | null) => {
    bodyReader.current = read;
  }, []);

  const bodyChanged = useCallback(() => {
    bodyDirty.current = true;
    throttle.current?.changed();
  }, []);

  const readBody = useCallback(() => bodyReader.current?.(), []);
  const storedBody = useCallback((body: StoryBody | null) => bodySender.current.reset(body), []);
  const idle = useCallback(() => throttle.current?.state === 'saved', []);
  const flush = useCallback(async () => (throttle.current === null ? true : throttle.current.flush()), []);

  const discard = useCallback(() => {
    pending.current = {};
    pendingFields.current = {};
    pendingBody.current = null;
    bodyDirty.current = false;
  }, []);

  const resume = useCallback(() => {
    setStop(null);
    setError(null);
    throttle.current?.resume(false);
  }, [setError]);

  return { standing, stop, fieldChanged, setBodyReader, bodyChanged, readBody, storedBody, idle, flush, discard, resume };
}
