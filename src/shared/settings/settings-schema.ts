import { z } from 'zod';
import { imageNodeSchema } from '../../nodes/image/image-schema';
import { defaultSpellingSettings, spellingDialects, type SpellingSettings } from '../spelling/spelling-settings';

const urlSchema = z.url({ protocol: /^https?$/, error: 'must be an http or https URL' });

export const sectionSettingsSchema = z
  .object({
    name: z.string().min(1).max(60),
    targetWords: z
      .object({ min: z.number().int().nonnegative(), max: z.number().int().positive() })
      .refine((t) => t.min <= t.max, { error: 'targetWords.min must not exceed targetWords.max' }),
  })
  .strict();
export type SectionSettings = z.infer<typeof sectionSettingsSchema>;

/** An image stored in the profile by importImage: its content address (images/<sha256>.<ext>) and size in pixels. */
export const siteImageSchema = imageNodeSchema.pick({ sha256: true, ext: true, width: true, height: true }).strict();
export type SiteImage = z.infer<typeof siteImageSchema>;

export const SOCIAL_IMAGE_ALT_REQUIRED = 'The fallback social image needs alt text: describe the picture for readers who cannot see it.';

export const socialImageSchema = siteImageSchema
  .extend({
    alt: z
      .string()
      .max(1_000, { error: 'Keep the alt text under 1,000 characters.' })
      .refine((s) => s.trim() !== '', { error: SOCIAL_IMAGE_ALT_REQUIRED }),
  })
  .strict();
export type SocialImage = z.infer<typeof socialImageSchema>;

/** The spelling and grammar checker's settings; each field left out takes its default. */
export const spellingSettingsSchema = z
  .object({
    dialect: z.enum(spellingDialects).default(defaultSpellingSettings.dialect),
    spelling: z.boolean().default(defaultSpellingSettings.spelling),
    grammar: z.boolean().default(defaultSpellingSettings.grammar),
  })
  .strict() satisfies z.ZodType<SpellingSettings>;

/** The profile's settings file, read by the app and the command line alike. */
export const settingsSchema = z
  .object({
    siteName: z.string().min(1).max(200),
    siteBaseUrl: urlSchema,
    /** Path appended to siteBaseUrl; {section} and {slug} are filled in. */
    canonicalUrlPattern: z
      .string()
      .startsWith('/', { error: 'must start with "/"' })
      .refine((p) => p.includes('{slug}'), { error: 'must contain {slug}' }),
    assetBaseUrl: urlSchema,
    sections: z
      .array(sectionSettingsSchema)
      .min(1, { error: 'at least one section is required' })
      .refine((s) => new Set(s.map((x) => x.name)).size === s.length, { error: 'section names must be unique' }),
    bioTemplate: z.string().min(1).max(500),
    /** Path of a house-style rules file, relative to the profile folder; null uses the built-in rules. */
    houseStyleRules: z.string().min(1).nullable(),
    /** The publisher's logo in the page's JSON-LD. Optional, like socialImage, so older settings files still load. */
    siteLogo: siteImageSchema.optional(),
    /** The picture for social cards (og:image, twitter:image) when a story has no lead image. */
    socialImage: socialImageSchema.optional(),
    /** The spelling and grammar checker: dialect, and each kind of finding on or off. Optional, so older settings files still load. */
    spelling: spellingSettingsSchema.optional(),
    /** The name other editors on the desk see beside this editor's caret; the computer's user name when absent. */
    editorName: z.string().trim().min(1).max(60).optional(),
  })
  .strict();
export type Settings = z.infer<typeof settingsSchema>;
