import { z } from 'zod';
import { houseWordEntrySchema, houseWordSchema, MAX_HOUSE_WORD_LENGTH, normaliseHouseWord } from '../../spelling/house-dictionary-schema';
import { noInput, operation } from './operation';

/** The house dictionary: words and names the spelling checker accepts. */
export const houseDictionaryOperations = {
  listHouseWords: operation(
    noInput,
    z.array(houseWordEntrySchema),
    'The house dictionary: words and names the spelling checker accepts, exactly cased, in alphabetical order whatever the case.',
  ),
  addHouseWord: operation(
    z.object({ word: houseWordSchema }).strict(),
    z.object({ added: z.boolean(), word: houseWordEntrySchema, words: z.array(houseWordEntrySchema) }),
    'Add a word or short name to the house dictionary (trimmed; letters, digits, apostrophes, hyphens, inner spaces and full stops; at most 60 characters). One already there is not an error: `added` is false. Returns the whole list as well.',
  ),
  removeHouseWord: operation(
    z.object({ word: z.string().max(MAX_HOUSE_WORD_LENGTH * 4).transform(normaliseHouseWord) }).strict(),
    z.object({ words: z.array(houseWordEntrySchema) }),
    'Remove a word (exactly as cased) from the house dictionary; refused when it is not there. Returns the list left.',
  ),
} as const;
