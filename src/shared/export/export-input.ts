import { z } from 'zod';
import { settingsSchema } from '../settings/settings-schema';
import { leftOutLinkStates, linkedLinkStates } from '../story/related-link-state';
import { leadImageSchema, storySchema, type LeadImage } from '../story/story-schema';

/** The story fields the export prints; a whole Story from the store fits. Tags are optional: a story without them prints none. */
export const exportStorySchema = storySchema
  .pick({
    section: true,
    headline: true,
    standfirst: true,
    socialHeadline: true,
    socialDescription: true,
    slug: true,
    body: true,
    bylines: true,
    publishDate: true,
    contentModifiedAt: true,
    tags: true,
  })
  .partial({ tags: true });
export type ExportStory = z.infer<typeof exportStorySchema>;

/** The lead image: the same fields as an image in the body (defined with the story). */
export { leadImageSchema, type LeadImage };

const webUrlSchema = z.url({ protocol: /^https?$/, error: 'must be an http or https URL' }).max(2_000);

/**
 * A related story resolved for print: a story in the store and an external
 * one become the same card, so they render the same markup.
 */
export const relatedCardSchema = z.object({
  url: webUrlSchema,
  headline: z.string(),
  standfirst: z.string(),
  byline: z.string(),
  /** '' when the story has no picture. */
  imageUrl: webUrlSchema.or(z.literal('')),
  /** A story in the store: its state (see relatedLinkState); absent for a published page given by URL. */
  state: z.enum(linkedLinkStates).optional(),
});
export type RelatedCard = z.infer<typeof relatedCardSchema>;

/** A linked story in the trash or deleted for good: not printed, only warned about. */
export const leftOutRelatedSchema = z.object({
  leftOut: z.enum(leftOutLinkStates),
  /** '' when unknown (a story deleted for good keeps none). */
  headline: z.string(),
});
export type LeftOutRelated = z.infer<typeof leftOutRelatedSchema>;

/** Everything the exporter reads: the story plus what the store resolves for it. */
export const exportInputSchema = z.object({
  story: exportStorySchema,
  leadImage: leadImageSchema.nullable(),
  /** The bio to print (edited, or generated from the settings' template); '' for none. */
  authorBio: z.string(),
  /** One entry per related link of the story, in its order, so a warning's path is the link's index. */
  related: z.array(z.union([relatedCardSchema, leftOutRelatedSchema])),
  settings: settingsSchema,
});
export type ExportInput = z.infer<typeof exportInputSchema>;

export const exportForms = ['article', 'body', 'page'] as const;
export const exportFormSchema = z.enum(exportForms);
export type ExportForm = z.infer<typeof exportFormSchema>;

export interface ExportOptions {
  form: ExportForm;
  /** Page form only: a stylesheet link, as a relative path or an http(s) URL. */
  stylesheetHref?: string;
}

export interface ExportImage {
  sha256: string;
  ext: LeadImage['ext'];
  /** 'images/<sha256>.<ext>', relative to the export folder. */
  file: string;
}
