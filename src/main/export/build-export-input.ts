import type { ExportInput } from '../../shared/export/export-input';
import { relatedCardForExternal, relatedCardForStory } from '../../shared/export/related-card';
import type { Settings } from '../../shared/settings/settings-schema';
import { authorBioFor } from '../../shared/story/author-bio';
import { isLeftOut, relatedLinkState } from '../../shared/story/related-link-state';
import type { Story } from '../../shared/story/story-schema';
import type { Store } from '../store/store';

/**
 * What the exporter needs for one story, resolved from the store: its lead
 * image, the bio (the story's own, else generated from the bylines by the
 * settings' template) and the related stories as cards. A related story in
 * the store shows its current headline, standfirst, bylines, lead image and
 * URL, so a renamed story reads right in every story that links to it; one
 * in the trash or deleted for good is passed on as left out, so the
 * exporter warns about it.
 */
export function buildExportInput(store: Store, settings: Settings, storyOrId: string | Story): ExportInput {
  const story = typeof storyOrId === 'string' ? store.getStory(storyOrId) : storyOrId;
  return {
    story,
    leadImage: story.leadImage,
    authorBio: authorBioFor(story, settings.bioTemplate),
    related: story.related.map((link) => (link.kind === 'external' ? relatedCardForExternal(link) : relatedEntry(store, settings, link.storyId))),
    settings,
  };
}

function relatedEntry(store: Store, settings: Settings, storyId: string): ExportInput['related'][number] {
  const card = store.related.card(storyId);
  const state = relatedLinkState(card);
  if (isLeftOut(state)) return { leftOut: state, headline: card.headline };
  const target = liveStory(store, storyId);
  // Deleted for good between the two reads: left out as if it had gone first.
  if (target === undefined) return { leftOut: 'deleted', headline: card.headline };
  return { ...relatedCardForStory(settings, target, target.leadImage), state };
}

function liveStory(store: Store, id: string): Story | undefined {
  try {
    return store.getStory(id);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'not_found') return undefined;
    throw error;
  }
}
