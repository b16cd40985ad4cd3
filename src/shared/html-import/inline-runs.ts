import type { SerializedLexicalNode } from '../nodes/lexical-json';
import { lineBreakNode, linkNode, textNode } from './lexical-nodes';

/** A link as pasted; each `a` element is its own object, so two links side by side stay two links. */
export interface LinkTarget {
  url: string;
  title: string | null;
}

export interface TextRun {
  kind: 'text';
  text: string;
  format: number;
  link: LinkTarget | null;
}
export interface BreakRun {
  kind: 'linebreak';
  link: LinkTarget | null;
}
/**
 * One of our own nodes that closes the paragraph it stands in (the end mark),
 * as it came inside a paragraph of our own exported HTML: it becomes `node`
 * after the text before it.
 */
export interface ParagraphEndRun {
  kind: 'paragraph-end';
  node: SerializedLexicalNode;
}
/** One of our own nodes that stands inside text (a footnote's reference), kept where it stands. */
export interface InlineNodeRun {
  kind: 'inline-node';
  node: SerializedLexicalNode;
  link: null;
}
export type InlineRun = TextRun | BreakRun | ParagraphEndRun | InlineNodeRun;

/**
 * Collects one block's inline content, collapsing white space across element
 * boundaries the way a browser lays it out: a space at the start of a line or
 * after another space disappears.
 */
export class InlineBuffer {
  runs: InlineRun[] = [];
  /** Whether a following space would be collapsed away (start of block or line, or after a space). */
  private atSpace = true;

  get isEmpty(): boolean {
    return this.runs.length === 0;
  }

  /** Adds cleaned text; collapsible white space is already one space per run in `text` unless `pre`. */
  addText(text: string, format: number, link: LinkTarget | null, pre: boolean): void {
    if (pre) {
      const lines = text.split('\n');
      lines.forEach((line, i) => {
        if (i > 0) this.addLineBreak(link);
        if (line !== '') this.push({ kind: 'text', text: line, format, link });
      });
      return;
    }
    const piece = this.atSpace && text.startsWith(' ') ? text.slice(1) : text;
    if (piece === '') return;
    this.push({ kind: 'text', text: piece, format, link });
    this.atSpace = piece.endsWith(' ');
  }

  addLineBreak(link: LinkTarget | null): void {
    this.push({ kind: 'linebreak', link });
    this.atSpace = true;
  }

  addInlineNode(node: SerializedLexicalNode): void {
    this.push({ kind: 'inline-node', node, link: null });
    this.atSpace = false;
  }

  addParagraphEnd(node: SerializedLexicalNode): void {
    this.push({ kind: 'paragraph-end', node });
    this.atSpace = false;
  }

  /** Hands over the runs and starts an empty block. */
  take(): InlineRun[] {
    const runs = this.runs;
    this.runs = [];
    this.atSpace = true;
    return runs;
  }

  private push(run: InlineRun): void {
    this.runs.push(run);
  }
}

/**
 * Splits a block's runs where two or more line breaks stand together (the
 * `<br><br>` of old web pages and e-mail is a paragraph break), trims the
 * spaces and line breaks at each part's edges and the spaces around each
 * line break, and leaves out parts with nothing visible.
 */
export function splitAndTrim(runs: InlineRun[]): InlineRun[][] {
  const parts: InlineRun[][] = [];
  let current: InlineRun[] = [];
  for (let i = 0; i < runs.length; i += 1) {
    const run = runs[i] as InlineRun;
    if (run.kind === 'linebreak' && isBreakAt(runs, i + 1)) {
      while (i + 1 < runs.length && (isBreakAt(runs, i + 1) || isSpaceRun(runs[i + 1]))) i += 1;
      parts.push(current);
      current = [];
      continue;
    }
    current.push(run);
  }
  parts.push(current);
  return parts.map(trimRuns).filter(hasVisibleContent);
}

/** Whether the next non-space run from `index` is a line break. */
function isBreakAt(runs: readonly InlineRun[], index: number): boolean {
  for (let i = index; i < runs.length; i += 1) {
    const run = runs[i] as InlineRun;
    if (run.kind === 'linebreak') return true;
    if (!isSpaceRun(run)) return false;
  }
  return false;
}

function isSpaceRun(run: InlineRun | undefined): boolean {
  return run !== undefined && run.kind === 'text' && run.text.trim() === '';
}

function trimRuns(runs: InlineRun[]): InlineRun[] {
  let start = 0;
  let end = runs.length;
  while (start < end && (runs[start]?.kind === 'linebreak' || isSpaceRun(runs[start]))) start += 1;
  while (end > start && (runs[end - 1]?.kind === 'linebreak' || isSpaceRun(runs[end - 1]))) end -= 1;
  const trimmed: InlineRun[] = [];
  for (let i = start; i < end; i += 1) {
    const run = runs[i] as InlineRun;
    if (run.kind !== 'text') {
      trimmed.push(run);
      continue;
    }
    let text = run.text;
    const before = i === start || runs[i - 1]?.kind === 'linebreak';
    const after = i === end - 1 || runs[i + 1]?.kind === 'linebreak';
    if (before) text = text.replace(/^ +/, '');
    if (after) text = text.replace(/ +$/, '');
    if (text !== '') trimmed.push(text === run.text ? run : { ...run, text });
  }
  return trimmed;
}

function hasVisibleContent(runs: readonly InlineRun[]): boolean {
  return runs.some((run) => run.kind === 'paragraph-end' || run.kind === 'inline-node' || (run.kind === 'text' && run.text.trim() !== ''));
}

/** Lexical inline nodes for runs: neighbours with the same format and link become one text node, each link one link node. */
export function runsToNodes(runs: readonly InlineRun[], clearFormat = 0): SerializedLexicalNode[] {
  const visibleLinks = linksWithVisibleText(runs);
  const nodes: SerializedLexicalNode[] = [];
  let linkChildren: SerializedLexicalNode[] | null = null;
  let openLink: LinkTarget | null = null;
  let lastText: { node: SerializedLexicalNode; format: number } | null = null;
  for (const run of runs) {
    if (run.kind === 'paragraph-end') continue;
    // A link with nothing visible in it is no link; its spaces stay.
    const link = run.link !== null && visibleLinks.has(run.link) ? run.link : null;
    if (link !== openLink) {
      openLink = link;
      linkChildren = null;
      lastText = null;
      if (openLink !== null) {
        linkChildren = [];
        nodes.push(linkNode(openLink.url, openLink.title, linkChildren));
      }
    }
    const target = linkChildren ?? nodes;
    if (run.kind === 'inline-node') {
      target.push(run.node);
      lastText = null;
      continue;
    }
    if (run.kind === 'linebreak') {
      target.push(lineBreakNode());
      lastText = null;
      continue;
    }
    const format = run.format & ~clearFormat;
    if (lastText !== null && lastText.format === format) {
      lastText.node.text = `${lastText.node.text as string}${run.text}`;
    } else {
      const node = textNode(run.text, format);
      target.push(node);
      lastText = { node, format };
    }
  }
  return nodes;
}

function linksWithVisibleText(runs: readonly InlineRun[]): Set<LinkTarget> {
  const links = new Set<LinkTarget>();
  for (const run of runs) {
    if (run.kind === 'text' && run.link !== null && run.text.trim() !== '') links.add(run.link);
  }
  return links;
}
