import type { Operations } from '../api/open-operations';
import { defaultHouseWords, defaultSpellingSettings, type SpellingSettings } from '../../shared/spelling';

/**
 * The house dictionary's words. The store's list (listHouseWords) is not
 * there yet: until it is, the house style's acronyms a new profile starts with.
 */
export async function houseWords(_operations: Operations): Promise<readonly string[]> {
  return defaultHouseWords;
}

/** The names in the author directory, which the checker never flags. */
export async function directoryNames(operations: Operations): Promise<string[]> {
  return (await operations.call('listAuthors', { query: '' })).map((author) => author.name);
}

/** The settings' spelling choices; the defaults for settings saved before there were any. */
export function spellingSettingsOf(settings: object): SpellingSettings {
  const stored = (settings as { spelling?: Partial<SpellingSettings> }).spelling;
  return { ...defaultSpellingSettings, ...stored };
}
