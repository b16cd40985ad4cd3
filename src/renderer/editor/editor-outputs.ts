import type { NodeKey } from 'lexical';
import { createContext, useContext } from 'react';
import type { WordChange } from '../../nodes/pull-quote/closest-passage';
import { createLiveValue, type LiveValue } from './live-value';

/** A pull-quote as the panel lists it: what it says, where it stands and whether the body still says it. */
export type PullQuoteItem = {
  key: NodeKey;
  text: string;
  attribution: string;
  /** False once the quoted words no longer appear verbatim in the body. */
  matches: boolean;
  /** The desk keeps it as an edited quote: not held to the body's words. */
  edited: boolean;
  /** For a quote the body does not say (and not kept as edited): where it most likely came from; null when nothing is like it. */
  closest: ClosestParagraph | null;
  /** How many blocks of body text come before it (1 = after the first paragraph). */
  afterBlock: number;
  /** The opening words of the block it follows, so an editor can place it at a glance. */
  afterText: string;
  /** The subheading it sits under, if any. */
  section: string | null;
};

/** The body paragraph a pull-quote is closest to, and how the two differ. */
export type ClosestParagraph = {
  key: NodeKey;
  /** Counted as afterBlock counts: 1 = the first block of body text. */
  number: number;
  /** Its opening words, to recognise it by. */
  opening: string;
  /** The stretch of it most like the quote, exactly as the body has it. */
  passage: string;
  changes: WordChange[];
};

export type OutlineItem = { key: NodeKey; level: 2 | 3; text: string };

/** What the body editor reports as the text changes, for the page around it. */
export type BodyEditorOutputs = {
  words: LiveValue<number>;
  pullQuotes: LiveValue<readonly PullQuoteItem[]>;
  outline: LiveValue<readonly OutlineItem[]>;
  /** An image just inserted, whose details form opens as soon as it is on screen. */
  describeImage: LiveValue<NodeKey | null>;
};

function sameJson<T>(a: T, b: T): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function createBodyEditorOutputs(initialWords = 0): BodyEditorOutputs {
  return {
    words: createLiveValue(initialWords),
    pullQuotes: createLiveValue<readonly PullQuoteItem[]>([], sameJson),
    outline: createLiveValue<readonly OutlineItem[]>([], sameJson),
    describeImage: createLiveValue<NodeKey | null>(null),
  };
}

export const BodyEditorOutputsContext = createContext<BodyEditorOutputs | null>(null);

export function useBodyEditorOutputs(): BodyEditorOutputs {
  const outputs = useContext(BodyEditorOutputsContext);
  if (outputs === null) throw new Error('useBodyEditorOutputs needs a BodyEditor above it');
  return outputs;
}
