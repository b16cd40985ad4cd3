import { $isHeadingNode } from '@lexical/rich-text';
import {
  $createRangeSelection,
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  type NodeKey,
} from 'lexical';
import { closestPassage } from '../closest-passage';
import { createVerbatimIndex } from '../verbatim';
import type { ClosestParagraph, PullQuoteItem } from '../../../renderer/editor/editor-outputs';
import { $isBlockCard } from '../../block-card-node';
import { $isPullQuoteNode } from '../pull-quote-node';
import { $createPullQuoteNode } from './PullQuoteEditorNode';

/** Words of the block before a pull-quote shown in the panel to place it. */
const CONTEXT_WORDS = 8;

export type CreatePullQuoteResult = { ok: true; key: NodeKey } | { ok: false; message: string };

/**
 * A pull-quote of the selected words, placed after the block where the
 * selection ends. The caret goes to the end of the quoted words, so writing
 * carries on where it was.
 */
export function $createPullQuoteFromSelection(): CreatePullQuoteResult {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || selection.isCollapsed()) {
    return { ok: false, message: 'Select the words to quote first, then make the pull-quote.' };
  }
  const text = selection.getTextContent().replace(/\s+/g, ' ').trim();
  if (text === '') return { ok: false, message: 'Select the words to quote first, then make the pull-quote.' };
  const end = selection.isBackward() ? selection.anchor : selection.focus;
  const block = end.getNode().getTopLevelElement();
  if (block === null || $isBlockCard(block)) return { ok: false, message: 'A pull-quote can only quote the story text.' };
  const pullQuote = $createPullQuoteNode(text);
  block.insertAfter(pullQuote);
  const caret = $createRangeSelection();
  caret.anchor.set(end.key, end.offset, end.type);
  caret.focus.set(end.key, end.offset, end.type);
  $setSelection(caret);
  return { ok: true, key: pullQuote.getKey() };
}

/** Moves a top-level block one place up or down; false at either end. */
export function $moveBlock(key: NodeKey, direction: 'up' | 'down'): boolean {
  const node = $getNodeByKey(key);
  if (node === null) return false;
  if (direction === 'up') {
    const previous = node.getPreviousSibling();
    if (previous === null) return false;
    previous.insertBefore(node);
  } else {
    const next = node.getNextSibling();
    if (next === null) return false;
    next.insertAfter(node);
  }
  return true;
}

function openingWords(text: string): string {
  const words = text.trim().split(/\s+/);
  return words.length <= CONTEXT_WORDS ? words.join(' ') : `${words.slice(0, CONTEXT_WORDS).join(' ')}…`;
}

/** The body block a quote not in the body is closest to, by the words they share. */
function closestParagraph(quote: string, keys: readonly NodeKey[], texts: readonly string[]): ClosestParagraph | null {
  const closest = closestPassage(quote, texts);
  if (closest === null) return null;
  const text = texts[closest.paragraph] as string;
  return { key: keys[closest.paragraph] as NodeKey, number: closest.paragraph + 1, opening: openingWords(text), passage: closest.passage, changes: closest.changes };
}

/**
 * Every pull-quote in order, with where it stands, whether its words are
 * still in the body verbatim (../verbatim.ts: typographic differences
 * and cuts marked by an ellipsis ignored) and, for one that is not and is
 * not kept as edited, the paragraph it is closest to. Reads the current
 * editor state.
 */
export function $collectPullQuotes(): PullQuoteItem[] {
  const blocks = $getRoot().getChildren();
  if (!blocks.some($isPullQuoteNode)) return [];
  const bodyBlocks: string[] = [];
  const bodyKeys: NodeKey[] = [];
  const found: Array<Omit<PullQuoteItem, 'matches' | 'closest'>> = [];
  let section: string | null = null;
  let lastText = '';
  for (const child of blocks) {
    if ($isPullQuoteNode(child)) {
      found.push({
        key: child.getKey(),
        text: child.getText(),
        attribution: child.getAttribution(),
        edited: child.isEdited(),
        afterBlock: bodyBlocks.length,
        afterText: openingWords(lastText),
        section,
      });
      continue;
    }
    if ($isBlockCard(child)) continue;
    const text = child.getTextContent();
    if (text.trim() === '') continue;
    if ($isHeadingNode(child)) section = text.trim();
    bodyBlocks.push(text);
    bodyKeys.push(child.getKey());
    lastText = text;
  }
  const index = createVerbatimIndex(bodyBlocks.join('\n\n'));
  return found.map((item) => {
    const matches = index.find(item.text).found;
    const closest = matches || item.edited ? null : closestParagraph(item.text, bodyKeys, bodyBlocks);
    return { ...item, matches, closest };
  });
}
