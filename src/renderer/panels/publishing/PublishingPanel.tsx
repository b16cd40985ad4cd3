import { useCallback, useId } from 'react';
import type { Settings } from '../../../shared/settings/settings-schema';
import type { Story } from '../../../shared/story/story-schema';
import { fieldElementIds } from '../../story/fields/field-ids';
import { StoryTextField } from '../../story/fields/StoryTextField';
import type { DraftFields } from '../../story/draft-fields';
import { PublishDateField } from './PublishDateField';
import { SlugField } from './SlugField';
import { SocialCard } from './SocialCard';

/** What an empty social text shows: the card falls back to the headline or standfirst. */
function fallbackHint(fallback: string, name: string): string {
  return fallback.trim() === '' ? `Empty: the card uses the ${name}` : fallback;
}

type PublishingPanelProps = {
  story: Omit<Story, 'body'>;
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
        <StoryTextField
          id={fieldElementIds.socialHeadline}
          label="Social headline"
          labelVisible
          singleLine
          scope="socialHeadline"
          placeholder={fallbackHint(fields.headline, 'headline')}
          value={fields.socialHeadline}
          onChange={(value) => update('socialHeadline', value)}
        />
        <StoryTextField
          id={fieldElementIds.socialDescription}
          label="Social description"
          labelVisible
          scope="socialDescription"
          placeholder={fallbackHint(fields.standfirst, 'standfirst')}
          value={fields.socialDescription}
          onChange={(value) => update('socialDescription', value)}
        />
        {/* The saved lead image: one still without alt text is not on the exported page. */}
        <SocialCard story={fields} leadImage={story.leadImage} settings={settings} />
      </section>
    </div>
  );
}
