import type { LexicalEditor } from 'lexical';
import { severities, type Finding } from '../../../shared/house-style/finding';
import { spellingCategoryOf } from '../../../shared/spelling/lint-findings';

/** How a finding is underlined: house style's by severity, spelling and grammar's by their category. */
const underlineKinds = [...severities, 'spelling', 'grammar'] as const;
type UnderlineKind = (typeof underlineKinds)[number];

function underlineOf(finding: Finding): UnderlineKind {
  return spellingCategoryOf(finding.ruleId) ?? finding.severity;
}

/** The highlight names the stylesheet underlines (house-style.css), one per kind of underline. */
export const highlightName = (kind: UnderlineKind): string => `cd-hs-${kind}`;

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

export type PaintedFinding = { range: Range; finding: Finding };

/** A block's findings, and their ranges while the block is rendered (null while the browser skips it). */
type BlockFindings = { text: string; signature: string; findings: Finding[]; top: Element | null; painted: PaintedFinding[] | null };

/** The block's element that is a direct child of the editor's root (a list item's list, for instance). */
function topBlockElement(editor: LexicalEditor, blockKey: string): Element | null {
  const root = editor.getRootElement();
  let element: Element | null = editor.getElementByKey(blockKey);
  while (element !== null && element.parentElement !== root) element = element.parentElement;
  return element;
}

/**
 * How far beyond the story's visible area a block's underlines are put on,
 * as a share of that area's height above and below: enough that scrolling
 * meets them already drawn, few enough that a keystroke repaints few.
 */
const NEAR_MARGIN = '0px';

/** The nearest ancestor that scrolls the story (the viewport when none does). */
function scrollerOf(element: HTMLElement): Element | null {
  for (let node = element.parentElement; node !== null; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll') return node;
  }
  return null;
}

/**
 * Underlines the findings by severity (spelling and grammar by category) without touching the editor's DOM: the
 * ranges live in CSS.highlights, so Lexical's reconciliation and the text's
 * layout are never disturbed. Only blocks whose text or findings changed get
 * new ranges, so a keystroke costs the block it was typed in.
 *
 * Only blocks on or near the screen carry ranges. After any change to the
 * document, a keystroke included, Chromium rebuilds every highlight's
 * markers and repaints every text that carries one: with a story's
 * thousands of spelling findings, the wavy underlines of the blocks the
 * browser keeps rendered around the screen (hundreds of ranges) cost each
 * keystroke more paint than the whole bare editor's frame. So a block's
 * underlines are put on as it comes within NEAR_MARGIN of the visible part
 * of the story (an IntersectionObserver on the blocks with findings) and
 * taken off as it leaves. `onRepaint` hears of those changes.
 */
export function createFindingPainter(editor: LexicalEditor, onRepaint: (painted: PaintedFinding[]) => void) {
  const highlights = new Map<UnderlineKind, Highlight>();
  if (canHighlight()) {
    for (const kind of underlineKinds) {
      const highlight = new Highlight();
      highlights.set(kind, highlight);
      CSS.highlights.set(highlightName(kind), highlight);
    }
  }
  let blocks = new Map<string, BlockFindings>();
  // Whether a block's element is within the margin of the visible story, as the observer last said; unknown until it has.
  const near = new WeakMap<Element, boolean>();
  const isNear = (top: Element): boolean => near.get(top) ?? false;

  const putOn = (block: BlockFindings) => {
    block.painted = [];
    for (const finding of block.findings) {
      const range = findingRange(editor, finding);
      if (range === null) continue;
      highlights.get(underlineOf(finding))?.add(range);
      block.painted.push({ range, finding });
    }
  };
  const takeOff = (block: BlockFindings) => {
    for (const { range, finding } of block.painted ?? []) highlights.get(underlineOf(finding))?.delete(range);
    block.painted = null;
  };
  const allPainted = () => [...blocks.values()].flatMap((block) => block.painted ?? []);

  const onNearness = (entries: IntersectionObserverEntry[]) => {
    const changed = new Set<Element>();
    for (const entry of entries) {
      if (near.get(entry.target) === entry.isIntersecting) continue;
      near.set(entry.target, entry.isIntersecting);
      changed.add(entry.target);
    }
    let repainted = false;
    for (const block of blocks.values()) {
      if (block.top === null || !changed.has(block.top)) continue;
      const nowNear = isNear(block.top);
      if ((block.painted !== null) === nowNear) continue;
      if (nowNear) putOn(block);
      else takeOff(block);
      repainted = true;
    }
    if (repainted) onRepaint(allPainted());
  };
  let observer: IntersectionObserver | null = null;
  let observed = new Set<Element>();
  const stopRootListener = editor.registerRootListener((root) => {
    observer?.disconnect();
    observed = new Set();
    observer = root === null || typeof IntersectionObserver !== 'function' ? null : new IntersectionObserver(onNearness, { root: scrollerOf(root), rootMargin: NEAR_MARGIN });
  });
  /** Watches the elements of the blocks with findings, and only those; each newly watched one is reported once, near or not. */
  const watch = (tops: ReadonlySet<Element>) => {
    for (const top of observed) if (!tops.has(top)) observer?.unobserve(top);
    for (const top of tops) if (!observed.has(top)) observer?.observe(top);
    observed = new Set(tops);
  };

  return {
    /** Paints the findings (with the text of each block they are in); returns every painted range, for hover look-ups. */
    paint(findings: readonly Finding[], textOf: (blockKey: string) => string): PaintedFinding[] {
      const byBlock = new Map<string, Finding[]>();
      for (const finding of findings) {
        if (finding.blockKey === undefined || finding.from === finding.to) continue;
        const list = byBlock.get(finding.blockKey);
        if (list === undefined) byBlock.set(finding.blockKey, [finding]);
        else list.push(finding);
      }
      const next = new Map<string, BlockFindings>();
      const tops = new Set<Element>();
      for (const [key, own] of byBlock) {
        const text = textOf(key);
        const signature = own.map((f) => `${underlineOf(f)}:${f.from}:${f.to}`).join(',');
        const top = topBlockElement(editor, key);
        if (top !== null) tops.add(top);
        const rendered = top !== null && isNear(top);
        const before = blocks.get(key);
        if (
          before !== undefined &&
          before.text === text &&
          before.signature === signature &&
          before.top === top &&
          (before.painted === null ? !rendered : before.painted.every((p) => p.range.startContainer.isConnected))
        ) {
          // Same text, same places: the ranges still stand; the findings (messages, fixes) are the new ones.
          const byPlace = new Map(before.findings.map((finding, i) => [finding, own[i]!]));
          before.findings = own;
          before.painted = before.painted?.map((p) => ({ range: p.range, finding: byPlace.get(p.finding)! })) ?? null;
          next.set(key, before);
          blocks.delete(key);
          continue;
        }
        if (before !== undefined) takeOff(before);
        blocks.delete(key);
        const block: BlockFindings = { text, signature, findings: own, top, painted: null };
        if (rendered) putOn(block);
        next.set(key, block);
      }
      // What is left of the old map is gone: its ranges come off.
      for (const old of blocks.values()) takeOff(old);
      blocks = next;
      watch(tops);
      return allPainted();
    },
    clear(): void {
      stopRootListener();
      observer?.disconnect();
      blocks = new Map();
      if (canHighlight()) for (const kind of underlineKinds) CSS.highlights.delete(highlightName(kind));
    },
  };
}
