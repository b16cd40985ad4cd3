import { z } from 'zod';
import { MAX_PULL_QUOTE_ATTRIBUTION, MAX_PULL_QUOTE_TEXT, PULL_QUOTE_TYPE } from './pull-quote-names';

/**
 * The pull-quote's serialized JSON: the one definition its editor node
 * (exportJSON/importJSON), the store, the exporter and the HTML import
 * follow. Each shape is versioned; a new version adds a migration here
 * rather than changing the meaning of an old one.
 */

const pullQuoteFields = {
  type: z.literal(PULL_QUOTE_TYPE),
  /** The quoted passage; must appear verbatim in the body (see verbatim.ts) unless `edited`. */
  text: z.string().max(MAX_PULL_QUOTE_TEXT),
  attribution: z.string().max(MAX_PULL_QUOTE_ATTRIBUTION),
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
