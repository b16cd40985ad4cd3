import { useRef, useState } from 'react';
import type { SlugMatch } from '../../shared/api/contract/import';
import { slugMatchState } from '../../shared/html-import/slug-match-state';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { Dialog } from '../ui/Dialog';
import { quotedTitle } from './story-title';

type ImportMatchDialogProps = {
  fileName: string;
  notes: readonly string[];
  match: SlugMatch;
  updating: boolean;
  error: string | null;
  onOpenDraft: () => void;
  onUpdate: () => void;
};

/**
 * An imported page carried a live story's slug, so it came in as a new
 * draft. Its note says which story; the person keeps the draft (the default)
 * or updates that story instead, confirming first when it is ready or has
 * been exported.
 */
export function ImportMatchDialog({ fileName, notes, match, updating, error, onOpenDraft, onUpdate }: ImportMatchDialogProps) {
  const openRef = useRef<HTMLButtonElement>(null);
  const [confirming, setConfirming] = useState(false);
  const title = quotedTitle(match.headline);

  if (confirming) {
    return (
      <ConfirmDialog
        title={`Replace ${title}?`}
        confirmLabel="Replace story"
        cancelLabel="Keep it as it is"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          onUpdate();
        }}
      >
        <p>
          {title} {slugMatchState(match)}. Its headline, text and other fields will be replaced by those of “{fileName}”, and its next export will publish
          them. Its current version stays in History (Before import); the new draft goes to the trash.
        </p>
      </ConfirmDialog>
    );
  }

  return (
    <Dialog
      title={`“${fileName}” came in as a new draft`}
      onClose={() => !updating && onOpenDraft()}
      initialFocusRef={openRef}
      actions={
        <>
          <Button disabled={updating} onClick={() => (match.published ? setConfirming(true) : onUpdate())}>
            {match.published ? 'Replace that story…' : 'Update that story instead'}
          </Button>
          <Button ref={openRef} variant="primary" disabled={updating} onClick={onOpenDraft}>
            Open the new draft
          </Button>
        </>
      }
    >
      {notes.map((note) => (
        <p key={note} className="story-import__note">
          {note}
        </p>
      ))}
      {updating && (
        <p className="story-import__line" role="status">
          Updating {title}…
        </p>
      )}
      {error !== null && (
        <p className="story-import__error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
