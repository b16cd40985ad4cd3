import type { Database, Statement } from 'better-sqlite3';
import * as Y from 'yjs';
import { changesFromDocument } from '../../shared/newsroom/document-changes';
import { setStoryStates, storyDocument, storyFieldsFromDocument } from '../../shared/newsroom/story-document';
import type { Stories } from './stories';
import { updateMadeBy, type StoryDocuments } from './story-documents';
import type { StorySaves } from './story-saves';

/** The schema name the database being replaced is attached under. */
export const LATER_DATABASE = 'later';

type LaterUpdate = { story_id: string; update_bytes: Uint8Array };

/**
 * A backup restored on a profile whose stories are shared with a desk
 * (docs/newsroom.md, "Restoring a backup on the desk"). Each restored
 * story's document first takes in all the database being replaced knew of
 * it, then the restored content is written over it as this profile's own
 * edit: the desk gets the rewind as new edits, instead of sending the
 * newer text straight back. Runs inside the caller's transaction, with the
 * later database attached as LATER_DATABASE.
 */
export class StoryRewind {
  constructor(
    private readonly db: Database,
    private readonly stories: Stories,
    private readonly saves: StorySaves,
    private readonly documents: StoryDocuments,
  ) {}

  /** Rewinds every story this database holds that the later one shared; how many. */
  rewind(now: string): number {
    // A database from before the desk shared nothing.
    const hasUpdates = this.db
      .prepare(`SELECT 1 FROM ${LATER_DATABASE}.sqlite_master WHERE type = 'table' AND name = 'story_updates'`)
      .get();
    if (hasUpdates === undefined) return 0;
    const laterUpdates: Statement<[], LaterUpdate> = this.db.prepare(
      `SELECT story_id, update_bytes FROM ${LATER_DATABASE}.story_updates ORDER BY story_id, seq`,
    );
    const later = new Map<string, Uint8Array[]>();
    for (const { story_id, update_bytes } of laterUpdates.iterate()) {
      const updates = later.get(story_id) ?? [];
      updates.push(update_bytes);
      later.set(story_id, updates);
    }
    let rewound = 0;
    for (const [id, updates] of later) {
      // Made after the backup (the desk sends it again) or deleted for good since (purged from the backups too).
      if (this.stories.stateOf(id) !== 'live') continue;
      this.rewindStory(id, Y.mergeUpdates(updates), now);
      rewound += 1;
    }
    return rewound;
  }

  private rewindStory(id: string, laterState: Uint8Array, now: string): void {
    const loaded = this.documents.of(id) ?? this.documents.empty(id, true);
    const { update: caughtUp } = updateMadeBy(loaded.doc, () => Y.applyUpdate(loaded.doc, laterState));
    if (caughtUp !== null) this.documents.append(id, loaded, caughtUp, now);

    const row = this.stories.requireLive(id);
    const restored = this.stories.read(row);
    const changes = { ...changesFromDocument(storyFieldsFromDocument(storyDocument(restored))), body: restored.body };
    this.saves.save(id, row.revision, changes, now);
    const shared = this.documents.of(id)!;
    const { update: states } = updateMadeBy(shared.doc, () =>
      setStoryStates(shared.doc, { archivedAt: restored.archivedAt, trashedAt: restored.trashedAt }),
    );
    if (states !== null) this.documents.append(id, shared, states, now);
  }
}
