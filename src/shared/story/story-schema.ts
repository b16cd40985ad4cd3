import { z } from 'zod';
import { houseStyleIgnoreSchema } from '../house-style/ignore-schema';
import { imageNodeSchema } from '../../nodes/image/image-schema';
import {
  HEADLINE_ONE_LINE,
  controlCharactersMessage,
  hasControlCharacters,
  isOneLine,
  tooLongMessage,
} from './plain-text';
import {
  LEAD_IMAGE_ALT_REQUIRED,
  LIMITS,
  SHA256_PATTERN,
  SHA256_REQUIRED,
  storySortKeys,
  storyViews,
  workflowStatuses,
} from './story-constants';

export const idSchema = z.uuid({ error: 'must be a story or author id (a UUID)' });
export const isoDateTimeSchema = z.iso.datetime({ offset: false, error: 'must be a UTC date and time (ISO 8601)' });

export const workflowStatusSchema = z.enum(workflowStatuses, {
  error: `must be one of ${workflowStatuses.join(', ')}`,
});
export const storyViewSchema = z.enum(storyViews);

/** Text typed by a person: no NUL or other C0 controls except tab and newline. */
function plainText(max: number, label: string) {
  return z
    .string()
    .max(max, { error: tooLongMessage(label, max) })
    .refine((s) => !hasControlCharacters(s), { error: controlCharactersMessage(label) });
}

export const headlineSchema = plainText(LIMITS.headline, 'Headline').refine(isOneLine, { error: HEADLINE_ONE_LINE });
export const standfirstSchema = plainText(LIMITS.standfirst, 'Standfirst');
export const socialTextSchema = plainText(LIMITS.socialText, 'Social text');
export const slugSchema = z
  .string()
  .max(LIMITS.slug, { error: `Slug is too long (at most ${LIMITS.slug} characters)` })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'Slug may use only lower-case letters, digits and single hyphens, e.g. "nhs-reforms-2026"',
  });
/** Whether a story may take a slug, and the slug its latest export went out under (null: never exported, or not known). */
export const slugCheckSchema = z.object({
  available: z.boolean(),
  takenBy: z.object({ id: idSchema, headline: z.string() }).nullable(),
  exportedAs: z.string().nullable(),
});
export type SlugCheck = z.infer<typeof slugCheckSchema>;
export const sectionNameSchema = plainText(LIMITS.name, 'Section').min(1, { error: 'Section is required' });
export const tagSchema = plainText(LIMITS.tag, 'Tag')
  .transform((s) => s.trim())
  .refine((s) => s.length > 0, { error: 'Tag must not be empty' });
export const nameSchema = plainText(LIMITS.name, 'Name');

export const bylineSchema = z.object({
  authorId: idSchema,
  name: z.string(),
  role: plainText(LIMITS.name, 'Role'),
  organisation: plainText(LIMITS.name, 'Organisation'),
});
export type Byline = z.infer<typeof bylineSchema>;

/** What a save may set on a byline: the name always comes from the directory. */
export const bylineInputSchema = bylineSchema.omit({ name: true });
export type BylineInput = z.infer<typeof bylineInputSchema>;

const httpUrlSchema = z.url({ protocol: /^https?$/, error: 'must be an http or https URL' }).max(2_000);

export const relatedLinkSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('story'), storyId: idSchema }),
  z.object({
    kind: z.literal('external'),
    url: httpUrlSchema,
    headline: headlineSchema.min(1, { error: 'Headline is required' }),
    standfirst: standfirstSchema,
    byline: nameSchema,
    imageUrl: httpUrlSchema.or(z.literal('')),
  }),
]);
export type RelatedLinkInput = z.infer<typeof relatedLinkSchema>;

/**
 * Lexical's serialized editor state is the stored form of the body. The node
 * shapes are owned by the editor's node definitions; here we only require the
 * root envelope so malformed JSON is refused at the boundary.
 */
export const bodySchema = z
  .object({
    root: z
      .object({
        type: z.literal('root', { error: 'body root must be a "root" node' }),
        children: z.array(z.looseObject({ type: z.string() })),
      })
      .loose(),
  })
  .loose();
export type StoryBody = z.infer<typeof bodySchema>;

/**
 * A body sent as the change of its top-level blocks since the body the
 * store last acknowledged: `remove` blocks from `at` are replaced by
 * `insert`. `baseBlocks` is how many blocks that body has, so an edit meant
 * for another body is refused instead of applied (docs/saving.md).
 */
export const bodyEditSchema = z
  .object({
    baseBlocks: z.number().int().nonnegative(),
    at: z.number().int().nonnegative(),
    remove: z.number().int().nonnegative(),
    insert: bodySchema.shape.root.shape.children,
  })
  .strict();
export type BodyEdit = z.infer<typeof bodyEditSchema>;

/** The story's lead image as stored: a body image's fields, the pixel size read from the images table. */
export const leadImageSchema = imageNodeSchema.omit({ type: true, version: true });
export type LeadImage = z.infer<typeof leadImageSchema>;

/** What a save sets: an image importImage stored (by its content address) and the words that go with it. */
export const leadImageChangeSchema = z
  .object({
    sha256: z.string().regex(SHA256_PATTERN, { error: SHA256_REQUIRED }),
    alt: plainText(LIMITS.imageAlt, 'Alt text').refine((s) => s.trim() !== '', { error: LEAD_IMAGE_ALT_REQUIRED }),
    caption: plainText(LIMITS.imageCaption, 'Caption'),
    credit: plainText(LIMITS.imageCredit, 'Credit'),
  })
  .strict();
export type LeadImageChange = z.infer<typeof leadImageChangeSchema>;


export const storySchema = z.object({
  id: idSchema,
  revision: z.number().int().nonnegative(),
  section: z.string(),
  headline: z.string(),
  standfirst: z.string(),
  socialHeadline: z.string(),
  socialDescription: z.string(),
  slug: z.string(),
  slugLocked: z.boolean(),
  status: workflowStatusSchema,
  body: bodySchema.nullable(),
  authorBio: z.string().nullable(),
  bylines: z.array(bylineSchema),
  leadImage: leadImageSchema.nullable(),
  tags: z.array(z.string()),
  related: z.array(relatedLinkSchema),
  /** House-style findings the editors chose to ignore (docs/house-style-rules.md): kept with the story. */
  houseStyleIgnores: z.array(houseStyleIgnoreSchema),
  wordCount: z.number().int().nonnegative(),
  publishDate: isoDateTimeSchema.nullable(),
  createdAt: isoDateTimeSchema,
  contentModifiedAt: isoDateTimeSchema,
  modifiedAt: isoDateTimeSchema,
  archivedAt: isoDateTimeSchema.nullable(),
  trashedAt: isoDateTimeSchema.nullable(),
});
export type Story = z.infer<typeof storySchema>;

/**
 * A save's reply: the new revision and what the store worked out, no more
 * (the caller already holds what it sent). docs/saving.md
 */
export const saveAckSchema = storySchema.pick({
  id: true,
  revision: true,
  slug: true,
  wordCount: true,
  contentModifiedAt: true,
  modifiedAt: true,
});
export type SaveAck = z.infer<typeof saveAckSchema>;

export const storySummarySchema = z.object({
  id: idSchema,
  revision: z.number().int().nonnegative(),
  section: z.string(),
  headline: z.string(),
  standfirst: z.string(),
  status: workflowStatusSchema,
  bylineNames: z.array(z.string()),
  wordCount: z.number().int().nonnegative(),
  createdAt: isoDateTimeSchema,
  contentModifiedAt: isoDateTimeSchema,
  modifiedAt: isoDateTimeSchema,
  archivedAt: isoDateTimeSchema.nullable(),
  trashedAt: isoDateTimeSchema.nullable(),
  lastExportedAt: isoDateTimeSchema.nullable(),
  changedSinceExport: z.boolean(),
  /** Changed by other editors on the desk since this profile last opened it, and by whom (a null name: one who gave none); null: not. */
  changedOnDesk: z.object({ editors: z.array(z.string().nullable()) }).nullable(),
  /** Search hit in context; matched words sit between SNIPPET_MARK_START and SNIPPET_MARK_END. */
  snippet: z.string().nullable(),
});
export type StorySummary = z.infer<typeof storySummarySchema>;

export const storyChangesSchema = z
  .object({
    section: sectionNameSchema,
    headline: headlineSchema,
    standfirst: standfirstSchema,
    socialHeadline: socialTextSchema,
    socialDescription: socialTextSchema,
    /** A slug set here is kept as typed; null goes back to deriving it from the headline. */
    slug: slugSchema.nullable(),
    status: workflowStatusSchema,
    publishDate: isoDateTimeSchema.nullable(),
    body: bodySchema.nullable(),
    /** Instead of `body`: only the blocks that changed since the acknowledged body. */
    bodyEdit: bodyEditSchema,
    /**
     * Instead of `body`, for a shared story only: a Yjs update (base64) of the
     * body, made by an editor bound to the story's document (docs/saving.md).
     */
    bodyUpdate: z
      .base64({ error: 'must be a Yjs update in base64' })
      .max(LIMITS.bodyJsonBytes, { error: `at most ${LIMITS.bodyJsonBytes / 1_048_576} MB` }),
    authorBio: plainText(LIMITS.authorBio, 'Author bio').nullable(),
    bylines: z.array(bylineInputSchema).max(LIMITS.bylines, { error: `at most ${LIMITS.bylines} bylines` }),
    /** null takes the lead image off the story. */
    leadImage: leadImageChangeSchema.nullable(),
    tags: z.array(tagSchema).max(LIMITS.tags, { error: `at most ${LIMITS.tags} tags` }),
    related: z.array(relatedLinkSchema).max(LIMITS.related, { error: `at most ${LIMITS.related} related stories` }),
    houseStyleIgnores: z.array(houseStyleIgnoreSchema).max(LIMITS.houseStyleIgnores, { error: `at most ${LIMITS.houseStyleIgnores} ignored findings` }),
  })
  .partial()
  .strict();
export type StoryChanges = z.infer<typeof storyChangesSchema>;

export const storySortSchema = z.enum(storySortKeys);

export const listStoriesInputSchema = z
  .object({
    view: storyViewSchema.default('active'),
    status: workflowStatusSchema.nullable().default(null),
    section: sectionNameSchema.nullable().default(null),
    query: plainText(LIMITS.query, 'Search').default(''),
    sort: storySortSchema.default('modified'),
    offset: z.number().int().min(0).max(10_000_000).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type ListStoriesInput = z.input<typeof listStoriesInputSchema>;
export type ListStoriesQuery = z.output<typeof listStoriesInputSchema>;

export const authorSchema = z.object({
  id: idSchema,
  revision: z.number().int().nonnegative(),
  name: z.string(),
  role: z.string(),
  organisation: z.string(),
  email: z.string(),
  /** A stored image (images/<sha256>.<ext>), or null. */
  photo: z.object({ sha256: z.string(), ext: z.string() }).nullable(),
  createdAt: isoDateTimeSchema,
  modifiedAt: isoDateTimeSchema,
});
export type Author = z.infer<typeof authorSchema>;

const authorNameSchema = nameSchema.transform((s) => s.trim()).refine((s) => s.length > 0, { error: 'Name is required' });
const authorEmailSchema = z.email({ error: 'must be an email address' }).max(LIMITS.name).or(z.literal(''));
/** An image already stored by importImage, by its content address. */
const photoSha256Schema = z
  .string()
  .regex(SHA256_PATTERN, { error: SHA256_REQUIRED })
  .nullable();

export const authorFieldsSchema = z
  .object({
    name: authorNameSchema,
    role: nameSchema.default(''),
    organisation: nameSchema.default(''),
    email: authorEmailSchema.default(''),
    photoSha256: photoSha256Schema.default(null),
  })
  .strict();

/** What a directory edit may change; bylines keep their own copies of role and organisation. */
export const authorChangesSchema = z
  .object({
    name: authorNameSchema,
    role: nameSchema,
    organisation: nameSchema,
    email: authorEmailSchema,
    photoSha256: photoSha256Schema,
  })
  .partial()
  .strict();
export type AuthorChanges = z.infer<typeof authorChangesSchema>;
