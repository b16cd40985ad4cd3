import type { ExportInput, RelatedCard } from '../../shared/export/export-input';
import { relatedCardForExternal, relatedCardForStory } from '../../shared/export/related-card';
import type { Settings } from '../../shared/settings/settings-schema';
import { authorBioFor } from '../../shared/story/author-bio';
import type { Story } from '../../shared/story/story-schema';
import type { Store } from '../store/store';

/**
 * What the exporter needs for one story, resolved from the store: its lead
 * image, the bio (the story's own, else generated from the bylines by the
 * settings' template) and the related stories as cards. A related story in
 * the store shows its current headline, standfirst, bylines, lead image and
 * URL, so a renamed story reads right in every story that links to it; one
 * deleted for good since it was linked is left out.
 */
export function buildExportInput(store: Store, settings: Settings, storyOrId: string | Story): ExportInput {
  const story = typeof storyOrId === 'string' ? store.getStory(storyOrId) : storyOrId;
  return {
    story,
    leadImage: story.leadImage,
    authorBio: authorBioFor(story, settings.bioTemplate),
    related: relatedCards(store, settings, story),
    settings,
  };
}

function relatedCards(store: Store, settings: Settings, story: Story): RelatedCard[] {
  const cards: RelatedCard[] = [];
  for (const link of story.related) {
    if (link.kind === 'external') {
      cards.push(relatedCardForExternal(link));
      continue;
    }
    const target = liveStory(store, link.storyId);
    if (target === undefined) continue;
    cards.push(relatedCardForStory(settings, target, target.leadImage));
  }
  return cards;
}

function liveStory(store: Store, id: string): Story | undefined {
  try {
    return store.getStory(id);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'not_found') return undefined;
    throw error;
  }
}
