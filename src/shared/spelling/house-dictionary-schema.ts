import { z } from 'zod';

/** The longest house word or name: a short name fits, a sentence does not. */
export const MAX_HOUSE_WORD_LENGTH = 60;

/** How a word came into the house dictionary: seeded with the profile, or added by an editor. */
export const houseWordSources = ['default', 'editor'] as const;
export type HouseWordSource = (typeof houseWordSources)[number];

/** Letters, digits, apostrophes and hyphens; spaces and full stops only inside a name ("St Thomas’", "St. Helens"). */
const WORD_SHAPE = /^[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}'’\-. ]*[\p{L}\p{M}\p{N}'’])?$/u;
const ALLOWED_CHARACTER = /[\p{L}\p{M}\p{N}'’\-. ]/u;

/** A word as it is stored: trimmed, each run of spaces one space, composed (NFC) so the same word is stored once. */
export function normaliseHouseWord(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/** Why a (normalised) word cannot go into the house dictionary, as a message saying what to do; null when it can. */
export function houseWordProblem(word: string): string | null {
  if (word === '') return 'Type the word or name to add to the house dictionary.';
  if ([...word].length > MAX_HOUSE_WORD_LENGTH) {
    return `“${word.slice(0, 20)}…” is ${[...word].length} characters long; a house word or name is at most ${MAX_HOUSE_WORD_LENGTH}. Add a long name’s words one by one.`;
  }
  const strange = [...new Set([...word].filter((ch) => !ALLOWED_CHARACTER.test(ch)))];
  if (strange.length > 0) {
    return `“${word}” has ${strange.map((ch) => `“${ch}”`).join(', ')} in it. A house word is one word or a short name: letters, digits, apostrophes and hyphens, with spaces or full stops inside a name (St Thomas’).`;
  }
  if (!/\p{L}/u.test(word)) return `“${word}” has no letters in it. The house dictionary is for words and names the spelling checker must accept.`;
  if (!WORD_SHAPE.test(word)) {
    return `“${word}” starts or ends with a hyphen or a full stop. Add the word without it.`;
  }
  return null;
}

/** A word an operation is given: normalised, then refused with a message when it is not a house word. */
export const houseWordSchema = z
  .string()
  .max(MAX_HOUSE_WORD_LENGTH * 4, { error: `A house word or name is at most ${MAX_HOUSE_WORD_LENGTH} characters.` })
  .transform(normaliseHouseWord)
  .superRefine((word, ctx) => {
    const problem = houseWordProblem(word);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  });

/** One word of the house dictionary, exactly cased, with how and when it was added. */
export const houseWordEntrySchema = z.object({
  word: z.string(),
  source: z.enum(houseWordSources),
  addedAt: z.string(),
});
export type HouseWordEntry = z.infer<typeof houseWordEntrySchema>;
