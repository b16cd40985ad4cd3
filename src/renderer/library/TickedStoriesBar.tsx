import { Button } from '../ui/Button';

/** Shown while stories are ticked: how many, and the batch export. */
export function TickedStoriesBar({ count, onExport, onClear }: { count: number; onExport: () => void; onClear: () => void }) {
  return (
    <div className="library-selection" role="region" aria-label="Ticked stories">
      <span className="library-selection__count">{count === 1 ? '1 story ticked' : `${count} stories ticked`}</span>
      <Button variant="primary" size="small" onClick={onExport}>
        Export to a folder…
      </Button>
      <Button variant="quiet" size="small" onClick={onClear}>
        Clear
      </Button>
    </div>
  );
}
