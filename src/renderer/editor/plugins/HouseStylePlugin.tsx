import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, COMMAND_PRIORITY_LOW, KEY_DOWN_COMMAND, type LexicalEditor } from 'lexical';
import { useEffect, useState } from 'react';
import type { CheckBlock } from '../../../shared/house-style';
import { HouseStyleCard } from '../../house-style/HouseStyleCard';
import { useHouseStyleSession } from '../../house-style/house-style-context';
import type { HouseStyleSession } from '../../house-style/house-style-session';
import { $collectBlocks } from './house-style-blocks';
import { createFindingPainter, type PaintedFinding } from './house-style-highlights';


/** With no keystroke yet, how long after the editor opens its first check starts (ms). */
const FIRST_CHECK_AFTER_MS = 600;

/**
 * Feeds the body's blocks to the page's house-style session and underlines
 * what it finds. Only changed top-level blocks are read again, and both the
 * reading and the check run when typing pauses, in the browser's idle time,
 * so typing never waits on them; the underlines are CSS highlights, so the
 * editor's DOM is never touched. The first check waits for the first
 * keystroke or a moment of quiet, so opening a story never waits on it.
 */
function registerHouseStyle(editor: LexicalEditor, session: HouseStyleSession, onPainted: (painted: PaintedFinding[]) => void): () => void {
  const cache = new Map<string, CheckBlock[]>();
  const dirty = new Set<string>();
  let everything = true;

  // Read by the session just before it checks, in the same task, so the findings match the text on screen.
  const readBody = (): CheckBlock[] => {
    const blocks: CheckBlock[] = [];
    const seen = new Map<string, CheckBlock[]>();
    editor.getEditorState().read(() => {
      for (const node of $getRoot().getChildren()) {
        const key = node.getKey();
        let own = everything || dirty.has(key) ? undefined : cache.get(key);
        if (own === undefined) {
          own = [];
          $collectBlocks(node, own);
        }
        seen.set(key, own);
        blocks.push(...own);
      }
    });
    cache.clear();
    for (const [key, own] of seen) cache.set(key, own);
    dirty.clear();
    everything = false;
    return blocks;
  };

  // The check ran after Lexical had reconciled the DOM, so the ranges are built at once, outside any frame.
  const painter = createFindingPainter(editor, onPainted);
  const paint = () => {
    const { findings: house, document } = session.result.get();
    // Spelling findings are shown only for text that is still as the last house-style check read it, so one text serves both.
    const findings = session.spelling === null ? house : [...house, ...session.spelling.view.get().findings];
    let texts: Map<string, string> | undefined;
    const textOf = (key: string) => {
      texts ??= new Map(document.body.map((block) => [block.key, block.text]));
      return texts.get(key) ?? '';
    };
    onPainted(painter.paint(findings, textOf));
  };

  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    clearTimeout(quiet);
    stopKeys();
    session.attachEditor(editor, readBody);
  };
  const quiet = setTimeout(start, FIRST_CHECK_AFTER_MS);
  const stopUpdates = editor.registerUpdateListener(({ editorState, prevEditorState, dirtyElements, dirtyLeaves }) => {
    if (editorState === prevEditorState) return;
    if (dirtyElements.size === 0 && dirtyLeaves.size === 0) everything = true;
    for (const key of dirtyElements.keys()) dirty.add(key);
    for (const key of dirtyLeaves) dirty.add(key);
    if (started) session.bodyChanged();
  });
  const stopKeys = editor.registerCommand(
    KEY_DOWN_COMMAND,
    () => {
      start();
      return false;
    },
    COMMAND_PRIORITY_LOW,
  );
  // A check's house-style and spelling findings are published one after the other in the same task:
  // drawn once, after both (still before the next keystroke can change the text).
  let paintQueued = false;
  let closed = false;
  const paintOnce = () => {
    if (paintQueued) return;
    paintQueued = true;
    queueMicrotask(() => {
      paintQueued = false;
      if (!closed) paint();
    });
  };
  const stopResults = session.result.subscribe(paintOnce);
  const stopSpelling = session.spelling?.view.subscribe(paintOnce);
  return () => {
    closed = true;
    clearTimeout(quiet);
    session.attachEditor(null, null);
    stopUpdates();
    stopKeys();
    stopResults();
    stopSpelling?.();
    painter.clear();
  };
}

/** House-style, spelling and grammar checking in the body editor: underlines by severity or category, and a card with the finding under the pointer. */
export function HouseStylePlugin() {
  const [editor] = useLexicalComposerContext();
  const session = useHouseStyleSession();
  const [painted, setPainted] = useState<PaintedFinding[]>([]);
  useEffect(() => (session === null ? undefined : registerHouseStyle(editor, session, setPainted)), [editor, session]);
  if (session === null) return null;
  return <HouseStyleCard editor={editor} session={session} painted={painted} />;
}
