import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, type LexicalEditor } from 'lexical';
import { useEffect, useState } from 'react';
import type { CheckBlock, Finding } from '../../../shared/house-style';
import { HouseStyleCard } from '../../house-style/HouseStyleCard';
import { useHouseStyleSession } from '../../house-style/house-style-context';
import type { HouseStyleSession } from '../../house-style/house-style-session';
import { $collectBlocks } from './house-style-blocks';
import { createFindingPainter } from './house-style-highlights';

type Painted = Array<{ range: Range; finding: Finding }>;

/**
 * Feeds the body's blocks to the page's house-style session and underlines
 * what it finds. Only changed top-level blocks are read again, and both the
 * reading and the check run when the browser is idle after a keystroke, so
 * typing never waits on them; the underlines are CSS highlights, so the
 * editor's DOM is never touched.
 */
function registerHouseStyle(editor: LexicalEditor, session: HouseStyleSession, onPainted: (painted: Painted) => void): () => void {
  const cache = new Map<string, CheckBlock[]>();
  const dirty = new Set<string>();
  let everything = true;
  let pending = false;

  const collect = () => {
    pending = false;
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
    session.setBody(blocks);
    session.checkNow();
  };
  const schedule = () => {
    if (pending) return;
    pending = true;
    if (typeof requestIdleCallback === 'function') requestIdleCallback(collect, { timeout: 250 });
    else setTimeout(collect, 16);
  };

  // The check ran after Lexical had reconciled the DOM, so the ranges are built at once, outside any frame.
  const painter = createFindingPainter(editor);
  const paint = () => {
    const { findings, document } = session.result.get();
    let texts: Map<string, string> | undefined;
    const textOf = (key: string) => {
      texts ??= new Map(document.body.map((block) => [block.key, block.text]));
      return texts.get(key) ?? '';
    };
    onPainted(painter.paint(findings, textOf));
  };

  const stopUpdates = editor.registerUpdateListener(({ editorState, prevEditorState, dirtyElements, dirtyLeaves }) => {
    if (editorState === prevEditorState) return;
    if (dirtyElements.size === 0 && dirtyLeaves.size === 0) everything = true;
    for (const key of dirtyElements.keys()) dirty.add(key);
    for (const key of dirtyLeaves) dirty.add(key);
    schedule();
  });
  const stopResults = session.result.subscribe(paint);
  session.attachEditor(editor);
  schedule();
  return () => {
    session.attachEditor(null);
    stopUpdates();
    stopResults();
    painter.clear();
  };
}

/** House-style checking in the body editor: underlines by severity, and a card with the finding under the pointer. */
export function HouseStylePlugin() {
  const [editor] = useLexicalComposerContext();
  const session = useHouseStyleSession();
  const [painted, setPainted] = useState<Painted>([]);
  useEffect(() => (session === null ? undefined : registerHouseStyle(editor, session, setPainted)), [editor, session]);
  if (session === null) return null;
  return <HouseStyleCard editor={editor} session={session} painted={painted} />;
}
