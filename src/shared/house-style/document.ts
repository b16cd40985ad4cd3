import type { TextRange } from '../typography';

/** The parts of a story the checker reads, each checked with the rules that apply to it. */
export const scopes = ['headline', 'standfirst', 'body', 'pullquote', 'caption', 'bio', 'socialHeadline', 'socialDescription'] as const;
export type Scope = (typeof scopes)[number];

/** What a body block is; the editor maps its nodes to these, the CLI reads them from the stored JSON. */
export const blockKinds = ['paragraph', 'heading', 'quote', 'listitem', 'tablecell', 'pullquote', 'caption', 'endmark'] as const;
export type BlockKind = (typeof blockKinds)[number];

/** A link node inside a block: its text spans [from, to) of the block text. */
export interface LinkRange extends TextRange {
  url: string;
}

export interface CheckBlock {
  /** Stable while the block exists: the editor's node key, or the JSON path for stored bodies. */
  key: string;
  kind: BlockKind;
  /** The block's plain text; line breaks as \n. Every offset in findings and fixes is into this. */
  text: string;
  links?: readonly LinkRange[];
  /** Code-formatted stretches, never checked. */
  code?: readonly TextRange[];
  /** A pull-quote the desk keeps as an edited quote: not checked word for word against the body. */
  editedQuote?: boolean;
}

export interface BylineLike {
  name: string;
  role: string;
  organisation: string;
}

/**
 * The pure document model the editor and the CLI both build cheaply: the
 * story's text fields and its body as a list of blocks in reading order
 * (pull-quotes, captions and the end mark among them, where they stand).
 */
export interface CheckDocument {
  section: string;
  headline: string;
  standfirst: string;
  body: readonly CheckBlock[];
  /** The author bio line; null when there is none. */
  bio: string | null;
  /** For the bio fix: the line generated from the bylines. */
  bylines?: readonly BylineLike[];
  /** The social card's title and description; left out (or empty) when the story has none of its own. */
  socialHeadline?: string;
  socialDescription?: string;
}

/** Pull-quotes and captions are checked as themselves; every other block is body copy. */
export function scopeOfBlock(kind: BlockKind): Scope {
  if (kind === 'pullquote') return 'pullquote';
  if (kind === 'caption') return 'caption';
  return 'body';
}

/** The story fields that are one text each, in reading order round the body, then the social card's. */
export const fieldScopes = ['headline', 'standfirst', 'bio', 'socialHeadline', 'socialDescription'] as const;
export type FieldScope = (typeof fieldScopes)[number];

export function isFieldScope(scope: Scope): scope is FieldScope {
  return (fieldScopes as readonly Scope[]).includes(scope);
}

export function fieldText(document: CheckDocument, scope: FieldScope): string {
  if (scope === 'bio') return document.bio ?? '';
  return document[scope] ?? '';
}

/** Where a finding or an edit is: a block's text, or a field's. */
export type TextPlace = { scope: Scope; blockKey?: string };

/** The text at a place in a document: a block's or a field's. Built once per document, as a long story has thousands of blocks. */
export function textsOf(document: CheckDocument): (place: TextPlace) => string | undefined {
  let blocks: Map<string, string> | undefined;
  return (place) => {
    if (place.blockKey === undefined) return isFieldScope(place.scope) ? fieldText(document, place.scope) : undefined;
    blocks ??= new Map(document.body.map((block) => [block.key, block.text]));
    return blocks.get(place.blockKey);
  };
}
