import type { RevisionReason, RevisionSnapshot, RevisionSummary } from '../../shared/story/revision-schema';
import { leadImageChangeOf } from '../../shared/story/change-checks';
import type { StoryChanges } from '../../shared/story/story-schema';
import type { DeskChange } from '../../shared/story/story-parts';
import type { Stories, StoryParts } from './stories';
import { snapshotFields } from './story-rows';
import type { StorySlugs } from './story-slugs';
import type { StoryRevisions } from './story-revisions';

/**
 * Between a story and its kept versions: what a version keeps of the story
 * now, and what restoring one changes. Runs inside the caller's transaction.
 */
export class StoryHistory {
  constructor(
    private readonly stories: Stories,
    private readonly parts: StoryParts,
    private readonly slugs: StorySlugs,
    private readonly revisions: StoryRevisions,
  ) {}

  /** Keeps the story's current content as a revision, unless it equals the newest one kept. */
  record(storyId: string, reason: RevisionReason, now: string): { recorded: boolean; revision: RevisionSummary } {
    const { story, fields } = this.toKeep(storyId);
    return this.revisions.record(story, fields, reason, now);
  }

  /** Keeps the story as a change from the desk left it, with who changed what (StoryRevisions.recordDeskChange). */
  recordDeskChange(storyId: string, changes: DeskChange[], now: string): void {
    const { story, fields } = this.toKeep(storyId);
    this.revisions.recordDeskChange(story, fields, changes, now);
  }

  private toKeep(storyId: string) {
    const { bylines, tags, related, leadImages } = this.parts;
    const row = this.stories.requireLive(storyId);
    return {
      story: { id: row.id, revision: row.revision, wordCount: row.word_count, bodyJson: row.body_json, bodyText: this.stories.bodyText(storyId) },
      fields: snapshotFields(row, leadImages.of(storyId), bylines.rows(storyId), tags.of(storyId), related.rows(storyId)),
    };
  }

  /** The story's newest kept version, if any. */
  newest(storyId: string): RevisionSummary | undefined {
    return this.revisions.list(storyId)[0];
  }

  /** A snapshot as changes a save accepts today: links to stories since deleted are dropped, a slug since taken is derived again. */
  changesToRestore(storyId: string, snapshot: RevisionSnapshot): StoryChanges {
    const slugFree = snapshot.slugLocked && this.slugs.ownerOf(snapshot.slug, storyId) === undefined;
    return {
      section: snapshot.section,
      headline: snapshot.headline,
      standfirst: snapshot.standfirst,
      socialHeadline: snapshot.socialHeadline,
      socialDescription: snapshot.socialDescription,
      slug: slugFree ? snapshot.slug : null,
      publishDate: snapshot.publishDate,
      authorBio: snapshot.authorBio,
      // A version kept before stories had lead images says nothing about one, so the current one stays.
      ...(snapshot.leadImage === undefined ? {} : { leadImage: snapshot.leadImage === null ? null : leadImageChangeOf(snapshot.leadImage) }),
      body: snapshot.body,
      bylines: snapshot.bylines.map(({ authorId, role, organisation }) => ({ authorId, role, organisation })),
      tags: snapshot.tags,
      related: snapshot.related.filter((link) => link.kind === 'external' || this.parts.related.canLinkTo(link.storyId)),
    };
  }
}
