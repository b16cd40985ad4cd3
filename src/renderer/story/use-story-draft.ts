import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { ApiError } from '../../shared/api/api-error';
import type { Story } from '../../shared/story/story-schema';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/client';
import type { OpeningBody } from '../editor/BodyEditor';
import { fieldsOf, type DraftFields, type ShownStory } from './draft-fields';
import { saveMineAsCopy } from './mine-as-copy';
import type { PageSaves } from './page-save-state';
import { useAutosave, type BodyReader, type SaveStop } from './use-autosave';
import { useSharedBodySaves, type SharedBodySaves } from './use-shared-body-saves';

export type StoryDraft = {
  story: ShownStory | null;
  /** The story has a shared document (a desk's story): the body editor edits it live, and autosave leaves the body to it. */
  shared: boolean;
  /** A save of the shared body's edits made this revision (so the page's next save is based on it). */
  sharedBodySaved: (revision: number) => void;
  /** Where the shared body's edits stand: part of the page's saves, so "Saved" means the body too. */
  sharedBodySaveState: SharedBodySaves['report'];
  /** How flush saves the shared body's gathered edits. */
  setSharedBodyFlush: SharedBodySaves['setFlush'];
  /** Someone else changed the shared story: the fields on screen follow, except those with changes still to save here. */
  sharedStoryChanged: () => void;
  /** The stored body for the body editor to open with; a new one whenever the stored story replaces what is on screen. */
  openingBody: OpeningBody;
  fields: DraftFields | null;
  loadError: string | null;
  /** The page's saves, autosave's and the shared body's (usePageSaveState puts them together). */
  saves: PageSaves;
  stop: SaveStop | null;
  update: <K extends keyof DraftFields>(key: K, value: DraftFields[K]) => void;
  /** Where the body editor's current JSON comes from (set once the editor is ready). */
  setBodyReader: (read: BodyReader | null) => void;
  /** The body changed: it is saved with the next throttled save. */
  bodyChanged: () => void;
  /** Changes when the stored story replaces what is on screen (reload theirs): remount the body editor on it. */
  bodyGeneration: number;
  /** Saves what is pending now, the shared body's edits included; true when nothing is left unsaved. */
  flush: () => Promise<boolean>;
  /** Drops the local changes and shows the stored story. Throws ApiError. */
  reloadTheirs: () => Promise<void>;
  /** Saves the local version as a new story (a copy of theirs with mine on top) and gives its id. Throws ApiError. */
  keepMineAsCopy: () => Promise<string>;
  /** Runs a store action on the whole story (archive, restore …) once pending changes are saved. Throws ApiError. */
  applyAction: (action: (id: string) => Promise<Story>) => Promise<void>;
  /**
   * Once pending changes are saved, runs a store action that rewrites the
   * content (restoring a kept version) and shows its result, the body editor
   * remounted on it. Throws ApiError.
   */
  replaceContent: (action: (id: string, baseRevision: number) => Promise<Story>) => Promise<Story>;
};

const NOT_SAVED_YET = 'Your latest changes are not saved yet, so nothing else was changed.';

/**
 * A story being edited: loads it, keeps the local fields, autosaves them
 * (use-autosave.ts), follows a shared story's edits made elsewhere, and
 * offers the ways out when autosave stops.
 */
export function useStoryDraft(id: string): StoryDraft {
  const api = useApi();
  const [story, setStory] = useState<ShownStory | null>(null);
  const [openingBody, setOpeningBody] = useState<OpeningBody>({ body: null });
  const [fields, setFields] = useState<DraftFields | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const bodySaves = useSharedBodySaves();
  const [bodyGeneration, setBodyGeneration] = useState(0);
  const [shared, setShared] = useState(false);
  const isShared = useRef(false);
  const latestFields = useRef<DraftFields | null>(null);
  const revision = useRef(0);
  const autosave = useAutosave(id, { revision, isShared, setStory });
  const { storedBody, idle, discard, resume, readBody } = autosave;

  const showStory = useCallback(
    (next: Story) => {
      const { body, ...shown } = next;
      revision.current = next.revision;
      storedBody(body);
      latestFields.current = fieldsOf(next);
      setOpeningBody({ body });
      setStory(shown);
      setFields(fieldsOf(next));
    },
    [storedBody],
  );

  useEffect(() => {
    let live = true;
    // Asked together: a shared story's editor opens on its document, the others on the stored body.
    Promise.all([api.getStory({ id }), api.openSharedStory({ id })]).then(
      // One synchronous commit, effects included, so the first paint already has the text in the editor
      // (a deferred commit paints an empty editor first and loads the body a frame later).
      ([loaded, document]) =>
        live &&
        flushSync(() => {
          isShared.current = document !== null;
          setShared(document !== null);
          showStory(loaded);
        }),
      (error: unknown) => live && setLoadError(errorMessage(error)),
    );
    return () => {
      live = false;
    };
  }, [api, id, showStory]);

  /**
   * The fields on screen after the stored story changed elsewhere (a shared
   * story: the desk's edits), once this page has nothing waiting to be
   * saved, so nothing typed here is put back; false when it had (try later).
   */
  const followStored = useCallback(async (): Promise<boolean> => {
    if (!idle()) return false;
    const stored = await api.getStory({ id });
    if (!idle()) return false;
    revision.current = stored.revision;
    const { body: _editorHasIt, ...shown } = stored;
    latestFields.current = fieldsOf(stored);
    startTransition(() => {
      setStory(shown);
      setFields(latestFields.current);
    });
    return true;
  }, [api, id, idle]);

  const sharedBodySaved = useCallback((saved: number) => {
    // Only its own save came in between: nothing else changed what the page shows.
    if (saved === revision.current + 1) revision.current = saved;
  }, []);

  /** Several changes arriving together are followed once. */
  const following = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const sharedStoryChanged = useCallback(() => {
    following.current ??= setTimeout(() => {
      following.current = undefined;
      followStored().then(
        (followed) => followed || sharedStoryChanged(),
        () => undefined,
      );
    }, 300);
  }, [followStored]);
  useEffect(() => () => clearTimeout(following.current), []);

  const { fieldChanged } = autosave;
  const update = useCallback(
    <K extends keyof DraftFields>(key: K, value: DraftFields[K]) => {
      if (latestFields.current === null) return;
      latestFields.current = { ...latestFields.current, [key]: value };
      setFields(latestFields.current);
      fieldChanged(key, value);
    },
    [fieldChanged],
  );

  const { flush: flushSharedBody } = bodySaves;
  const { flush: flushAutosave } = autosave;
  const flush = useCallback(async () => {
    const bodySaved = await flushSharedBody();
    const fieldsSaved = await flushAutosave();
    return bodySaved && fieldsSaved;
  }, [flushSharedBody, flushAutosave]);

  const reloadTheirs = useCallback(async () => {
    const theirs = await api.getStory({ id });
    discard();
    showStory(theirs);
    setBodyGeneration((generation) => generation + 1);
    resume();
  }, [api, id, showStory, discard, resume]);

  const keepMineAsCopy = useCallback(async () => {
    const mine = latestFields.current;
    if (mine === null) throw new Error('The story has not loaded yet');
    const copyId = await saveMineAsCopy(api, id, mine, readBody);
    discard();
    resume();
    return copyId;
  }, [api, id, readBody, discard, resume]);

  const applyAction = useCallback(
    async (action: (storyId: string) => Promise<Story>) => {
      if (!(await flush())) throw new ApiError('rejected', NOT_SAVED_YET);
      const { body: _sameBody, ...updated } = await action(id);
      revision.current = updated.revision;
      setStory(updated);
    },
    [flush, id],
  );

  const replaceContent = useCallback(
    async (action: (storyId: string, baseRevision: number) => Promise<Story>) => {
      if (!(await flush())) throw new ApiError('rejected', NOT_SAVED_YET);
      const updated = await action(id, revision.current);
      discard();
      showStory(updated);
      setBodyGeneration((generation) => generation + 1);
      return updated;
    },
    [flush, id, showStory, discard],
  );

  const [saves] = useState<PageSaves>(() => ({ autosave: autosave.standing, body: bodySaves.standing }));
  return {
    story,
    shared,
    sharedBodySaved,
    sharedBodySaveState: bodySaves.report,
    setSharedBodyFlush: bodySaves.setFlush,
    sharedStoryChanged,
    openingBody,
    fields,
    loadError,
    saves,
    stop: autosave.stop,
    update,
    setBodyReader: autosave.setBodyReader,
    bodyChanged: autosave.bodyChanged,
    bodyGeneration,
    flush,
    reloadTheirs,
    keepMineAsCopy,
    applyAction,
    replaceContent,
  };
}
