import { useCallback, useId } from 'react';
import type { Settings } from '../../../shared/settings/settings-schema';
import type { Story } from '../../../shared/story/story-schema';
import type { DraftFields } from '../../story/use-story-draft';
import { PublishDateField } from './PublishDateField';
import { SlugField } from './SlugField';
import { SocialCard } from './SocialCard';
import { SocialTextField } from './SocialTextField';

/** Where a social headline and description fit on most cards; shown, never enforced. */
const SOCIAL_TARGETS = { headline: 70, description: 200 } as const;

type PublishingPanelProps = {
  story: Story;
  fields: DraftFields;
  settings: Settings;
  update: <K extends keyof DraftFields>(key: K, value: DraftFields[K]) => void;
};

/** The Publishing tab: when the story goes out, at which address, and how a shared link to it looks. */
export function PublishingPanel({ story, fields, settings, update }: PublishingPanelProps) {
  const id = useId();
  const setSlug = useCallback((slug: string | null) => update('slug', slug), [update]);
  return (
    <div className="publishing-panel">
      <PublishDateField value={fields.publishDate} onChange={(value) => update('publishDate', value)} />
      <SlugField
        storyId={story.id}
        savedSlug={story.slug}
        ownSlug={fields.slug}
        section={fields.section}
        settings={settings}
        onChange={setSlug}
      />
      <section className="publishing-section" aria-labelledby={`${id}-social`}>
        <h3 id={`${id}-social`} className="panel-section__title">
          Social sharing
        </h3>
        <SocialTextField
          id="social-headline"
          label="Social headline"
          value={fields.socialHeadline}
          target={SOCIAL_TARGETS.headline}
          fallback={fields.headline}
          fallbackName="headline"
          rows={2}
          onChange={(value) => update('socialHeadline', value)}
        />
        <SocialTextField
          id="social-description"
          label="Social description"
          value={fields.socialDescription}
          target={SOCIAL_TARGETS.description}
          fallback={fields.standfirst}
          fallbackName="standfirst"
          rows={4}
          onChange={(value) => update('socialDescription', value)}
        />
        {/* The saved lead image: one still without alt text is not on the exported page. */}
        <SocialCard story={fields} leadImage={story.leadImage} settings={settings} />
      </section>
    </div>
  );
}
