import { TEXT_FORMAT } from '../nodes/lexical-json';
import { fixTypography, type TextRange, type TypographyChange } from '../typography';
import type { InlineRun } from './inline-runs';

/** Stands in for the end mark in the block's text: neither a word nor a space. */
const OBJECT_REPLACEMENT = '\uFFFC';

/**
 * House typography (house rules 1–4, docs/house-style-rules.md) for one block. The rules run once
 * over the block's whole text, so a quotation that opens in plain text and
 * closes in bold nests as one; each change is then written back into the run
 * that holds its first visible character, so bold, italic and link
 * boundaries stay where they were. Code-formatted text is left as typed.
 */
export function typesetRuns(runs: readonly InlineRun[], openQuoteDepth = 0): InlineRun[] {
  const starts: number[] = [];
  const pieces: string[] = [];
  const protectedRanges: TextRange[] = [];
  let offset = 0;
  for (const run of runs) {
    const piece = run.kind === 'text' ? run.text : run.kind === 'linebreak' ? '\n' : OBJECT_REPLACEMENT;
    if (run.kind === 'text' && (run.format & TEXT_FORMAT.code) !== 0) {
      protectedRanges.push({ from: offset, to: offset + piece.length });
    }
    starts.push(offset);
    pieces.push(piece);
    offset += piece.length;
  }
  const text = pieces.join('');
  const { changes } = fixTypography(text, { openQuoteDepth, protectedRanges });
  if (changes.length === 0) return runs.slice();
  return rewriteRuns(runs, text, starts, changes);
}

function rewriteRuns(runs: readonly InlineRun[], text: string, starts: readonly number[], changes: readonly TypographyChange[]): InlineRun[] {
  const parts: string[][] = runs.map(() => []);
  const runEnd = (i: number): number => starts[i + 1] ?? text.length;
  const runAt = (index: number, from: number): number => {
    let i = from;
    while (i < runs.length - 1 && runEnd(i) <= index) i += 1;
    return i;
  };
  let run = 0;
  let copied = 0;
  const copyUpTo = (to: number): void => {
    while (copied < to) {
      run = runAt(copied, run);
      const end = Math.min(to, runEnd(run));
      (parts[run] as string[]).push(text.slice(copied, end));
      copied = end;
    }
  };
  for (const change of changes) {
    copyUpTo(change.from);
    const owner = textRunNear(runs, runAt(firstVisible(text, change.from, change.to), run));
    if (owner !== -1) (parts[owner] as string[]).push(change.replacement);
    copied = change.to;
  }
  copyUpTo(text.length);

  const result: InlineRun[] = [];
  runs.forEach((original, i) => {
    if (original.kind !== 'text') {
      result.push(original);
      return;
    }
    const rewritten = (parts[i] as string[]).join('');
    if (rewritten !== '') result.push(rewritten === original.text ? original : { ...original, text: rewritten });
  });
  return result;
}

/** The first character of [from, to) that is not a space, else `from`: a dash belongs to its own run, not its spaces'. */
function firstVisible(text: string, from: number, to: number): number {
  for (let i = from; i < to; i += 1) {
    if (text[i] !== ' ') return i;
  }
  return Math.min(from, Math.max(text.length - 1, 0));
}

/** The text run at `index`, or the nearest one before it, or after it; -1 when there is none. */
function textRunNear(runs: readonly InlineRun[], index: number): number {
  for (let i = index; i >= 0; i -= 1) if (runs[i]?.kind === 'text') return i;
  for (let i = index + 1; i < runs.length; i += 1) if (runs[i]?.kind === 'text') return i;
  return -1;
}
