const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 1–99 in words, hyphenated (thirty-five); null outside that. */
export function numberInWords(n: number): string | null {
  if (!Number.isInteger(n) || n < 1 || n > 99) return null;
  if (n < 20) return ONES[n] as string;
  const unit = n % 10;
  const tens = TENS[Math.floor(n / 10)] as string;
  return unit === 0 ? tens : `${tens}-${ONES[unit]}`;
}

/** one … nineteen and the tens, by their lower-case word. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ...ONES.slice(1).map((word, i) => [word, i + 1] as const),
  ...TENS.slice(2).map((word, i) => [word, (i + 2) * 10] as const),
]);
