import type { Database, Statement } from 'better-sqlite3';

/** The desk a profile joined. The token is a secret: the store keeps it for the sync, nothing prints it. */
export type DeskMembership = { serverUrl: string; token: string; joinedAt: string; lastSyncedAt: string | null };

/** A story with updates stored that the server has not acknowledged yet. */
export type WaitingStory = { storyId: string; waiting: number };

type MembershipRow = { server_url: string; token: string; joined_at: string; last_synced_at: string | null };

/**
 * The desk_membership and story_sync tables (docs/newsroom.md): the desk this
 * profile joined, and how far each story's stored updates are known to be on
 * the server. Every method runs inside the caller's transaction.
 */
export class DeskMemberships {
  private readonly sql;

  constructor(db: Database) {
    this.sql = {
      membership: db.prepare('SELECT server_url, token, joined_at, last_synced_at FROM desk_membership WHERE id = 1') as Statement<[], MembershipRow>,
      join: db.prepare(
        `INSERT INTO desk_membership (id, server_url, token, joined_at) VALUES (1, @serverUrl, @token, @now)
         ON CONFLICT (id) DO UPDATE SET server_url = excluded.server_url, token = excluded.token, joined_at = excluded.joined_at, last_synced_at = NULL`,
      ),
      leave: db.prepare('DELETE FROM desk_membership'),
      forgetAcknowledged: db.prepare('DELETE FROM story_sync'),
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
      lastSeq: db.prepare('SELECT coalesce(max(seq), 0) FROM story_updates WHERE story_id = ?').pluck() as Statement<[string], number>,
      liveIds: db.prepare('SELECT id FROM stories WHERE deleted_at IS NULL ORDER BY id').pluck() as Statement<[], string>,
    };
  }

  membership(): DeskMembership | null {
    const row = this.sql.membership.get();
    return row === undefined ? null : { serverUrl: row.server_url, token: row.token, joinedAt: row.joined_at, lastSyncedAt: row.last_synced_at };
  }

  /** Joins (or joins again, elsewhere): nothing is known to be on the new desk yet. */
  join(serverUrl: string, token: string, now: string): void {
    this.sql.join.run({ serverUrl, token, now });
    this.sql.forgetAcknowledged.run();
  }

  leave(): void {
    this.sql.leave.run();
    this.sql.forgetAcknowledged.run();
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

  /** The sequence number of the story's last stored update (0: none). */
  lastSeq(storyId: string): number {
    return this.sql.lastSeq.get(storyId)!;
  }

  /** Every story not deleted for good, trashed and archived ones included (they sync as states). */
  liveStoryIds(): string[] {
    return this.sql.liveIds.all();
  }
}
