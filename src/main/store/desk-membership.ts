import type { Database, Statement } from 'better-sqlite3';

/** The desk a profile joined. The token is a secret: the store keeps it for the sync, nothing prints it. */
export type DeskMembership = { serverUrl: string; token: string; joinedAt: string; lastSyncedAt: string | null };

/** A story with updates stored that the server has not acknowledged yet. */
export type WaitingStory = { storyId: string; waiting: number };

type MembershipRow = { server_url: string; token: string; joined_at: string; last_synced_at: string | null };

/**
 * The desk_membership, story_sync and desk_document_sync tables
 * (docs/newsroom.md): the desk this profile joined, and each story's state on
 * the server: for a live story, how far its stored updates are known to be
 * there; for a story deleted for good here (its tombstone), that the deletion
 * has not reached the desk yet; likewise how far the newsroom copy's updates
 * are. Every method runs inside the caller's transaction.
 */
export class DeskMemberships {
  private readonly sql;

  constructor(db: Database) {
    this.sql = {
      membership: db.prepare('SELECT server_url, token, joined_at, last_synced_at FROM desk_membership WHERE id = 1') as Statement<[], MembershipRow>,
      join: db.prepare(
        `INSERT INTO desk_membership (id, server_url, token, joined_at, editor_name) VALUES (1, @serverUrl, @token, @now, @editorName)
         ON CONFLICT (id) DO UPDATE SET server_url = excluded.server_url, token = excluded.token, joined_at = excluded.joined_at,
                                        editor_name = excluded.editor_name, last_synced_at = NULL`,
      ),
      editorName: db.prepare('SELECT editor_name FROM desk_membership WHERE id = 1').pluck() as Statement<[], string | null>,
      rename: db.prepare('UPDATE desk_membership SET editor_name = ? WHERE id = 1'),
      leave: db.prepare('DELETE FROM desk_membership'),
      // Deletions waiting stay: a story deleted here must be deleted on whichever desk the profile syncs with next.
      forgetAcknowledged: db.prepare('DELETE FROM story_sync WHERE story_id IN (SELECT id FROM stories WHERE deleted_at IS NULL)'),
      forgetDocumentsAcknowledged: db.prepare('DELETE FROM desk_document_sync'),
      acknowledgeDocument: db.prepare(
        `INSERT INTO desk_document_sync (document, acknowledged_seq) VALUES (@document, @seq)
         ON CONFLICT (document) DO UPDATE SET acknowledged_seq = max(acknowledged_seq, excluded.acknowledged_seq)`,
      ),
      documentWaiting: db
        .prepare(
          `SELECT count(*) FROM desk_document_updates u LEFT JOIN desk_document_sync k ON k.document = u.document
            WHERE u.document = ? AND u.seq > coalesce(k.acknowledged_seq, 0)`,
        )
        .pluck() as Statement<[string], number>,
      synced: db.prepare('UPDATE desk_membership SET last_synced_at = ? WHERE id = 1'),
      acknowledge: db.prepare(
        `INSERT INTO story_sync (story_id, acknowledged_seq)
         SELECT @storyId, @seq WHERE EXISTS (SELECT 1 FROM stories WHERE id = @storyId AND deleted_at IS NULL)
         ON CONFLICT (story_id) DO UPDATE SET acknowledged_seq = max(acknowledged_seq, excluded.acknowledged_seq)`,
      ),
      waiting: db.prepare(
        `SELECT u.story_id AS storyId, count(*) AS waiting
           FROM story_updates u JOIN stories s ON s.id = u.story_id AND s.deleted_at IS NULL
           LEFT JOIN story_sync k ON k.story_id = u.story_id
          WHERE u.seq > coalesce(k.acknowledged_seq, 0)
          GROUP BY u.story_id ORDER BY u.story_id`,
      ) as Statement<[], WaitingStory>,
      awaitDeletion: db.prepare(
        `INSERT INTO story_sync (story_id, acknowledged_seq) VALUES (?, 0)
         ON CONFLICT (story_id) DO UPDATE SET acknowledged_seq = 0`,
      ),
      deletionDone: db.prepare('DELETE FROM story_sync WHERE story_id = ? AND story_id IN (SELECT id FROM stories WHERE deleted_at IS NOT NULL)'),
      deletionsWaiting: db
        .prepare('SELECT k.story_id FROM story_sync k JOIN stories s ON s.id = k.story_id AND s.deleted_at IS NOT NULL ORDER BY k.story_id')
        .pluck() as Statement<[], string>,
    };
  }

  membership(): DeskMembership | null {
    const row = this.sql.membership.get();
    return row === undefined ? null : { serverUrl: row.server_url, token: row.token, joinedAt: row.joined_at, lastSyncedAt: row.last_synced_at };
  }

  /** The name this profile's editor gave on joining, written beside the changes they make; null: none given, or not joined. */
  editorName(): string | null {
    return this.sql.editorName.get() ?? null;
  }

  /** Joins (or joins again, elsewhere): nothing is known to be on the new desk yet. */
  join(serverUrl: string, token: string, editorName: string | null, now: string): void {
    this.sql.join.run({ serverUrl, token, now, editorName });
    this.forgetAcknowledged();
  }

  /** Changes the editor's name for what they change from now on; false when the profile has not joined a desk. */
  rename(editorName: string): boolean {
    return this.sql.rename.run(editorName).changes === 1;
  }

  leave(): void {
    this.sql.leave.run();
    this.forgetAcknowledged();
  }

  recordSynced(now: string): void {
    this.sql.synced.run(now);
  }

  /** The server holds the story's stored updates up to `seq`; an earlier mark never moves it back (a story deleted for good is left alone). */
  acknowledge(storyId: string, seq: number): void {
    this.sql.acknowledge.run({ storyId, seq });
  }

  /** The stories with stored updates the server has not acknowledged, and how many each. */
  waiting(): WaitingStory[] {
    return this.sql.waiting.all();
  }

  /** The server holds the desk document's (the newsroom copy's) stored updates up to `seq`. */
  acknowledgeDocument(document: string, seq: number): void {
    this.sql.acknowledgeDocument.run({ document, seq });
  }

  /** How many of the desk document's stored updates the server has not acknowledged. */
  documentWaiting(document: string): number {
    return this.sql.documentWaiting.get(document) ?? 0;
  }

  /** The story was just deleted for good here (its rows purged): the desk must be told, at the next connection if not now. */
  awaitDeletion(storyId: string): void {
    this.sql.awaitDeletion.run(storyId);
  }

  /** The desk has deleted the story (or told this profile it had): nothing waits for it any more. */
  deletionDone(storyId: string): void {
    this.sql.deletionDone.run(storyId);
  }

  /** The stories deleted for good here whose deletion the desk has not confirmed. */
  deletionsWaiting(): string[] {
    return this.sql.deletionsWaiting.all();
  }

  /** Nothing is known to be on the desk (a new one joined, or none). */
  private forgetAcknowledged(): void {
    this.sql.forgetAcknowledged.run();
    this.sql.forgetDocumentsAcknowledged.run();
  }
}
