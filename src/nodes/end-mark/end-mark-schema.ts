import { z } from 'zod';
import { END_MARK_TYPE } from './end-mark-names';

/** The end mark's serialized JSON: it carries nothing but its type. */
export const endMarkNodeSchema = z.object({
  type: z.literal(END_MARK_TYPE),
  version: z.literal(1),
});
export type SerializedEndMarkNode = z.infer<typeof endMarkNodeSchema>;

/** A new end mark, as the editor's exportJSON writes it. */
export function endMarkNode(): SerializedEndMarkNode {
  return { type: END_MARK_TYPE, version: 1 };
}
