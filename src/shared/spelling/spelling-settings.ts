/**
 * The spelling and grammar settings (settings.json's optional `spelling`):
 * zod-free, so the editor's worker and the checker read them without the
 * settings schema, which builds its validator from these.
 */

/** The house spelling: British with -ise (the default) or Oxford -ize; the engine reads both as British. */
export const spellingDialects = ['british-ise', 'oxford-ize'] as const;
export type SpellingDialect = (typeof spellingDialects)[number];

export interface SpellingSettings {
  dialect: SpellingDialect;
  spelling: boolean;
  grammar: boolean;
}

export const defaultSpellingSettings: SpellingSettings = { dialect: 'british-ise', spelling: true, grammar: true };

/** The settings' spelling choices, or the defaults when the file has none (settings saved before there were any). */
export function spellingSettingsOf(settings: { spelling?: SpellingSettings | undefined }): SpellingSettings {
  return settings.spelling ?? defaultSpellingSettings;
}
