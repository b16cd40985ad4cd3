import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { ApiError } from '../../shared/api/api-error';
import {
  boundedTextProblem,
  boundedTexts,
  leadImageChangeOf,
  leadImageChangeProblem,
  type BoundedText,
} from '../../shared/story/change-checks';
import type { LeadImage, SaveAck, Story, StoryChanges } from '../../shared/story/story-schema';
import type { EditorState } from 'lexical';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/client';
import type { OpeningBody } from '../editor/BodyEditor';
import { whenIdleBefore } from '../ui/when-idle';
import { bodyOf, createBodySender, type SentBody } from './body-sender';
import { pageSaveState } from './page-save-state';
import { createSaveThrottle, type SaveState, type SaveThrottle } from './save-throttle';
import { useSharedBodySaves, type SharedBodySaves } from './use-shared-body-saves';

/** The fields this page edits as plain values; the body has its own path (bodyChanged). */
export type DraftFields = Pick<
  Story,
  | 'section'
  | 'status'
  | 'headline'
  | 'standfirst'
  | 'socialHeadline'
  | 'socialDescription'
  | 'publishDate'
  | 'bylines'
  | 'leadImage'
  | 'authorBio'
  | 'tags'
  | 'related'
  | 'houseStyleIgnores'
> & {
  /** The story's own slug, or null while it follows the headline (the store derives it then). */
  slug: string | null;
};

/** Gives the editor state as it is now; read only when a save needs it, so typing never waits on serializing. */
export type BodyReader = () => EditorState;

/** Why autosave stopped: the story changed elsewhere, or no longer exists. */
export type SaveStop = 'conflict' | 'missing';

/**
 * The story as the page shows it, without its body: the body editor holds
 * the text (it is handed the stored body once, `openingBody`), so the page
 * keeps no second copy of it.
 */
export type ShownStory = Omit<Story, 'body'>;

export type StoryDraft = {
  story: ShownStory | null;
  /** The story has a shared document (a desk's story): the body editor edits it live, and autosave leaves the body to it. */
  shared: boolean;
  /** A save of the shared body's edits made this revision (so the page's next save is based on it). */
  sharedBodySaved: (revision: number) => void;
  /** Where the shared body's edits stand: part of saveState, so "Saved" means the body too. */
  sharedBodySaveState: SharedBodySaves['report'];
  /** How flush saves the shared body's gathered edits. */
  setSharedBodyFlush: SharedBodySaves['setFlush'];
  /** Someone else changed the shared story: the fields on screen follow, except those with changes still to save here. */
  sharedStoryChanged: () => void;
  /** The stored body for the body editor to open with; a new one whenever the stored story replaces what is on screen. */
  openingBody: OpeningBody;
  fields: DraftFields | null;
  loadError: string | null;
  /** The page's save state: autosave's and the shared body's together. */
  saveState: SaveState;
  saveError: string | null;
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

function fieldsOf(story: Story): DraftFields {
  return {
    section: story.section,
    status: story.status,
    headline: story.headline,
    standfirst: story.standfirst,
    socialHeadline: story.socialHeadline,
    socialDescription: story.socialDescription,
    publishDate: story.publishDate,
    slug: story.slugLocked ? story.slug : null,
    bylines: story.bylines,
    leadImage: story.leadImage,
    authorBio: story.authorBio,
    tags: story.tags,
    related: story.related,
    houseStyleIgnores: story.houseStyleIgnores,
  };
}

/** Why the lead image on screen cannot be saved yet (it has no alt text), or null when it can. */
export function leadImageProblem(image: LeadImage | null): string | null {
  if (image === null) return null;
  return leadImageChangeProblem(leadImageChangeOf(image));
}

/** A text a person can type past what the store keeps: kept on screen, left out of saves until it fits. */
function isBoundedText(key: keyof DraftFields): key is BoundedText {
  return (boundedTexts as readonly string[]).includes(key);
}

/** Whether the store would take this text for the field. */
function storable(key: BoundedText, value: string): boolean {
  return boundedTextProblem(key, value) === null;
}

/**
 * A field as a save takes it: a byline's name is the directory's, so only the
 * author's id goes; a lead image goes by its content address, and only once
 * it has alt text (until then the one saved before stays); a text longer than
 * the store takes stays on screen and out of the save, so the rest still saves.
 */
function changeOf<K extends keyof DraftFields>(key: K, value: DraftFields[K]): StoryChanges {
  if (key === 'bylines') {
    const bylines = value as DraftFields['bylines'];
    return { bylines: bylines.map(({ authorId, role, organisation }) => ({ authorId, role, organisation })) };
  }
  if (key === 'leadImage') {
    const image = value as DraftFields['leadImage'];
    if (image === null) return { leadImage: null };
    return leadImageProblem(image) === null ? { leadImage: leadImageChangeOf(image) } : {};
  }
  if (isBoundedText(key) && !storable(key, value as string)) return {};
  return { [key]: value };
}

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
 * A story being edited: loads it, keeps the local fields, and autosaves them
 * with baseRevision so a save never silently overwrites someone else's.
 */
export function useStoryDraft(id: string): StoryDraft {
  const api = useApi();
  const [story, setStory] = useState<ShownStory | null>(null);
  const [openingBody, setOpeningBody] = useState<OpeningBody>({ body: null });
  const [fields, setFields] = useState<DraftFields | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [saveError, setSaveError] = useState<string | null>(null);
  const [stop, setStop] = useState<SaveStop | null>(null);
  const bodySaves = useSharedBodySaves();
  const [bodyGeneration, setBodyGeneration] = useState(0);
  const [shared, setShared] = useState(false);
  const isShared = useRef(false);

  const latestFields = useRef<DraftFields | null>(null);
  const revision = useRef(0);
  const pending = useRef<StoryChanges>({});
  /** The on-screen values of the fields in `pending`, to show as stored once their save is acknowledged. */
  const pendingFields = useRef<Partial<DraftFields>>({});
  const bodyReader = useRef<BodyReader | null>(null);
  const bodyDirty = useRef(false);
  /** The body read for the next save, kept apart from the fields so a failed edit can go again whole. */
  const pendingBody = useRef<SentBody | null>(null);
  const bodySender = useRef(createBodySender());
  const throttle = useRef<SaveThrottle | null>(null);

  const showStory = useCallback((next: Story) => {
    const { body, ...shown } = next;
    revision.current = next.revision;
    bodySender.current.reset(body);
    latestFields.current = fieldsOf(next);
    setOpeningBody({ body });
    setStory(shown);
    setFields(fieldsOf(next));
  }, []);

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
    const idle = () => throttle.current?.state === 'saved';
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
  }, [api, id]);

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
    [api, id],
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
            setSaveError(null);
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
          setSaveError(errorMessage(error));
          return 'failed';
        }
      },
      onStateChange: (state) => startTransition(() => setSaveState(state)),
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
  }, [api, id, saveChanges]);

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

  const update = useCallback(<K extends keyof DraftFields>(key: K, value: DraftFields[K]) => {
    if (latestFields.current === null) return;
    latestFields.current = { ...latestFields.current, [key]: value };
    setFields(latestFields.current);
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

  const { flush: flushSharedBody } = bodySaves;
  const flush = useCallback(async () => {
    const bodySaved = await flushSharedBody();
    const fieldsSaved = throttle.current === null ? true : await throttle.current.flush();
    return bodySaved && fieldsSaved;
  }, [flushSharedBody]);

  const reloadTheirs = useCallback(async () => {
    const theirs = await api.getStory({ id });
    pending.current = {};
    pendingFields.current = {};
    pendingBody.current = null;
    bodyDirty.current = false;
    showStory(theirs);
    setBodyGeneration((generation) => generation + 1);
    setStop(null);
    setSaveError(null);
    throttle.current?.resume(false);
  }, [api, id, showStory]);

  const keepMineAsCopy = useCallback(async () => {
    const mine = latestFields.current;
    if (mine === null) throw new Error('The story has not loaded yet');
    let copy: Story;
    try {
      copy = await api.duplicateStory({ id });
    } catch (error) {
      if (!(error instanceof ApiError && error.code === 'not_found')) throw error;
      copy = await api.createStory({});
    }
    const state = bodyReader.current?.();
    // The copy derives its own slug: this story keeps the one it has.
    const { leadImage, slug: _ownSlug, ...rest } = mine;
    const changes: StoryChanges = {
      ...rest,
      ...changeOf('bylines', mine.bylines),
      ...changeOf('leadImage', leadImage),
      ...(state === undefined ? {} : { body: bodyOf(state) }),
    };
    // A text too long to store goes as the copied story has it, so the copy is still made.
    for (const key of boundedTexts) {
      delete changes[key];
      Object.assign(changes, changeOf(key, mine[key]));
    }
    const saved = await api.saveStory({ id: copy.id, baseRevision: copy.revision, changes });
    pending.current = {};
    pendingFields.current = {};
    pendingBody.current = null;
    bodyDirty.current = false;
    setStop(null);
    throttle.current?.resume(false);
    return saved.id;
  }, [api, id]);

  const applyAction = useCallback(
    async (action: (storyId: string) => Promise<Story>) => {
      if (!(await flush())) throw new ApiError('rejected', 'Your latest changes are not saved yet, so nothing else was changed.');
      const { body: _sameBody, ...updated } = await action(id);
      revision.current = updated.revision;
      setStory(updated);
    },
    [flush, id],
  );

  const replaceContent = useCallback(
    async (action: (storyId: string, baseRevision: number) => Promise<Story>) => {
      if (!(await flush())) throw new ApiError('rejected', 'Your latest changes are not saved yet, so nothing else was changed.');
      const updated = await action(id, revision.current);
      pending.current = {};
      pendingFields.current = {};
      pendingBody.current = null;
      bodyDirty.current = false;
      showStory(updated);
      setBodyGeneration((generation) => generation + 1);
      return updated;
    },
    [flush, id, showStory],
  );

  const page = pageSaveState({ state: saveState, error: saveError }, bodySaves.standing);
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
    saveState: page.state,
    saveError: page.error,
    stop,
    update,
    setBodyReader,
    bodyChanged,
    bodyGeneration,
    flush,
    reloadTheirs,
    keepMineAsCopy,
    applyAction,
    replaceContent,
  };
}
