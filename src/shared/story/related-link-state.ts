import type { StoryCard } from './related-schema';

/**
 * Where a linked story in the store stands, as the export and the editors
 * see it: its workflow status while it is active, else where it went.
 */
export const relatedLinkStates = ['draft', 'in_edit', 'ready', 'archived', 'trash', 'deleted'] as const;
export type RelatedLinkState = (typeof relatedLinkStates)[number];

/** Not on the site and never will be from here: the export leaves the link out. */
export const leftOutLinkStates = ['trash', 'deleted'] as const satisfies readonly RelatedLinkState[];
export type LeftOutLinkState = (typeof leftOutLinkStates)[number];

/** Linked (with a warning while not yet on the site); archived stories are old published ones. */
export const linkedLinkStates = ['draft', 'in_edit', 'ready', 'archived'] as const satisfies readonly RelatedLinkState[];
export type LinkedLinkState = (typeof linkedLinkStates)[number];

export const relatedLinkStateLabels: Record<RelatedLinkState, string> = {
  draft: 'Draft',
  in_edit: 'In edit',
  ready: 'Ready',
  archived: 'Archived',
  trash: 'In trash',
  deleted: 'Deleted',
};

/** The one place that decides a linked story's state from its card: where it lives first, then its status. */
export function relatedLinkState(card: Pick<StoryCard, 'place' | 'status'>): RelatedLinkState {
  switch (card.place) {
    case 'missing':
      return 'deleted';
    case 'trash':
      return 'trash';
    case 'archived':
      return 'archived';
    case 'active':
      return card.status ?? 'draft';
  }
}

export function isLeftOut(state: RelatedLinkState): state is LeftOutLinkState {
  return (leftOutLinkStates as readonly RelatedLinkState[]).includes(state);
}

/** A linked story that is in the store but not on the site yet. */
export function isNotYetLive(state: RelatedLinkState): state is 'draft' | 'in_edit' {
  return state === 'draft' || state === 'in_edit';
}

/**
 * What is wrong with a link in this state, as a sentence for the editor
 * (naming the story when its headline is known), or null when it links
 * normally. The export's warnings and the "Ready to publish" list both say it.
 */
export function relatedLinkProblem(state: LeftOutLinkState | 'draft' | 'in_edit', headline: string): string;
export function relatedLinkProblem(state: RelatedLinkState, headline: string): string | null;
export function relatedLinkProblem(state: RelatedLinkState, headline: string): string | null {
  const named = headline.trim() === '' ? null : `“${headline.trim()}”`;
  switch (state) {
    case 'trash':
      return `Related story ${named ?? '(untitled)'} is in the trash: it is left out of the export.`;
    case 'deleted':
      return `A related story was deleted for good${named === null ? '' : ` (${named})`}: it is left out of the export.`;
    case 'draft':
    case 'in_edit':
      return `Related story ${named ?? '(untitled)'} is ${state === 'draft' ? 'a draft' : 'in edit'}, not yet on the site: the link will not work until it is published.`;
    case 'ready':
    case 'archived':
      return null;
  }
}
