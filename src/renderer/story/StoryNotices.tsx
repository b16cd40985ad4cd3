import type { Story } from '../../shared/story/story-schema';
import { Button } from '../ui/Button';
import { usePageSaveState, type PageSaves } from './page-save-state';
import type { SaveStop } from './use-autosave';

type ConflictNoticeProps = {
  stop: SaveStop;
  busy: boolean;
  onReloadTheirs: () => void;
  onKeepMine: () => void;
};

/** Autosave stopped because the stored story moved on: say so plainly and offer both ways out. */
export function ConflictNotice({ stop, busy, onReloadTheirs, onKeepMine }: ConflictNoticeProps) {
  return (
    <div className="notice notice--warning" role="alert">
      <p className="notice__text">
        {stop === 'conflict'
          ? 'This story was changed elsewhere (another window, the preview or the command line) since you opened it, so your latest changes were not saved over it.'
          : 'This story was deleted elsewhere, so your latest changes could not be saved to it.'}
      </p>
      <div className="notice__actions">
        {stop === 'conflict' && (
          <Button size="small" onClick={onReloadTheirs} disabled={busy}>
            Reload theirs
          </Button>
        )}
        <Button size="small" variant="primary" onClick={onKeepMine} disabled={busy}>
          {stop === 'conflict' ? 'Keep mine as a copy' : 'Keep mine as a new story'}
        </Button>
      </div>
    </div>
  );
}

/** A save keeps failing: the text is safe on screen and Copydesk keeps trying. Follows the page's saves itself. */
export function SaveFailedNotice({ saves }: { saves: PageSaves }) {
  const { state, error } = usePageSaveState(saves);
  if (state !== 'failed' || error === null) return null;
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__text">
        Your latest changes are not saved yet: {error} Copydesk tries again every few seconds; keep this window open.
      </p>
    </div>
  );
}

/** An archived or trashed story can still be edited, but says where it lives. */
export function PlaceNotice({ story, onRestore }: { story: Omit<Story, 'body'>; onRestore: () => void }) {
  if (story.trashedAt === null && story.archivedAt === null) return null;
  const inTrash = story.trashedAt !== null;
  return (
    <div className="notice" role="note">
      <p className="notice__text">{inTrash ? 'This story is in the trash.' : 'This story is archived.'}</p>
      <div className="notice__actions">
        <Button size="small" onClick={onRestore}>
          {inTrash ? 'Restore' : 'Move back to Stories'}
        </Button>
      </div>
    </div>
  );
}
