import { fillMessage } from './finding';
import type { BuiltinName, BuiltinRuleNamed, builtinMessageKeys } from './rules-schema';

type MessageKey<N extends BuiltinName> = (typeof builtinMessageKeys)[N][number];

/** What each built-in check says unless the rules file gives its own wording (the rule's "messages"). */
export const defaultBuiltinMessages: { [N in BuiltinName]: Record<MessageKey<N>, string> } = {
  typography: {
    quotes: 'House quote marks: single outside, double inside (‘a “b” c’): {suggestion}',
    apostrophe: 'Apostrophes are curly: {suggestion}',
    dash: 'Dashes are closed-up em dashes: trusts—and',
    range: 'Ranges take a closed-up en dash: 2024–25',
    ellipsis: 'Use the ellipsis character (…)',
    spaces: 'Extra space',
  },
  numbers: {
    sentenceStart: 'Don’t start a sentence with a figure',
    smallNumber: 'One to nine in words: {suggestion}, not {found}',
    largeNumber: '10 and above in figures: {suggestion}, not {found}',
    alwaysFigures: 'Ages, percentages and money take figures: {suggestion}',
  },
  'sentence-case': {
    firstWord: 'Start with a capital letter: {suggestion}',
    capitalised: 'Sentence case: “{suggestion}”, not “{found}”, unless it is a name',
  },
  'job-titles': {
    beforeName: 'Job titles are capitalised directly before a name: {suggestion}',
    standingAlone: 'Job titles are lower case after a name or standing alone: {suggestion}',
  },
  'pull-quote-verbatim': {
    notFound: 'This pull-quote no longer matches the body text word for word',
  },
  'end-mark-and-bio': {
    noEndMark: '{section} pieces end with the end mark (//)',
    endMarkNotLast: 'The end mark (//) goes after the last paragraph',
    noBio: '{section} pieces carry an author bio line',
  },
  links: {
    protocol: 'Links must be {protocols}: {found}',
    vagueText: 'Link text should say where the link goes, not “{found}”',
    bareUrl: 'Link text should describe the page, not be a bare URL',
  },
};

export function builtinMessage<N extends BuiltinName>(
  rule: BuiltinRuleNamed<N>,
  key: MessageKey<N>,
  values: Readonly<Record<string, string | number>> = {},
): string {
  const own = (rule.messages as Partial<Record<MessageKey<N>, string>>)[key];
  const fallback = (defaultBuiltinMessages[rule.name as N] as Record<MessageKey<N>, string>)[key];
  return fillMessage(own ?? fallback, values);
}
