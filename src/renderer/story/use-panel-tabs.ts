import { useCallback, useEffect, useRef, useState } from 'react';
import type { PanelTabId } from './panel-tabs';

/** Below this width the panel lies over the text instead of beside it, so it starts folded. */
const WIDE_WINDOW = '(min-width: 1280px)';

export type PanelTabs = {
  /** The tab on show, or null when the panel is folded away. */
  openTab: PanelTabId | null;
  /** The tab shown last, for the strip's focus while the panel is folded. */
  lastTab: PanelTabId;
  open: (tab: PanelTabId | null) => void;
  /** Whether the open panel lies over the text (a narrow window), as of the last render. */
  coversText: () => boolean;
  /** Folds the panel away if it lies over the text. */
  uncoverText: () => void;
};

/** The story page's panel: which tab is open, folded at the start on a narrow window. */
export function usePanelTabs(): PanelTabs {
  const [openTab, setOpenTab] = useState<PanelTabId | null>(() => (window.matchMedia(WIDE_WINDOW).matches ? 'bylines' : null));
  const [lastTab, setLastTab] = useState<PanelTabId>('bylines');
  const covers = useRef(false);
  useEffect(() => {
    covers.current = openTab !== null && !window.matchMedia(WIDE_WINDOW).matches;
  });

  const open = useCallback((tab: PanelTabId | null) => {
    setOpenTab(tab);
    if (tab !== null) setLastTab(tab);
  }, []);
  const coversText = useCallback(() => covers.current, []);
  const uncoverText = useCallback(() => {
    if (covers.current) setOpenTab(null);
  }, []);

  return { openTab, lastTab, open, coversText, uncoverText };
}
