import { socialCardPicture, socialCardSite, socialCardText } from '../../../shared/export/social-card';
import { imageFileName } from '../../../nodes/image/image-names';
import type { Settings } from '../../../shared/settings/settings-schema';
import type { LeadImage } from '../../../shared/story/story-schema';

type SocialCardProps = {
  story: { headline: string; standfirst: string; socialHeadline: string; socialDescription: string };
  leadImage: LeadImage | null;
  settings: Settings;
};

/** The link card a social site builds from the page's Open Graph tags: image, site, title, description. */
export function SocialCard({ story, leadImage, settings }: SocialCardProps) {
  const { title, description } = socialCardText(story);
  const site = socialCardSite(settings);
  const picture = socialCardPicture(leadImage, settings);
  return (
    <figure className="social-card" aria-label="Social card preview">
      <div className="social-card__image">
        {picture === null ? (
          <span className="social-card__no-image">No image: add a lead image to the story, or a fallback social image in Settings</span>
        ) : (
          <img src={imageFileName(picture)} alt={picture.alt} />
        )}
      </div>
      <figcaption className="social-card__text">
        <span className="social-card__domain">{site.domain}</span>
        <span className="social-card__title">{title === '' ? <em>No headline yet</em> : title}</span>
        {description !== '' && <span className="social-card__description">{description}</span>}
        <span className="social-card__site">{site.name}</span>
      </figcaption>
    </figure>
  );
}
