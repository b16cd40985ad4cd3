import type { Database, Statement } from 'better-sqlite3';
import type * as Y from 'yjs';
import { ApiError } from '../../shared/api/api-error';
import { recordChangedBy, watchStoryChanges } from '../../shared/newsroom/desk-changes';
import { changesFromDocument } from '../../shared/newsroom/document-changes';
import { applyStoryChanges, storyBodyFromDocument, storyFieldsFromDocument } from '../../shared/newsroom/story-document';
import { applyBodyEdit } from '../../shared/story/body-edit';
import { BLOCK_SEPARATOR, bodyTextBlocks } from '../../shared/story/body-text';
import type { SaveAck, StoryBody, StoryChanges } from '../../shared/story/story-schema';
import { LIMITS } from '../../shared/story/story-constants';
import { BlockWordCounts } from './block-word-counts';
import { contentHash } from './content-hash';
import type { ImageRecords } from './image-records';
import type { SearchIndex } from './search-index';
import { updateMadeBy, type StoryDocuments } from './story-documents';
import { describeStory, type Stories, type StoryParts } from './stories';
import { CONTENT_COLUMNS, changedColumns, SAVE_STORY_SQL, type SavedState, type SaveRow } from './story-columns';
import type { StorySlugs } from './story-slugs';
import { requireStoredBodyImages } from './stored-body-images';
import { distinctTags } from './story-tags';

type LeadImageColumn = 'lead_image_sha256' | 'lead_image_alt' | 'lead_image_caption' | 'lead_image_credit';

/** A body a save was given, as it will be stored. */
type BodyWrite = { json: string | null; sha256: string | null };

/**
 * A save: the changes are checked against the stored story (its revision,
 * slugs, the directory, linked stories, stored pictures) and written as one
 * new revision; only what changed is rewritten and indexed again.
 *
 * The changes are the fields that changed since `baseRevision`; the body
 * comes whole (`body`), as the blocks changed since the acknowledged one
 * (`bodyEdit`, applied to the stored body), or, for a shared story, as a
 * Yjs update of its document (`bodyUpdate`). It is never read back to
 * compare: its JSON and its plain text are compared by their stored SHA-256,
 * and the reply is a SaveAck, not the story (docs/saving.md).
 *
 * A shared story (one with a Yjs document, docs/newsroom.md) takes the
 * changes into its document first; the rows written are what the document
 * then holds, and the update the document made is stored with them, the
 * editor's name beside each part it changed.
 */
export class StorySaves {
  private readonly update: Statement;
  private readonly blockWords = new BlockWordCounts();

  constructor(
    db: Database,
    private readonly stories: Stories,
    private readonly parts: StoryParts,
    private readonly slugs: StorySlugs,
    private readonly searchIndex: SearchIndex,
    private readonly images: ImageRecords,
    private readonly documents: StoryDocuments,
    /** The name of this profile's editor on the desk, written beside what a save of a shared story changes; null: none given. */
    private readonly editorName: () => string | null,
  ) {
    this.update = db.prepare(SAVE_STORY_SQL);
  }

  /**
   * `contentModifiedAt` is for an import only: the story's content was last
   * changed when the imported page says, not when it was read in.
   */
  save(id: string, baseRevision: number, changes: StoryChanges, now: string, contentModifiedAt?: string): SaveAck {
    const row = this.stories.requireLiveForSave(id);
    // A Yjs update of the body merges with whatever was stored since it was made: it cannot overwrite anyone's edit.
    const mergesAlone = changes.bodyUpdate !== undefined && Object.keys(changes).length === 1;
    if (row.revision !== baseRevision && !mergesAlone) {
      throw new ApiError(
        'conflict',
        `${describeStory(row)} was changed elsewhere since this edit began: it is stored at revision ${row.revision}, and this save was based on revision ${baseRevision}. Nothing was saved; reload the story to see the other changes.`,
      );
    }
    const shared = this.documents.of(id);
    if (shared === null) return this.write(row, changes, this.givenBody(id, changes, null), now, contentModifiedAt);

    const { doc } = shared;
    // Reading the body commits what the body editor still held from updates taken in: stored with the save's own.
    const { result, update } = updateMadeBy(doc, () => {
      const { parts } = watchStoryChanges(doc, () => applyStoryChanges(doc, changes));
      const editor = parts.size === 0 ? null : this.editorName();
      if (editor !== null) recordChangedBy(doc, parts, editor);
      return { fields: changesFromDocument(storyFieldsFromDocument(doc), Object.keys(changes)), body: this.givenBody(id, changes, doc) };
    });
    const ack = this.write(row, result.fields, result.body, now, contentModifiedAt);
    if (update !== null) {
      this.documents.append(id, shared, update, now);
      shared.editedSinceMerge = true;
    }
    return ack;
  }

  /**
   * Rewrites the story's rows to hold `changes` and `body` as its document
   * gives them (after an update from the desk), as a new revision when
   * anything differs; `beforeChange` runs first in that case.
   */
  follow(id: string, changes: StoryChanges, body: StoryBody | null, now: string, beforeChange: () => void): SaveAck {
    return this.write(this.stories.requireLiveForSave(id), changes, body, now, undefined, beforeChange);
  }

  /** Writes the changes as a new revision, when they change anything; `given` is the new body (undefined: unchanged). */
  private write(
    row: SaveRow,
    changes: StoryChanges,
    given: StoryBody | null | undefined,
    now: string,
    contentModifiedAt?: string,
    beforeChange?: () => void,
  ): SaveAck {
    const { id } = row;
    const { bylines: storyBylines, tags: storyTags, related: storyRelated } = this.parts;
    const next = this.nextState(row, changes);
    const bodyWrite = given === undefined ? undefined : this.storedBody(given);
    const bodyChanged = bodyWrite !== undefined && bodyWrite.sha256 !== row.body_sha256;
    // Following the desk (beforeChange given): the other profile's bylines may credit an author merged away here.
    const bylines = changes.bylines === undefined ? undefined : storyBylines.checked(row.id, changes.bylines, beforeChange !== undefined);
    const tags = changes.tags === undefined ? undefined : distinctTags(changes.tags);
    const related = changes.related === undefined ? undefined : storyRelated.checked(row.id, changes.related);

    const bylinesChanged = bylines !== undefined && storyBylines.differ(id, bylines);
    const tagsChanged = tags !== undefined && storyTags.differ(id, tags);
    const relatedChanged = related !== undefined && storyRelated.differ(id, related);
    const contentChanged =
      CONTENT_COLUMNS.some((column) => next[column] !== row[column]) || bodyChanged || bylinesChanged || tagsChanged || relatedChanged;
    const ignoresChanged = next.house_style_ignores !== row.house_style_ignores;
    if (!contentChanged && !ignoresChanged && next.status === row.status && next.slug_locked === row.slug_locked) {
      return ackOf(row);
    }
    beforeChange?.();

    const body = bodyChanged ? this.changedBodyText(row, given ?? null) : undefined;
    const searchChanged =
      next.headline !== row.headline ||
      next.standfirst !== row.standfirst ||
      body !== undefined ||
      next.status !== row.status ||
      next.section !== row.section ||
      bylinesChanged ||
      tagsChanged;
    if (searchChanged) this.searchIndex.remove(id);

    const updated: SaveRow = {
      ...row,
      ...next,
      revision: row.revision + 1,
      word_count: body === undefined ? row.word_count : body.wordCount,
      modified_at: now,
      content_modified_at: contentChanged ? (contentModifiedAt ?? now) : row.content_modified_at,
    };
    this.update.run({
      ...updated,
      body_given: bodyChanged ? 1 : 0,
      body_json: bodyWrite?.json ?? null,
      body_sha256: bodyWrite?.sha256 ?? null,
      body_text: body?.text ?? null,
      body_text_sha256: body?.sha256 ?? null,
    });
    if (bylinesChanged) storyBylines.replace(id, bylines);
    if (tagsChanged) storyTags.replace(id, tags);
    if (relatedChanged) storyRelated.replace(id, related);
    if (searchChanged) this.searchIndex.add(id);

    return ackOf(updated);
  }

  /**
   * The body the save was given: whole, or as an edit of the stored one; on
   * a shared story, the body its document holds once the save's changes
   * (`bodyUpdate` among them) were applied to it.
   */
  private givenBody(id: string, changes: StoryChanges, doc: Y.Doc | null): StoryBody | null | undefined {
    const { body, bodyEdit, bodyUpdate } = changes;
    if (doc !== null) return body === undefined && bodyEdit === undefined && bodyUpdate === undefined ? undefined : storyBodyFromDocument(doc);
    if (bodyUpdate !== undefined) {
      throw new ApiError(
        'rejected',
        'The text came as an update of the story’s shared document, but this story is not shared, so nothing was saved. Send the whole text instead.',
        'changes.bodyUpdate',
      );
    }
    if (bodyEdit === undefined) return body;
    if (body !== undefined) {
      throw new ApiError('invalid_input', 'A save sends the body whole or as an edit, not both. Nothing was saved.', 'changes.bodyEdit');
    }
    const stored = this.stories.body(id);
    const edited = stored === null ? undefined : applyBodyEdit(stored, bodyEdit);
    if (edited === undefined) {
      throw new ApiError(
        'rejected',
        'The edit of the text was made for another version of it than the one stored, so nothing was saved. Send the whole text instead.',
        'changes.bodyEdit',
      );
    }
    return edited;
  }

  /**
   * The plain text, its hash and the word count of a new body, or undefined
   * when its text is the stored one (a change of formatting or of an image),
   * which then keeps its search index entry as it is.
   */
  private changedBodyText(row: SaveRow, body: StoryBody | null): { text: string; sha256: string; wordCount: number } | undefined {
    const blocks = bodyTextBlocks(body);
    const text = blocks.join(BLOCK_SEPARATOR);
    const sha256 = contentHash(text);
    if (sha256 === row.body_text_sha256) return undefined;
    return { text, sha256, wordCount: this.blockWords.total(blocks) };
  }

  /** The row's values after `changes`, with the slug following the headline unless it is locked. */
  private nextState(row: SaveRow, changes: StoryChanges): SavedState {
    const next: SavedState = {
      ...changedColumns(row, changes),
      slug: row.slug,
      slug_locked: row.slug_locked,
      ...this.leadImageColumns(row, changes.leadImage),
    };
    if (typeof changes.slug === 'string') {
      const owner = this.slugs.ownerOf(changes.slug, row.id);
      if (owner !== undefined) {
        throw new ApiError('rejected', `The slug "${changes.slug}" is already used by ${describeStory(owner)}. Choose another slug.`);
      }
      next.slug = changes.slug;
      next.slug_locked = 1;
    } else if (changes.slug === null) {
      next.slug_locked = 0;
      next.slug = this.slugs.derive(next.headline, row.id);
    } else if (row.slug_locked === 0 && next.headline !== row.headline) {
      next.slug = this.slugs.derive(next.headline, row.id);
    }
    return next;
  }

  /** The body as stored, with its hash; its pictures must be ones importImage stored, so every export finds their files. */
  private storedBody(body: StoryBody | null): BodyWrite {
    requireStoredBodyImages(body, (sha256) => this.images.storedExt(sha256));
    if (body === null) return { json: null, sha256: null };
    const json = JSON.stringify(body);
    if (json.length > LIMITS.bodyJsonBytes) {
      throw new ApiError(
        'invalid_input',
        `The story body is too large to save (${Math.round(json.length / 1_048_576)} MB; at most ${LIMITS.bodyJsonBytes / 1_048_576} MB). Split it into several stories.`,
        'changes.body',
      );
    }
    return { json, sha256: contentHash(json) };
  }

  /** The lead image's columns after a change; the picture must be one importImage stored, so it is in the profile and its backups. */
  private leadImageColumns(row: SaveRow, change: StoryChanges['leadImage']): Pick<SavedState, LeadImageColumn> {
    if (change === undefined) {
      const { lead_image_sha256, lead_image_alt, lead_image_caption, lead_image_credit } = row;
      return { lead_image_sha256, lead_image_alt, lead_image_caption, lead_image_credit };
    }
    if (change === null) return { lead_image_sha256: null, lead_image_alt: '', lead_image_caption: '', lead_image_credit: '' };
    if (!this.images.has(change.sha256)) {
      throw new ApiError(
        'invalid_input',
        'The lead image is not among the pictures stored in this profile, so it was not set. Add the picture again from disk.',
        'changes.leadImage.sha256',
      );
    }
    return {
      lead_image_sha256: change.sha256,
      lead_image_alt: change.alt,
      lead_image_caption: change.caption,
      lead_image_credit: change.credit,
    };
  }
}

function ackOf(row: SaveRow): SaveAck {
  return {
    id: row.id,
    revision: row.revision,
    slug: row.slug,
    wordCount: row.word_count,
    contentModifiedAt: row.content_modified_at,
    modifiedAt: row.modified_at,
  };
}
