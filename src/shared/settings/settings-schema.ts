import { z } from 'zod';

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
  })
  .strict();
export type Settings = z.infer<typeof settingsSchema>;
