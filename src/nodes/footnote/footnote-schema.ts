import { z } from 'zod';
import { FOOTNOTE_TYPE, MAX_FOOTNOTE_TEXT } from './footnote-names';

/**
 * The footnote's serialized JSON: an inline node in the body, so the note
 * travels with the words it belongs to through saves, revisions and
 * restores. The note is plain text; a URL in it becomes a link on export.
 */
export const footnoteNodeSchema = z.object({
  type: z.literal(FOOTNOTE_TYPE),
  version: z.literal(1),
  text: z.string().max(MAX_FOOTNOTE_TEXT),
});
export type SerializedFootnoteNode = z.infer<typeof footnoteNodeSchema>;

/** A footnote holding `text`, as the editor's exportJSON and the HTML import write it. */
export function footnoteNode(text: string): SerializedFootnoteNode {
  return { type: FOOTNOTE_TYPE, version: 1, text: text.slice(0, MAX_FOOTNOTE_TEXT) };
}
