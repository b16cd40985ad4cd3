import type * as Y from 'yjs';
import { applyStoryChanges } from '../../shared/newsroom/story-document';
import { describeStory, type Stories } from './stories';
import { updateMadeBy, type LoadedDocument, type StoryDocuments } from './story-documents';
import type { StorySaves } from './story-saves';
import type { StorySlugs } from './story-slugs';

/** What settling a clash decided: the slug the arriving story keeps, and what the profile tells about it. */
export type SettledSlug = { slug: string; warning?: string };

type Ordered = { id: string; createdAt: string };

/**
 * Two profiles that gave different stories one typed slug offline
 * (docs/newsroom.md): the story created later (by creation time, then id:
 * the same order on every profile) takes a suffix, written in its own
 * document by whichever profile first sees the clash, so that every profile
 * ends with the same slugs and no story is lost. Runs inside the caller's
 * transaction.
 */
export class SlugClashes {
  constructor(
    private readonly stories: Stories,
    private readonly saves: StorySaves,
    private readonly slugs: StorySlugs,
    private readonly documents: StoryDocuments,
  ) {}

  /**
   * Settles the typed `slug` of the story `arriving` (its document loaded)
   * against a story of this profile that has it; null when none has it.
   */
  settle(arriving: Ordered & { headline: string }, loaded: LoadedDocument, slug: string, now: string): SettledSlug | null {
    const ownerId = this.slugs.ownerOf(slug, arriving.id)?.id;
    if (ownerId === undefined) return null;
    const owner = this.stories.requireLiveForSave(ownerId);
    if (owner.slug_locked === 1 && isLater({ id: owner.id, createdAt: owner.created_at }, arriving)) {
      const yielded = this.slugs.derive(slug, owner.id, slug);
      this.saves.save(owner.id, owner.revision, { slug: yielded }, now);
      return {
        slug,
        warning: `The slug "${slug}" arrived from the desk with ${describeStory(arriving)}, and ${describeStory(owner)} on this profile, created after it, had it too: ${describeStory(owner)} now has "${yielded}".`,
      };
    }
    const suffixed = this.slugs.derive(slug, arriving.id);
    // A slug derived here is this profile's own: the typed one arriving keeps its document's slug then, suffixed here only.
    if (owner.slug_locked === 1) this.writeSlug(arriving.id, loaded, suffixed, now);
    return {
      slug: suffixed,
      warning: `The slug "${slug}" is already used on this profile by ${describeStory(owner)}, so the story arriving from the desk, ${describeStory(arriving)}, was given "${suffixed}".`,
    };
  }

  /** Writes the slug in the story's document (it goes up like any edit made here). */
  private writeSlug(id: string, loaded: LoadedDocument, slug: string, now: string): void {
    const doc: Y.Doc = loaded.doc;
    const { update } = updateMadeBy(doc, () => applyStoryChanges(doc, { slug }));
    if (update !== null) this.documents.append(id, loaded, update, now);
  }
}

/** Whether `a` comes after `b` in the order every profile agrees on: created later, or at the same moment with the greater id. */
function isLater(a: Ordered, b: Ordered): boolean {
  return a.createdAt === b.createdAt ? a.id > b.id : a.createdAt > b.createdAt;
}
