import { useState } from 'react';
import type { StoryCard } from '../../../shared/story/related-schema';
import { LIMITS } from '../../../shared/story/story-constants';
import type { RelatedLinkInput } from '../../../shared/story/story-schema';
import { storyTitle } from '../../library/story-title';
import { TagEditor } from '../tags/TagEditor';
import { ExternalLinkForm } from './ExternalLinkForm';
import { LinkedList, linkTitle } from './LinkedList';
import { StorySearch } from './StorySearch';
import { SuggestionList } from './SuggestionList';
import { cardFromSummary, useStoryCards } from './use-story-cards';

type RelatedPanelProps = {
  storyId: string;
  /** The stored revision, so suggestions follow what was saved. */
  revision: number;
  tags: readonly string[];
  related: readonly RelatedLinkInput[];
  onTagsChange: (tags: string[]) => void;
  onRelatedChange: (related: RelatedLinkInput[]) => void;
};

/**
 * The "Related" tab: the story's tags, its related links in order, and three
 * ways to add one (a suggestion, a search of the library, a published page
 * by URL). Every change goes into the story draft and is autosaved with it.
 */
export function RelatedPanel({ storyId, revision, tags, related, onTagsChange, onRelatedChange }: RelatedPanelProps) {
  const cards = useStoryCards(storyId, revision);
  const [announcement, setAnnouncement] = useState('');
  const full = related.length >= LIMITS.related;

  // The store refuses a link to a story deleted for good, so any change to the list drops such links.
  const change = (next: RelatedLinkInput[]) =>
    onRelatedChange(next.filter((link) => link.kind !== 'story' || cards.cardOf(link.storyId)?.place !== 'missing'));

  const excluded = new Set<string>([storyId]);
  const linkedUrls = new Set<string>();
  for (const link of related) {
    if (link.kind === 'story') excluded.add(link.storyId);
    else linkedUrls.add(link.url);
  }

  const add = (link: RelatedLinkInput, title: string) => {
    if (full) {
      setAnnouncement(`A story can have at most ${LIMITS.related} related links. Remove one first.`);
      return;
    }
    change([...related, link]);
    setAnnouncement(`Linked “${title}”.`);
  };

  const linkStory = (card: StoryCard) => {
    cards.remember(card);
    add({ kind: 'story', storyId: card.storyId }, storyTitle(card.headline));
  };

  const move = (from: number, to: number) => {
    const next = [...related];
    const [moved] = next.splice(from, 1);
    if (moved === undefined) return;
    next.splice(to, 0, moved);
    change(next);
    setAnnouncement(`Moved to position ${to + 1} of ${next.length}.`);
  };

  const remove = (index: number) => {
    const link = related[index];
    if (link === undefined) return;
    change(related.filter((_, i) => i !== index));
    setAnnouncement(`Removed “${linkTitle(link, link.kind === 'story' ? cards.cardOf(link.storyId) : undefined)}”.`);
  };

  return (
    <div className="related-panel">
      <section className="related-panel__section" aria-label="Tags">
        <TagEditor tags={tags} onChange={onTagsChange} />
      </section>

      <section className="related-panel__section" aria-labelledby="related-linked-title">
        <h3 id="related-linked-title" className="panel-section__title">
          Related stories {related.length > 0 && <span className="panel-section__count">{related.length}</span>}
        </h3>
        <LinkedList links={related} cardOf={cards.cardOf} onMove={move} onRemove={remove} />
      </section>

      <section className="related-panel__section" aria-labelledby="related-suggestions-title">
        <h3 id="related-suggestions-title" className="panel-section__title">
          Suggestions
        </h3>
        <SuggestionList storyId={storyId} revision={revision} excluded={excluded} onLink={linkStory} />
      </section>

      <section className="related-panel__section" aria-labelledby="related-search-title">
        <h3 id="related-search-title" className="panel-section__title">
          Link a story
        </h3>
        <StorySearch excluded={excluded} onLink={(summary) => linkStory(cardFromSummary(summary))} />
      </section>

      <section className="related-panel__section" aria-labelledby="related-external-title">
        <details className="related-panel__details">
          <summary className="related-panel__summary">
            <h3 id="related-external-title" className="panel-section__title">
              Add a published story by URL
            </h3>
          </summary>
          <p className="related-field__help">
            A page already on the website or elsewhere. Its picture is shown on the website, not here.
          </p>
          <ExternalLinkForm linkedUrls={linkedUrls} onAdd={(link) => add(link, link.headline)} />
        </details>
      </section>

      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
