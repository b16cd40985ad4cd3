/**
 * Element ids of the controls that fix what "Ready to publish" lists, so a
 * jump (useGoToControl) can find them. The Publishing tab's own inputs carry
 * the first two.
 */
export const controlIds = {
  publishDate: 'publish-date',
  slug: 'story-slug',
  leadImageAdd: 'lead-image-add',
  leadImageAlt: 'lead-image-alt',
  authorBio: 'author-bio',
} as const;

/** A related link's entry in the Related tab, by its index among the story's links. */
export function relatedLinkControlId(index: number): string {
  return `related-link-${index}`;
}
