import { useCallback, useEffect, useRef } from 'react';
import { panelTabs, type PanelTabId } from './panel-tabs';

/** Where a fix is made: an element by id, in a panel tab or (without one) on the page itself. */
export type ControlTarget = { tab?: string; elementId: string };

/** How long a jump waits for its control to appear (a tab renders, a lazy panel loads). */
const WAIT_MS = 3_000;

function isPanelTab(tab: string): tab is PanelTabId {
  return panelTabs.some((known) => known.id === tab);
}

/**
 * A jump to the control that fixes something: it opens the named panel tab
 * (or, for a control on the page, clears what covers the text), then focuses
 * the element with that id as soon as it is in the document. A tab this
 * build does not have is skipped; its control is still looked for.
 */
export function useGoToControl(openTab: (tab: PanelTabId) => void, revealPage: () => void): (target: ControlTarget) => void {
  const stopWaiting = useRef<(() => void) | null>(null);
  useEffect(() => () => stopWaiting.current?.(), []);

  return useCallback(
    (target: ControlTarget) => {
      stopWaiting.current?.();
      if (target.tab === undefined) revealPage();
      else if (isPanelTab(target.tab)) openTab(target.tab);
      stopWaiting.current = whenInDocument(target.elementId, (element) => {
        element.scrollIntoView({ block: 'center' });
        element.focus({ preventScroll: true });
      });
    },
    [openTab, revealPage],
  );
}

/** The element when it is in the document and shown (a hidden one cannot take focus), else null. */
function shownElement(id: string): HTMLElement | null {
  const element = document.getElementById(id);
  return element !== null && element.getClientRects().length > 0 ? element : null;
}

/** Calls `found` with the element once it is shown (now or after a render), for WAIT_MS at most; returns a cancel. */
function whenInDocument(id: string, found: (element: HTMLElement) => void): () => void {
  const present = shownElement(id);
  if (present !== null) {
    found(present);
    return () => undefined;
  }
  const observer = new MutationObserver(() => {
    const element = shownElement(id);
    if (element === null) return;
    stop();
    found(element);
  });
  const timer = window.setTimeout(() => stop(), WAIT_MS);
  const stop = () => {
    observer.disconnect();
    window.clearTimeout(timer);
  };
  // What covers a control goes away by a class change as often as by removing an element.
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'hidden'] });
  return stop;
}
