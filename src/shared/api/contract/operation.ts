import { z } from 'zod';
import { idSchema } from '../../story/story-schema';

/** One operation of the contract: what it takes, what it returns, and a sentence on what it does. */
export function operation<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, summary: string) {
  return { input, output, summary };
}

export const noInput = z.object({}).strict();
export const byId = z.object({ id: idSchema }).strict();
