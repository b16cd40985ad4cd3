import { countWords } from '../../text/word-count';
import type { BlockText } from '../block-text';
import { fillMessage, findingOf, type LocalFinding } from '../finding';
import type { MetricRule } from '../rules-schema';

/** The word of src/shared/text/word-count.ts, here to find where a word starts. */
const WORD = /[\p{L}\p{N}]+(?:['’\-‐][\p{L}\p{N}]+)*/gu;

/** Where a sentence ends: . ! ? or … (and closing marks) before a space and a capital, or at the end. */
const SENTENCE_END = /[.!?…]+[’”)\]]*(?=[\s\u00A0]+[‘“"'([]?[\p{Lu}\p{N}]|[\s\u00A0]*$)/gu;

/** Offset where word number `n` (from 1) starts, or -1. */
function wordStart(text: string, n: number): number {
  WORD.lastIndex = 0;
  let count = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    count += 1;
    if (count === n) return match.index;
  }
  return -1;
}

/** The offsets where each sentence after the first starts. */
function sentenceStarts(text: string): number[] {
  const starts: number[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match !== null; match = SENTENCE_END.exec(text)) {
    let next = match.index + match[0].length;
    while (next < text.length && /[\s\u00A0]/.test(text[next] as string)) next += 1;
    if (next < text.length) starts.push(next);
  }
  return starts;
}

/** Offset of the character after `n` code points. */
function codePointOffset(text: string, n: number): number {
  let offset = 0;
  for (let i = 0; i < n && offset < text.length; i += 1) offset += (text.codePointAt(offset) as number) > 0xffff ? 2 : 1;
  return offset;
}

interface Measured {
  count: number;
  /** Where the part beyond the maximum starts. */
  overflowAt: (max: number) => number;
}

function measure(text: string, rule: MetricRule, words: number | undefined): Measured {
  switch (rule.measure) {
    case 'characters':
      return { count: [...text].length, overflowAt: (max) => codePointOffset(text, max) };
    case 'sentences': {
      const starts = sentenceStarts(text);
      return { count: text.trim() === '' ? 0 : starts.length + 1, overflowAt: (max) => starts[max - 1] ?? text.length };
    }
    default:
      return { count: words ?? countWords(text), overflowAt: (max) => wordStart(text, max + 1) };
  }
}

/**
 * Lengths of one text (rules 13, 14, 16, 17): too long flags the part beyond
 * the maximum, too short the whole text. Body blocks are measured when their
 * kind is in blockKinds (all kinds when there is none).
 */
export function checkUnitMetrics(block: BlockText, rules: readonly MetricRule[], words: number | undefined, out: LocalFinding[]): void {
  for (const rule of rules) {
    if (block.scope === 'body' && rule.blockKinds !== undefined && !rule.blockKinds.includes(block.kind)) continue;
    const { count, overflowAt } = measure(block.text, rule, words);
    let from: number;
    let to = block.text.length;
    if (rule.max !== undefined && count > rule.max) {
      from = Math.max(0, overflowAt(rule.max));
      to = Math.max(from, block.text.trimEnd().length);
    } else if (rule.min !== undefined && count < rule.min) {
      from = 0;
    } else {
      continue;
    }
    out.push(findingOf(rule, fillMessage(rule.message, { count, min: rule.min ?? '', max: rule.max ?? '' }), from, to));
  }
}
