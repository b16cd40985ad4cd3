import { z } from 'zod';
import { IGNORE_CONTEXT } from './ignore-context';
import { ruleIdSchema } from './rules-schema';

/**
 * An "ignore" stored with the story. With matchedText it is "ignore here":
 * it holds while that text, with the same few characters around it, is still
 * in the story. Without it, the rule is off for the whole story. (Apart from
 * ./ignores, so the checker in the editor loads no validator.)
 */
export const houseStyleIgnoreSchema = z.strictObject({
  ruleId: ruleIdSchema,
  matchedText: z.string().max(2_000).nullable(),
  context: z.strictObject({ before: z.string().max(IGNORE_CONTEXT), after: z.string().max(IGNORE_CONTEXT) }).nullable(),
});
export type HouseStyleIgnore = z.infer<typeof houseStyleIgnoreSchema>;
