import type { LexicalEditor } from 'lexical';
import { severities, type Finding, type Severity } from '../../../shared/house-style/finding';

/** The highlight names the stylesheet underlines (house-style.css), one per severity. */
export const highlightName = (severity: Severity): string => `cd-hs-${severity}`;

/** Where a text offset falls in a block's DOM: Lexical's text nodes, with each <br> standing for one '\n'. */
export function domPoint(element: HTMLElement, offset: number, atEnd: boolean): { node: Node; offset: number } | null {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  let seen = 0;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const length = (node as Text).length;
      // A range's end at a node's end stays in that node; its start goes to the next one.
      if (offset < seen + length || (atEnd && offset === seen + length)) return { node, offset: offset - seen };
      seen += length;
    } else if ((node as Element).tagName === 'BR') {
      if (offset === seen && !atEnd) return { node: node.parentNode as Node, offset: indexInParent(node) };
      seen += 1;
    }
  }
  return null;
}

function indexInParent(node: Node): number {
  return Array.prototype.indexOf.call(node.parentNode?.childNodes ?? [], node) as number;
}

/** The DOM range a body finding covers, or null when its block is not text on screen (a card, a caption). */
export function findingRange(editor: LexicalEditor, finding: Finding): Range | null {
  if (finding.blockKey === undefined || finding.from === finding.to) return null;
  const element = editor.getElementByKey(finding.blockKey);
  if (element === null || element.getAttribute('contenteditable') === 'false') return null;
  const start = domPoint(element, finding.from, false);
  const end = domPoint(element, finding.to, true);
  if (start === null || end === null) return null;
  const range = document.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return range;
}

/** Whether this browser underlines through the CSS Custom Highlight API (Chromium 105+, Electron). */
export function canHighlight(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

type PaintedBlock = { text: string; signature: string; painted: Array<{ range: Range; finding: Finding }> };

/**
 * Underlines the findings by severity without touching the editor's DOM: the
 * ranges live in CSS.highlights, so Lexical's reconciliation and the text's
 * layout are never disturbed. Only blocks whose text or findings changed get
 * new ranges, so a keystroke costs the block it was typed in.
 */
export function createFindingPainter(editor: LexicalEditor) {
  const highlights = new Map<Severity, Highlight>();
  if (canHighlight()) {
    for (const severity of severities) {
      const highlight = new Highlight();
      highlights.set(severity, highlight);
      CSS.highlights.set(highlightName(severity), highlight);
    }
  }
  let blocks = new Map<string, PaintedBlock>();

  const forget = (block: PaintedBlock) => {
    for (const { range, finding } of block.painted) highlights.get(finding.severity)?.delete(range);
  };

  return {
    /** Paints the findings (with the text of each block they are in); returns every painted range, for hover look-ups. */
    paint(findings: readonly Finding[], textOf: (blockKey: string) => string): Array<{ range: Range; finding: Finding }> {
      const byBlock = new Map<string, Finding[]>();
      for (const finding of findings) {
        if (finding.blockKey === undefined || finding.from === finding.to) continue;
        const list = byBlock.get(finding.blockKey);
        if (list === undefined) byBlock.set(finding.blockKey, [finding]);
        else list.push(finding);
      }
      const next = new Map<string, PaintedBlock>();
      for (const [key, own] of byBlock) {
        const text = textOf(key);
        const signature = own.map((f) => `${f.severity}:${f.from}:${f.to}`).join(',');
        const before = blocks.get(key);
        if (before !== undefined && before.text === text && before.signature === signature && before.painted.every((p) => p.range.startContainer.isConnected)) {
          // Same text, same places: the ranges still stand; the findings (messages, fixes) are the new ones.
          next.set(key, { text, signature, painted: before.painted.map((p, i) => ({ range: p.range, finding: own[i]! })) });
          blocks.delete(key);
          continue;
        }
        const painted: PaintedBlock['painted'] = [];
        for (const finding of own) {
          const range = findingRange(editor, finding);
          if (range === null) continue;
          highlights.get(finding.severity)?.add(range);
          painted.push({ range, finding });
        }
        next.set(key, { text, signature, painted });
      }
      // What is left of the old map was repainted or is gone: its ranges come off.
      for (const old of blocks.values()) forget(old);
      blocks = next;
      return [...next.values()].flatMap((block) => block.painted);
    },
    clear(): void {
      blocks = new Map();
      if (canHighlight()) for (const severity of severities) CSS.highlights.delete(highlightName(severity));
    },
  };
}
