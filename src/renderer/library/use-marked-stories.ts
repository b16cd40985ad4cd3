import { useCallback, useState } from 'react';

/**
 * Stories ticked for a batch export, by id (they stay ticked while the list
 * is filtered), and the export under way.
 */
export function useMarkedStories(reload: () => Promise<void>) {
  const [marked, setMarked] = useState<ReadonlySet<string>>(() => new Set());
  const [exporting, setExporting] = useState<readonly string[] | null>(null);
  const toggleMark = useCallback((id: string) => {
    setMarked((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);
  const clearMarks = useCallback(() => setMarked(new Set()), []);
  const startExport = useCallback(() => setExporting([...marked]), [marked]);
  const finishExport = useCallback(
    (exported: boolean) => {
      setExporting(null);
      if (!exported) return;
      setMarked(new Set());
      void reload();
    },
    [reload],
  );
  return { marked, toggleMark, clearMarks, exporting, startExport, finishExport };
}
