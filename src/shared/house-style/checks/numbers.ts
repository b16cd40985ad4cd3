import { gapBetween, isSentenceStart, type BlockText, type Token } from '../block-text';
import { builtinMessage } from '../builtin-messages';
import { changeFix, findingOf, type LocalFinding } from '../finding';
import { NUMBER_WORDS, numberInWords } from '../number-words';
import type { BuiltinRuleNamed } from '../rules-schema';
import { capitalise, isUpperCaseLetter } from '../text-case';
import { forEachMatch } from '../user-pattern';

type NumbersRule = BuiltinRuleNamed<'numbers'>;

/** A figure standing alone: not part of a word, a decimal, a time, a sum or a hyphenated code. */
const FIGURE = /(?<![\p{L}\p{N}.,:/£$€#‐–-])\d+(?:[.,:]\d+)*(?![\p{L}\p{N}]|[.,:]\d)/gu;

const SPACE = '[ \\u00A0]';
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
const PERCENT_AFTER = new RegExp(`^${SPACE}?(?:%|per${SPACE}?cent(?!\\p{L})|percent(?!\\p{L}))`, 'iu');
const AGE_AFTER = new RegExp(`^[-‐ \\u00A0](?:year|month|week)s?[-‐ \\u00A0]old(?!\\p{L})`, 'iu');
const AGE_BEFORE = new RegExp(`(?<!\\p{L})(?:aged|age|ages)${SPACE}+$`, 'iu');
const CURRENCY_BEFORE = new RegExp(`[£$€]${SPACE}?$`, 'u');
const RANGE_BEFORE = new RegExp(`\\d${SPACE}?[-‐–/]${SPACE}?$`, 'u');
const RANGE_AFTER = new RegExp(`^${SPACE}?[-‐–/x×]${SPACE}?\\d`, 'u');
const MONTH_BEFORE = new RegExp(`(?<!\\p{L})(?:${MONTHS})${SPACE}+$`, 'u');
const MONTH_AFTER = new RegExp(`^${SPACE}+(?:${MONTHS})(?!\\p{L})`, 'u');
const CAPITALISED_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}’'])\\p{Lu}[\\p{L}\\p{N}’'-]*${SPACE}+$`, 'u');
/** A sum of money after a number word: five pounds, ten million pounds, fifty pence. */
const MONEY_AFTER = new RegExp(`^${SPACE}+(?:(million|billion)${SPACE}+)?(pounds|pence|quid)(?!\\p{L})`, 'iu');
/** Number words that are part of a bigger number or an ordinal: twenty-first, ten thousand. */
const PART_OF_BIGGER = new RegExp(`^(?:[-‐](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|somethings?)|${SPACE}+(?:hundred|thousand)s?)(?!\\p{L})`, 'iu');

const WINDOW = 40;

interface NumberContext {
  labelBefore: RegExp | null;
  unitAfter: RegExp | null;
}

const contexts = new WeakMap<NumbersRule, NumberContext>();

function escapeWords(words: readonly string[]): string {
  return words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, `${SPACE}+`)).join('|');
}

function contextFor(rule: NumbersRule): NumberContext {
  let context = contexts.get(rule);
  if (context === undefined) {
    const { labels, units } = rule.params;
    context = {
      labelBefore: labels.length === 0 ? null : new RegExp(`(?<!\\p{L})(?:${escapeWords(labels)})${SPACE}+$`, 'iu'),
      unitAfter: units.length === 0 ? null : new RegExp(`^${SPACE}(?:${escapeWords(units)})(?![\\p{L}\\p{N}])`, 'iu'),
    };
    contexts.set(rule, context);
  }
  return context;
}

/** Ages, percentages and money take figures whatever their size (rule 7). */
function alwaysFigures(before: string, after: string): boolean {
  return PERCENT_AFTER.test(after) || AGE_AFTER.test(after) || AGE_BEFORE.test(before);
}

/** Whether a figure from one to nine stays a figure here. */
function keepsFigure(text: string, from: number, before: string, after: string, context: NumberContext): boolean {
  if (alwaysFigures(before, after) || CURRENCY_BEFORE.test(before)) return true;
  if (RANGE_BEFORE.test(before) || RANGE_AFTER.test(after)) return true;
  if (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after)) return true;
  if (context.labelBefore?.test(before) || context.unitAfter?.test(after)) return true;
  // A capitalised word before it, not starting the sentence, names it: Band 5, Windows 7.
  const label = CAPITALISED_BEFORE.exec(before);
  return label !== null && !isSentenceStart(text, from - (before.length - label.index));
}

/**
 * House rule 7 (docs/house-style-rules.md): one to nine in words, 10 and above in figures; figures
 * always for ages, percentages and money; never a figure to start a sentence.
 */
export function checkNumbers(block: BlockText, rules: readonly NumbersRule[], out: LocalFinding[]): void {
  for (const rule of rules) {
    const text = block.text;
    const context = contextFor(rule);
    const push = (key: 'sentenceStart' | 'smallNumber' | 'largeNumber' | 'alwaysFigures', from: number, to: number, suggestion: string | null) => {
      const message = builtinMessage(rule, key, { found: text.slice(from, to), suggestion: suggestion ?? '' });
      out.push(findingOf(rule, message, from, to, suggestion === null ? [] : [changeFix(from, to, suggestion)]));
    };

    forEachMatch(FIGURE, text, (match) => {
      const from = match.index;
      const to = from + match[0].length;
      if (block.guard.overlaps(from, to)) return;
      const value = /^\d+$/.test(match[0]) ? Number(match[0]) : Number.NaN;
      if (isSentenceStart(text, from)) {
        const words = numberInWords(value);
        push('sentenceStart', from, to, words === null ? null : capitalise(words));
        return;
      }
      if (value >= 1 && value < rule.params.wordsBelow) {
        const before = text.slice(Math.max(0, from - WINDOW), from);
        const after = text.slice(to, to + WINDOW);
        if (!keepsFigure(text, from, before, after, context)) push('smallNumber', from, to, numberInWords(value));
      }
    });

    const tokens = block.tokens;
    for (let i = 0; i < tokens.length; i += 1) {
      const token = tokens[i] as Token;
      const first = NUMBER_WORDS.get(token.key);
      if (first === undefined || token.isProtected) continue;
      let value = first;
      let to = token.to;
      const next = tokens[i + 1];
      const unit = next === undefined ? undefined : NUMBER_WORDS.get(next.key);
      if (first >= 20 && next !== undefined && unit !== undefined && unit < 10 && gapBetween(text, token.to, next.from) === '-') {
        value += unit;
        to = next.to;
        i += 1;
      }
      const after = text.slice(to, to + WINDOW);
      if (PART_OF_BIGGER.test(after)) continue;
      const money = MONEY_AFTER.exec(after);
      if (money !== null) {
        const [sum, scale, unit] = money as unknown as [string, string | undefined, string];
        const amount = `${value}${scale === undefined ? '' : scale.toLowerCase() === 'million' ? 'm' : 'bn'}`;
        push('alwaysFigures', token.from, to + sum.length, unit.toLowerCase() === 'pence' ? `${amount}p` : `£${amount}`);
        continue;
      }
      if (isSentenceStart(text, token.from) || isUpperCaseLetter(text[token.from])) continue;
      const before = text.slice(Math.max(0, token.from - WINDOW), token.from);
      if (alwaysFigures(before, after)) push('alwaysFigures', token.from, to, String(value));
      else if (value >= rule.params.wordsBelow) push('largeNumber', token.from, to, String(value));
    }
  }
}
