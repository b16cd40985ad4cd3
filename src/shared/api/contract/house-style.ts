import { z } from 'zod';
import type { HouseStyleRules } from '../../house-style';
import { LIMITS } from '../../story/story-constants';
import { noInput, operation } from './operation';

/** The largest house-style rules file read or copied into a profile (the built-in rules are under 50 KB). */
export const MAX_RULES_FILE_BYTES = 2 * 1024 * 1024;

/** The house-style rules the checker uses, and a profile's own rules file. */
export const houseStyleOperations = {
  getHouseStyleRules: operation(
    noInput,
    z.object({
      /** 'built-in', or the settings' path of the profile's rules file. */
      source: z.string(),
      rules: z.custom<HouseStyleRules>(),
      /** Why the profile's rules file is not in use (the built-in rules are). */
      error: z.string().optional(),
    }),
    'The house-style rules in use (loaded at start), as plain data for the checker, and any problem with the profile’s rules file.',
  ),
  importHouseStyleRules: operation(
    z
      .object({
        fileName: z.string().max(LIMITS.name),
        bytes: z
          .instanceof(Uint8Array, { error: 'bytes must be the file’s contents' })
          .refine((bytes) => bytes.byteLength > 0, { error: 'The file is empty.' })
          .refine((bytes) => bytes.byteLength <= MAX_RULES_FILE_BYTES, {
            error: `The file is larger than ${MAX_RULES_FILE_BYTES / 1024 / 1024} MB, more than any rules file needs. Choose the JSON file of house-style rules.`,
          }),
      })
      .strict(),
    z.object({ path: z.string() }),
    'Copy a rules file the person picked into the profile (house-rules/<name>.json) once its rules are valid; the path to put in the settings. Nothing is copied when it is not valid.',
  ),
} as const;
