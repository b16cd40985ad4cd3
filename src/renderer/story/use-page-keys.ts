import { useEffect, useRef } from 'react';

/** What lies over the story's text now, from the top down. */
type Layers = { comparing: boolean; previewing: boolean; panelCoversText: () => boolean };

type Closers = {
  closeComparison: () => void;
  closePreview: () => void;
  closePanel: () => void;
  /** Leaves the page. */
  back: () => void;
};

/**
 * The story page's keys: Escape closes what lies over the text, the topmost
 * first (a version compared, the export preview, the panel over a narrow
 * window), and with nothing over it leaves the page, as Alt+Left does.
 */
export function usePageKeys({ comparing, previewing, panelCoversText }: Layers, { closeComparison, closePreview, closePanel, back }: Closers): void {
  const comparisonShowing = useRef(false);
  const previewShowing = useRef(false);
  useEffect(() => {
    comparisonShowing.current = comparing;
    previewShowing.current = previewing;
  });

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const escape = event.key === 'Escape' && !event.altKey && !event.ctrlKey && !event.metaKey;
      const altLeft = event.key === 'ArrowLeft' && event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
      if (escape && comparisonShowing.current) {
        event.preventDefault();
        closeComparison();
      } else if (escape && previewShowing.current) {
        event.preventDefault();
        closePreview();
      } else if (escape && panelCoversText()) {
        event.preventDefault();
        closePanel();
      } else if (escape || altLeft) {
        event.preventDefault();
        back();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [closeComparison, closePreview, closePanel, back, panelCoversText]);
}
