import type { PageByline } from '../../shared/html-import/page-fields';
import { TEXT_FORMAT, type SerializedLexicalNode } from '../../shared/nodes/lexical-json';
import { LIMITS } from '../../shared/story/story-constants';
import { endMarkNode } from './end-mark-schema';

type Block = SerializedLexicalNode & { children?: SerializedLexicalNode[] };
type TextRun = SerializedLexicalNode & { text?: string; format?: number };

/**
 * The marks a story closes with: ■ and its look-alikes, or " //" as opinion
 * pages print it. The slashes need a space (a no-break one too) before them,
 * so a URL ending in "//" is not an end mark.
 */
const END_MARK = /(?:\s*[■∎◼▪]|(?:^|\s)\/\/)\s*$/u;

/** Where to look for the closing mark: the last block, or one followed by a bio of up to three lines. */
const MAX_BIO_LINES = 3;
const MAX_BIO_LINE_WORDS = 100;

export type StoryEnding = {
  nodes: SerializedLexicalNode[];
  /** The lines after the end mark, joined by newlines; '' when there are none. */
  bio: string;
};

/**
 * The end of another site's story: a closing ■ or " //" on the last
 * paragraph becomes our end mark node, and the short paragraphs after it
 * (the author's bio, as opinion pages print it) leave the body as the bio.
 * Without an end mark, a closing paragraph all in italics that starts with a
 * byline's name and "is" or "was" ("• Jane Smith is …") is the bio.
 */
export function readStoryEnding(nodes: SerializedLexicalNode[], bylines: readonly PageByline[]): StoryEnding {
  const first = Math.max(0, nodes.length - 1 - MAX_BIO_LINES);
  for (let i = nodes.length - 1; i >= first; i -= 1) {
    let marked = withEndMark(nodes[i] as Block);
    if (marked === null) continue;
    const after = nodes.slice(i + 1) as Block[];
    let start = i;
    // A mark on a line of its own closes the paragraph before it.
    const previous = nodes[i - 1] as Block | undefined;
    if (marked.children!.length === 1 && previous?.type === 'paragraph' && previous.children !== undefined) {
      const lastRun = previous.children[previous.children.length - 1] as TextRun | undefined;
      const spaced = lastRun?.type === 'text' && !/\s$/.test(lastRun.text ?? '') ? [{ ...lastRun, text: `${lastRun.text ?? ''} ` }] : lastRun === undefined ? [] : [lastRun];
      marked = { ...previous, children: [...previous.children.slice(0, -1), ...spaced, ...marked.children!] };
      start = i - 1;
    }
    const bioLines = after.every(isBioLine) ? after.map(bioLineText).filter((line) => line !== '') : null;
    if (bioLines === null) return { nodes: [...nodes.slice(0, start), marked, ...after], bio: '' };
    return { nodes: [...nodes.slice(0, start), marked], bio: bioLines.join('\n').slice(0, LIMITS.authorBio) };
  }
  const closing = closingBio(nodes, bylines);
  return closing === null ? { nodes, bio: '' } : { nodes: nodes.slice(0, -1), bio: closing };
}

/** The paragraph with its closing mark replaced by our end mark node, or null when it has none. */
function withEndMark(block: Block): Block | null {
  if (block.type !== 'paragraph' || block.children === undefined) return null;
  const last = block.children[block.children.length - 1] as TextRun | undefined;
  if (last?.type !== 'text' || !END_MARK.test(last.text ?? '')) return null;
  const text = (last.text ?? '').replace(END_MARK, '');
  return { ...block, children: [...block.children.slice(0, -1), ...(text === '' ? [] : [{ ...last, text: `${text} ` }]), endMarkNode()] };
}

function isBioLine(block: Block): boolean {
  if (block.type !== 'paragraph') return false;
  return bioLineText(block).split(/\s+/).length <= MAX_BIO_LINE_WORDS;
}

/** A paragraph's text as one bio line, without the bullet some sites print before it. */
function bioLineText(block: Block): string {
  return textOf(block)
    .replace(/\s+/g, ' ')
    .replace(/^\s*[•*–—-]\s*/, '')
    .trim();
}

function textOf(node: SerializedLexicalNode): string {
  if (node.type === 'text') return (node as TextRun).text ?? '';
  if (node.type === 'linebreak') return ' ';
  const children = (node as Block).children;
  return children === undefined ? '' : children.map(textOf).join('');
}

/** A last paragraph all in italics that starts with a byline's name and " is " or " was ". */
function closingBio(nodes: SerializedLexicalNode[], bylines: readonly PageByline[]): string | null {
  const last = nodes[nodes.length - 1] as Block | undefined;
  if (last?.type !== 'paragraph' || last.children === undefined || bylines.length === 0) return null;
  const texts = last.children.filter((child) => child.type === 'text') as TextRun[];
  if (texts.length === 0 || !texts.every((t) => ((t.format ?? 0) & TEXT_FORMAT.italic) !== 0 || /^[\s•*–—-]*$/.test(t.text ?? ''))) return null;
  const text = bioLineText(last);
  return bylines.some((byline) => text.startsWith(`${byline.name} is `) || text.startsWith(`${byline.name} was `)) ? text : null;
}
