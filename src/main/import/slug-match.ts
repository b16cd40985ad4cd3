import { ApiError } from '../../shared/api/api-error';
import type { SlugMatch } from '../../shared/api/contract/import';
import { slugMatchState } from '../../shared/html-import/slug-match-state';
import { uniqueSlug } from '../../shared/text/slug';
import type { Store } from '../store/store';

/**
 * What the person asked for when an imported page carries a live story's
 * slug. Nothing asked: the page comes in as a new draft. A story that is
 * ready, or has been exported, is only ever replaced when it is named.
 */
export type UpdateRequest = {
  /** Update a matched story that is a draft or in edit and has never been exported (the command line's --update). */
  drafts?: boolean;
  /** Stories named by slug or id, which may be updated whatever their status (--replace SLUG; the app's confirmed update). */
  named?: ReadonlySet<string>;
};

/** How each place that imports tells the person to ask for an update: the command line's flags, the app's buttons. */
export type UpdateWording = {
  update: (match: SlugMatch) => string;
  replace: (match: SlugMatch) => string;
};

/** Where an imported page goes: over the matched story, or into a new draft under a free slug. */
export type ImportTarget =
  | { kind: 'update'; match: SlugMatch }
  | { kind: 'new'; slug: string | undefined; match: SlugMatch | null };

/** The live story with this slug, if any, and whether it counts as published. */
export function findSlugMatch(store: Store, slug: string): SlugMatch | null {
  const storyId = slug === '' ? undefined : store.findStoryIdBySlug(slug);
  if (storyId === undefined) return null;
  const story = store.getStory(storyId);
  const exported = store.checkSlug(storyId, story.slug).exportedAs !== null;
  return { storyId, slug: story.slug, headline: story.headline, status: story.status, exported, published: exported || story.status === 'ready' };
}

/**
 * The one rule for an import whose slug is a live story's (the app's import
 * and `copydesk import` both follow it): a new draft under the first free
 * slug-2, slug-3 …, unless the person asked to update; a ready or exported
 * story only when named. Asking to update drafts when the match is published
 * is refused rather than quietly made new, so a script learns it.
 */
export function chooseImportTarget(store: Store, slug: string, request: UpdateRequest, wording: UpdateWording): ImportTarget {
  const match = findSlugMatch(store, slug);
  if (match === null) return { kind: 'new', slug: slug === '' ? undefined : slug, match: null };
  const named = request.named?.has(match.slug) === true || request.named?.has(match.storyId) === true;
  if (named || (request.drafts === true && !match.published)) return { kind: 'update', match };
  if (request.drafts === true) {
    throw new ApiError(
      'conflict',
      `${describeMatch(match)} ${slugMatchState(match)}, so an import never replaces it without naming it. To replace it, ${wording.replace(match)}.`,
    );
  }
  return { kind: 'new', slug: uniqueSlug(match.slug, (candidate) => store.findStoryIdBySlug(candidate) !== undefined), match };
}

/** The note an import as new leaves when it matched a story: which one, and how to update it instead. */
export function matchNote(match: SlugMatch, newSlug: string, wording: UpdateWording): string {
  const how = match.published ? wording.replace(match) : wording.update(match);
  return `This page has the slug of ${describeMatch(match)}, which ${slugMatchState(match)}: it came in as a new draft (${newSlug}) and that story is unchanged. To update that story instead, ${how}.`;
}

function describeMatch(match: SlugMatch): string {
  return `“${match.headline === '' ? 'Untitled' : match.headline}” (${match.slug})`;
}
