import type { LexicalEditor } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import type { Finding } from '../../shared/house-style';
import { spellingCategoryOf } from '../../shared/spelling/lint-findings';
import type { HouseStyleSession } from './house-style-session';
import { AddWordButton } from '../spelling/AddWordButton';
import { Button } from '../ui/Button';
import { SeverityIcon } from './SeverityIcon';

type Painted = ReadonlyArray<{ range: Range; finding: Finding }>;
type Shown = { finding: Finding; text: string; left: number; top: number };

/** How often the pointer is looked up while it moves (ms). */
const THROTTLE = 80;

const cardNames = { spelling: 'Spelling finding', grammar: 'Grammar finding' } as const;

/** The text position under the pointer, in any Chromium or Firefox. */
function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position === null ? null : { node: position.offsetNode, offset: position.offset };
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range == null ? null : { node: range.startContainer, offset: range.startContainer === null ? 0 : range.startOffset };
}

/** The painted finding whose underline is under the pointer (its rectangles, so the far side of a character counts too). */
function findingAt(painted: Painted, x: number, y: number): { finding: Finding; text: string; rect: DOMRect } | null {
  const caret = caretAt(x, y);
  for (const { range, finding } of painted) {
    if (caret !== null && !range.isPointInRange(caret.node, caret.offset) && !(range.endContainer === caret.node && range.endOffset === caret.offset)) continue;
    for (const rect of range.getClientRects()) {
      if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 2 && y <= rect.bottom + 2) return { finding, text: range.toString(), rect };
    }
  }
  return null;
}

/**
 * The card for the finding under the pointer: its message and advice, its
 * fixes and "Ignore here" (and for a misspelling, "Add to house dictionary"). It stays while the pointer is on it; keyboard
 * users reach the same actions in the House style panel.
 */
export function HouseStyleCard({ editor, session, painted }: { editor: LexicalEditor; session: HouseStyleSession; painted: Painted }) {
  const [shown, setShown] = useState<Shown | null>(null);
  const overCard = useRef(false);
  const latest = useRef(painted);
  // Where the pointer rests over the text, so a re-check under a still pointer keeps (or moves) its card;
  // typing forgets it, so cards never pop up under a resting pointer while someone writes.
  const pointer = useRef<{ x: number; y: number } | null>(null);
  const look = useRef((x: number, y: number) => {
    const hit = findingAt(latest.current, x, y);
    if (hit !== null) setShown({ finding: hit.finding, text: hit.text, left: hit.rect.left, top: hit.rect.bottom + 4 });
    else if (!overCard.current) setShown(null);
  });
  useEffect(() => {
    latest.current = painted;
    if (pointer.current === null) setShown(null);
    else look.current(pointer.current.x, pointer.current.y);
  }, [painted]);

  useEffect(() => {
    const root = editor.getRootElement();
    if (root === null) return undefined;
    let last = 0;
    let timer = 0;
    const onMove = (event: MouseEvent) => {
      const { clientX, clientY } = event;
      pointer.current = { x: clientX, y: clientY };
      window.clearTimeout(timer);
      const now = performance.now();
      if (now - last >= THROTTLE) {
        last = now;
        look.current(clientX, clientY);
      } else {
        timer = window.setTimeout(() => look.current(clientX, clientY), THROTTLE);
      }
    };
    const onKey = () => {
      pointer.current = null;
      window.clearTimeout(timer);
      if (!overCard.current) setShown(null);
    };
    const onLeave = () => {
      pointer.current = null;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => !overCard.current && setShown(null), 200);
    };
    root.addEventListener('mousemove', onMove);
    root.addEventListener('mouseleave', onLeave);
    root.addEventListener('keydown', onKey);
    return () => {
      root.removeEventListener('keydown', onKey);
      window.clearTimeout(timer);
      root.removeEventListener('mousemove', onMove);
      root.removeEventListener('mouseleave', onLeave);
    };
  }, [editor]);

  if (shown === null) return null;
  const { finding } = shown;
  const category = spellingCategoryOf(finding.ruleId);
  const flagged = shown.text;
  const close = () => {
    overCard.current = false;
    setShown(null);
  };
  return (
    <div
      className={`hs-card is-${category ?? finding.severity}`}
      role="dialog"
      aria-label={category === null ? 'House-style finding' : cardNames[category]}
      style={{ left: Math.max(8, Math.min(shown.left, window.innerWidth - 340)), top: shown.top }}
      onMouseEnter={() => (overCard.current = true)}
      onMouseLeave={close}
    >
      <p className="hs-card__message">
        <SeverityIcon severity={finding.severity} />
        {finding.message}
      </p>
      {finding.advice !== undefined && <p className="hs-card__advice">{finding.advice}</p>}
      <div className="hs-card__actions">
        {finding.fixes.map((fix, index) => (
          <Button
            key={fix.label}
            size="small"
            variant={index === 0 ? 'primary' : 'secondary'}
            onClick={() => {
              session.applyFixes([fix]);
              close();
            }}
          >
            {fix.label}
          </Button>
        ))}
        {category === 'spelling' && session.spelling !== null && flagged !== '' && (
          <AddWordButton spelling={session.spelling} word={flagged} onAdded={close} />
        )}
        <Button
          size="small"
          onClick={() => {
            session.ignoreHere(finding);
            close();
          }}
        >
          Ignore here
        </Button>
      </div>
    </div>
  );
}
