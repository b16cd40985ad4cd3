import { z } from 'zod';
import { END_MARK_TYPE, IMAGE_TYPE, imageExtensions, PULL_QUOTE_TYPE } from './node-names';

export { END_MARK_TYPE, IMAGE_TYPE, imageExtensions, imageFileName, PULL_QUOTE_TYPE } from './node-names';

/**
 * The serialized JSON of Copydesk's own editor nodes: the one definition the
 * editor's node classes (exportJSON/importJSON), the store, the exporter and
 * the HTML import all follow. Each shape is versioned; a new version adds a
 * migration here rather than changing the meaning of an old one.
 */

const pullQuoteFields = {
  type: z.literal(PULL_QUOTE_TYPE),
  /** The quoted passage; must appear verbatim in the body (see src/shared/pull-quote) unless `edited`. */
  text: z.string().max(2_000),
  attribution: z.string().max(300),
};

/** Version 1, before a pull-quote could be edited: every quote was meant verbatim. */
const pullQuoteNodeV1Schema = z.object({ ...pullQuoteFields, version: z.literal(1) });

/** The current version, which editors and the HTML import write. */
export const pullQuoteNodeSchema = z.object({
  ...pullQuoteFields,
  version: z.literal(2),
  /**
   * The desk trimmed or reworded the quote on purpose, so it is not checked
   * against the body. Editor-only: the export writes an edited quote
   * exactly as a verbatim one.
   */
  edited: z.boolean(),
});
export type SerializedPullQuoteNode = z.infer<typeof pullQuoteNodeSchema>;

/** A version 1 pull-quote as version 2: it was made from the body's words, so it is not an edited quote. */
export function upgradePullQuoteNode(node: z.infer<typeof pullQuoteNodeV1Schema>): SerializedPullQuoteNode {
  return { ...node, version: 2, edited: false };
}

/** A stored pull-quote of any version, read as the current one. */
export const storedPullQuoteNodeSchema = z.union([pullQuoteNodeSchema, pullQuoteNodeV1Schema.transform(upgradePullQuoteNode)]);

export const imageNodeSchema = z.object({
  type: z.literal(IMAGE_TYPE),
  version: z.literal(1),
  /** Content address of the file in the profile: images/<sha256>.<ext>. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  ext: z.enum(imageExtensions),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  alt: z.string().max(1_000),
  caption: z.string().max(2_000),
  credit: z.string().max(300),
});
export type SerializedImageNode = z.infer<typeof imageNodeSchema>;

export const endMarkNodeSchema = z.object({
  type: z.literal(END_MARK_TYPE),
  version: z.literal(1),
});
export type SerializedEndMarkNode = z.infer<typeof endMarkNodeSchema>;
