import { foldText } from './fold-text';

/** Runs of letters and digits, as the index's unicode61 tokenizer splits them. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Words too common in English prose to say what a story is about. */
const STOPWORDS = new Set(
  `about above after again against all also among and any are because been before being below between both but
  can cannot could did does doing down during each even ever every few for from further had has have having her
  here hers herself him himself his how into its itself just last less like made make many may more most much must
  new not now off once one only other our ours out over own said same say says she should since some still such
  than that the their theirs them then there these they this those though three through too two under until upon
  very was way we well were what when where which while who whom whose why will with within without would year
  years yet you your yours`.split(/\s+/),
);

/** A word in more than this share of the stories says little about any one of them … */
const MAX_SHARE = 0.5;
/** … once there are enough stories for "most of them" to mean something. */
const SHARE_APPLIES_FROM = 10;

export type WeightedText = { text: string; weight: number };

/**
 * The words that best say what a text is about: each word's weighted count
 * in the text (a headline word counts more than a body word) times how rare
 * it is across the stories (inverse document frequency). Words found in no
 * other story cannot relate it to anything, and words in most stories
 * relate it to everything: both are left out.
 */
export function keyTerms(
  parts: readonly WeightedText[],
  storiesWith: (term: string) => number,
  totalStories: number,
  max: number,
): string[] {
  const counts = new Map<string, number>();
  for (const { text, weight } of parts) {
    for (const word of text.normalize('NFC').match(WORD) ?? []) {
      const term = foldText(word);
      if ([...term].length < 3 || STOPWORDS.has(term) || /^\d+$/.test(term)) continue;
      counts.set(term, (counts.get(term) ?? 0) + weight);
    }
  }
  const scored: { term: string; score: number }[] = [];
  for (const [term, count] of counts) {
    const stories = storiesWith(term);
    if (stories < 2 || (totalStories >= SHARE_APPLIES_FROM && stories > totalStories * MAX_SHARE)) continue;
    scored.push({ term, score: count * Math.log((totalStories + 1) / stories) });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.term.localeCompare(b.term))
    .slice(0, max)
    .map(({ term }) => term);
}
