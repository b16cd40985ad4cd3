import * as Y from 'yjs';
import { ApiError } from '../../shared/api/api-error';
import { deskChangesOf, watchStoryChanges } from '../../shared/newsroom/desk-changes';
import { changesFromDocument } from '../../shared/newsroom/document-changes';
import { storyFieldsFromDocument, storyFromDocument } from '../../shared/newsroom/story-document';
import { isoDateTimeSchema, storyChangesSchema } from '../../shared/story/story-schema';
import type { DeskChange } from '../../shared/story/story-parts';
import type { Stories } from './stories';
import { requireNothingLacking } from './desk-story-lacks';
import type { ImageRecords } from './image-records';
import type { StoryBylines } from './story-bylines';
import type { StoryDeskMarks } from './story-desk-marks';
import { updateMadeBy, type LoadedDocument, type StoryDocuments } from './story-documents';
import type { StoryHistory } from './story-history';
import type { StorySaves } from './story-saves';
import type { SlugClashes } from './slug-clashes';
import type { StoryStates } from './story-states';

/**
 * A burst of updates from the desk (a catch-up of many stories, a desk
 * typing) keeps at most one `before-merge` version of a story in this time,
 * unless a version was kept for another reason in between.
 */
const BEFORE_MERGE_EVERY_MS = 60_000;

/** What an update from the desk did: the story's new revision, and what the profile had to change in it. */
export type ReceivedUpdate = { revision: number; warning?: string };

/**
 * Updates of shared stories that came from the desk (docs/newsroom.md):
 * stored, applied to the story's document, and the story's rows rewritten
 * from it. Runs inside the caller's transaction.
 */
export class StoryMerges {
  constructor(
    private readonly stories: Stories,
    private readonly saves: StorySaves,
    private readonly documents: StoryDocuments,
    private readonly history: StoryHistory,
    private readonly slugClashes: SlugClashes,
    private readonly states: StoryStates,
    private readonly marks: StoryDeskMarks,
    private readonly bylines: StoryBylines,
    private readonly images: ImageRecords,
  ) {}

  /**
   * Applies `update` to the story's document and stores it. When the
   * story's content changed, its rows follow as a new revision, after its
   * content before the merge is kept in its history (when it had edits of
   * its own since the last merge); a story this profile does not have yet is
   * created from the document. Null when nothing changed: an update already
   * held, one that waits for earlier ones, a story deleted for good here.
   */
  receive(id: string, update: Uint8Array, now: string): ReceivedUpdate | null {
    requireUpdate(id, update);
    const state = this.stories.stateOf(id);
    if (state === 'deleted') return null;
    const loaded = (state === 'live' ? this.documents.of(id) : null) ?? this.documents.empty(id, state === 'live');
    const { doc } = loaded;
    let changed: boolean;
    let deskChanges: DeskChange[];
    try {
      const { update: applied, result: watched } = updateMadeBy(doc, () => watchStoryChanges(doc, () => Y.applyUpdate(doc, update)));
      changed = applied !== null;
      deskChanges = deskChangesOf(watched.parts, watched.namedBy);
    } catch {
      throw notAnUpdate(id);
    }
    const waiting = doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
    if (!changed && !waiting) return null;
    if (state === 'absent' && !holdsStory(doc, id)) {
      throw new ApiError(
        'invalid_input',
        `The update for story ${id} does not hold the story itself, and this profile does not have it yet. Nothing was changed; send the story's whole document first.`,
      );
    }
    if (state === 'absent') this.create(id, doc, now);
    this.documents.append(id, loaded, update, now, 'desk');
    if (!changed || !holdsStory(doc, id)) return null;
    const received = this.follow(id, loaded, now, state === 'absent');
    // Who changed what: in the story's history, and in the library until it is next opened here (a story new here is news enough).
    if (received !== null && state === 'live' && deskChanges.length > 0) {
      this.history.recordDeskChange(id, deskChanges, now);
      this.marks.mark(id, deskChanges.map((change) => change.editor), now);
    }
    return received;
  }

  /**
   * A story from another profile: a row under the document's id, created
   * when the document says; follow writes its content, the headline and slug
   * included (a slug derived from the headline here could take one another
   * story must yield).
   */
  private create(id: string, doc: Y.Doc, now: string): void {
    const { section, createdAt } = storyFieldsFromDocument(doc);
    this.stories.create({ section }, isoDateTimeSchema.safeParse(createdAt).success ? createdAt : now, id);
  }

  /** Rewrites the story's rows from its document, keeping the content before the merge in history. */
  private follow(id: string, loaded: LoadedDocument, now: string, created: boolean): ReceivedUpdate | null {
    const row = this.stories.requireLiveForSave(id);
    // Reading the body commits what the body editor took in from the update; anything that writes back is stored too.
    const { result: content, update: written } = updateMadeBy(loaded.doc, () => storyFromDocument(loaded.doc));
    if (written !== null) this.documents.append(id, loaded, written, now);
    const changes = changesFromDocument(content);
    const checked = storyChangesSchema.safeParse(changes);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      throw new ApiError(
        'invalid_input',
        `The update for story ${id} leaves it with a ${issue.path.join('.')} this profile cannot store (${issue.message}). Nothing was changed.`,
      );
    }
    requireNothingLacking(id, content, this.bylines, this.images);
    let warning: string | undefined;
    if (content.slugLocked) {
      // Two profiles gave different stories this slug offline: the one created later takes a suffix.
      const settled = this.slugClashes.settle({ id, createdAt: content.createdAt, headline: content.headline }, loaded, content.slug, now);
      if (settled !== null) {
        changes.slug = settled.slug;
        if (created || settled.slug !== row.slug) warning = settled.warning;
      }
    } else if (row.slug_locked === 0) {
      delete changes.slug;
    }
    const keepBefore = !created && loaded.editedSinceMerge && !this.keptBeforeMergeLately(id, now);
    const ack = this.saves.follow(id, changes, content.body, now, () => {
      if (keepBefore) this.history.record(id, 'before-merge', now);
    });
    loaded.editedSinceMerge = false;
    // Archived and trashed are states, not content: no revision of their own is kept.
    const revision = this.states.follow(id, loaded.doc, now) ? this.stories.requireLiveForSave(id).revision : ack.revision;
    if (!created && revision === row.revision) return null;
    return warning === undefined ? { revision } : { revision, warning };
  }

  /** Whether the story's newest kept version is a `before-merge` one from less than BEFORE_MERGE_EVERY_MS ago. */
  private keptBeforeMergeLately(id: string, now: string): boolean {
    const newest = this.history.newest(id);
    return newest?.reason === 'before-merge' && Date.parse(now) - Date.parse(newest.createdAt) < BEFORE_MERGE_EVERY_MS;
  }
}

/** Refuses bytes that are not a Yjs update before anything is read or changed. */
function requireUpdate(id: string, update: Uint8Array): void {
  try {
    Y.decodeUpdate(update);
  } catch {
    throw notAnUpdate(id);
  }
}

function notAnUpdate(id: string): ApiError {
  return new ApiError('invalid_input', `What came from the desk for story ${id} is not a Yjs update of a story document. Nothing was changed.`);
}

/** Whether the document holds the story whose id it is (an update may hold only later edits of it). */
function holdsStory(doc: Y.Doc, id: string): boolean {
  return storyFieldsFromDocument(doc).id === id;
}
