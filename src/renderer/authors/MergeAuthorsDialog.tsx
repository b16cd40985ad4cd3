import { useEffect, useId, useRef, useState } from 'react';
import type { Author } from '../../shared/story/story-schema';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/client';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { useToasts } from '../ui/toasts';

type MergeAuthorsDialogProps = { merge: Author; onClose: () => void; onMerged: () => void };

function stories(count: number): string {
  return count === 1 ? '1 story' : `${count.toLocaleString('en-GB')} stories`;
}

function mergeSummary(mergeName: string, keepName: string | undefined, storyCount: number): string {
  if (keepName === undefined) return storyCount === 0 ? `No story credits ${mergeName}.` : `${mergeName} is credited on ${stories(storyCount)}.`;
  const removal = `${mergeName} is then removed from the directory. This cannot be undone.`;
  if (storyCount === 0) return `No story credits ${mergeName}, so no story changes. ${removal}`;
  return `${stories(storyCount)} will credit ${keepName} instead of ${mergeName}, each keeping its own role and organisation. ${removal}`;
}

/**
 * Folds a duplicate into the author to keep: every byline moves across with
 * its story's own role and organisation, and the duplicate leaves the
 * directory. It cannot be undone, so it says how many stories change.
 */
export function MergeAuthorsDialog({ merge, onClose, onMerged }: MergeAuthorsDialogProps) {
  const api = useApi();
  const toasts = useToasts();
  const selectId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [others, setOthers] = useState<Author[] | null>(null);
  const [keepId, setKeepId] = useState('');
  const [storyCount, setStoryCount] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    Promise.all([api.listAuthors({ query: '' }), api.getAuthor({ id: merge.id })]).then(
      ([all, details]) => {
        if (!live) return;
        setOthers(all.filter((author) => author.id !== merge.id));
        setStoryCount(details.storyCount);
      },
      (failure: unknown) => live && setError(errorMessage(failure)),
    );
    return () => {
      live = false;
    };
  }, [api, merge.id]);

  const keep = others?.find((author) => author.id === keepId);

  const confirm = async () => {
    if (keep === undefined) return;
    setBusy(true);
    try {
      const result = await api.mergeAuthors({ keepId: keep.id, mergeId: merge.id });
      toasts.show({ message: `${merge.name} was merged into ${keep.name}; ${stories(result.storiesChanged)} changed.` });
      onMerged();
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={`Merge ${merge.name} into another author`}
      onClose={onClose}
      initialFocusRef={cancelRef}
      actions={
        <>
          <Button ref={cancelRef} onClick={onClose}>
            Cancel
          </Button>
          <Button variant="danger" disabled={keep === undefined || busy} onClick={() => void confirm()}>
            Merge authors
          </Button>
        </>
      }
    >
      <div className="author-form">
        <label className="author-form__field" htmlFor={selectId}>
          <span className="author-form__label">Author to keep</span>
        </label>
        <select id={selectId} className="select" value={keepId} onChange={(event) => setKeepId(event.target.value)} disabled={others === null}>
          <option value="">Choose the author to keep…</option>
          {others?.map((author) => (
            <option key={author.id} value={author.id}>
              {author.name}
              {author.organisation === '' ? '' : ` (${author.organisation})`}
            </option>
          ))}
        </select>
        {storyCount !== null && (
          <p>
            {mergeSummary(merge.name, keep?.name, storyCount)}
          </p>
        )}
        {error !== null && (
          <p className="authors-screen__error" role="alert">
            {error}
          </p>
        )}
      </div>
    </Dialog>
  );
}
