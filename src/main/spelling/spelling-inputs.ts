import type { Operations } from '../api/open-operations';

/** The house dictionary's words, from the profile's store (a new profile starts with the house style's acronyms). */
export async function houseWords(operations: Operations): Promise<readonly string[]> {
  return (await operations.call('listHouseWords', {})).map((entry) => entry.word);
}

/** The names in the author directory, which the checker never flags. */
export async function directoryNames(operations: Operations): Promise<string[]> {
  return (await operations.call('listAuthors', { query: '' })).map((author) => author.name);
}
