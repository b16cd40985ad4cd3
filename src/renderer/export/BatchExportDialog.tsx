import { useCallback, useEffect, useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { ApiError } from '../../shared/api/api-error';
import type { ApiOutput } from '../../shared/api/contract';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/client';
import { storyTitle } from '../library/story-title';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';

/** Stories per call: small enough for the progress bar to move, large enough to keep calls few. */
const BATCH_SIZE = 20;

type StoryResult = Extract<ApiOutput<'exportStoriesToFolder'>, { folder: string }>['results'][number];

type Progress =
  | { stage: 'starting' }
  | { stage: 'choosing'; error: string | null }
  | { stage: 'running'; done: number; folder: string | null }
  | { stage: 'finished'; folder: string; results: StoryResult[] }
  | { stage: 'failed'; message: string; results: StoryResult[] };

type BatchExportDialogProps = {
  ids: readonly string[];
  onClose: (exported: boolean) => void;
};

/**
 * Exports the marked stories as pages into one folder, in batches, with a
 * progress bar, then says what was written, what was warned about and what
 * failed and why. The folder is asked for once: in a folder dialog, or in
 * the browser preview (which has none) typed into a field here.
 */
export function BatchExportDialog({ ids, onClose }: BatchExportDialogProps) {
  const api = useApi();
  const [progress, setProgress] = useState<Progress>({ stage: 'starting' });
  // Kept here, not in the form: a refused folder comes back to the form as the person typed it.
  const [typed, setTyped] = useState('');
  const closeRef = useRef<HTMLButtonElement>(null);
  const folderRef = useRef<HTMLInputElement>(null);
  const started = useRef(false);

  const run = useCallback(
    async (typedFolder: string | undefined) => {
      const results: StoryResult[] = [];
      let folder = typedFolder;
      setProgress({ stage: 'running', done: 0, folder: null });
      try {
        for (let start = 0; start < ids.length; start += BATCH_SIZE) {
          const batch = ids.slice(start, start + BATCH_SIZE);
          const answer = await api.exportStoriesToFolder(folder === undefined ? { ids: batch } : { ids: batch, folder });
          if ('cancelled' in answer) {
            onClose(false);
            return;
          }
          folder = answer.folder;
          results.push(...answer.results);
          setProgress({ stage: 'running', done: results.length, folder });
        }
        setProgress({ stage: 'finished', folder: folder!, results });
      } catch (error) {
        // A typed folder that is refused is asked for again, saying why.
        if (typedFolder !== undefined && results.length === 0 && error instanceof ApiError && error.field === 'folder') {
          setProgress({ stage: 'choosing', error: error.message });
          return;
        }
        setProgress({ stage: 'failed', message: errorMessage(error), results });
      }
    },
    [api, ids, onClose],
  );

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void (async () => {
      const info = await api.getAppInfo({}).catch(() => null);
      if (info !== null && !info.folderDialog) setProgress({ stage: 'choosing', error: null });
      else await run(undefined);
    })();
  }, [api, run]);

  useEffect(() => {
    if (progress.stage === 'choosing') folderRef.current?.focus();
    else if (progress.stage === 'finished' || progress.stage === 'failed') closeRef.current?.focus();
  }, [progress]);

  const busy = progress.stage === 'starting' || progress.stage === 'running';
  const done = progress.stage === 'finished' || progress.stage === 'failed';
  const exported = done && progress.results.some((r) => r.file !== null);
  const stories = ids.length === 1 ? '1 story' : `${ids.length} stories`;

  if (progress.stage === 'choosing') {
    return <FolderForm count={stories} folder={typed} onChange={setTyped} error={progress.error} inputRef={folderRef} onExport={(folder) => void run(folder)} onCancel={() => onClose(false)} />;
  }
  return (
    <Dialog
      title={done ? 'Export finished' : `Exporting ${stories}…`}
      onClose={() => !busy && onClose(exported)}
      actions={
        <Button ref={closeRef} variant="primary" disabled={busy} onClick={() => onClose(exported)}>
          Close
        </Button>
      }
    >
      {busy && (
        <>
          <progress className="batch-export__progress" max={ids.length} value={progress.stage === 'running' ? progress.done : 0} aria-label="Export progress" />
          <p className="batch-export__line">
            {progress.stage === 'running' ? progress.done : 0} of {ids.length} done
          </p>
        </>
      )}
      {progress.stage === 'failed' && <p className="batch-export__error">The export stopped: {progress.message}</p>}
      {done && <BatchSummary results={progress.results} folder={progress.stage === 'finished' ? progress.folder : null} />}
    </Dialog>
  );
}

type FolderFormProps = {
  count: string;
  folder: string;
  onChange: (folder: string) => void;
  error: string | null;
  inputRef: RefObject<HTMLInputElement | null>;
  onExport: (folder: string) => void;
  onCancel: () => void;
};

/** The browser preview's stand-in for a folder dialog: the person types where the pages go. */
function FolderForm({ count, folder, onChange, error, inputRef, onExport, onCancel }: FolderFormProps) {
  const formId = useId();
  const hintId = useId();
  const errorId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onExport(folder);
  };
  return (
    <Dialog
      title={`Export ${count}`}
      onClose={onCancel}
      initialFocusRef={inputRef}
      actions={
        <>
          <Button onClick={onCancel}>Cancel</Button>
          <Button variant="primary" type="submit" form={formId}>
            Export
          </Button>
        </>
      }
    >
      <form id={formId} className="form-stack" onSubmit={submit} noValidate>
        <label className="form-field">
          <span className="form-field__label">Folder to export into</span>
          <input
            ref={inputRef}
            className="form-field__input"
            type="text"
            autoComplete="off"
            spellCheck={false}
            placeholder="~/exports"
            value={folder}
            aria-invalid={error !== null}
            aria-describedby={error === null ? hintId : `${errorId} ${hintId}`}
            onChange={(event) => onChange(event.target.value)}
          />
          {error !== null && (
            <span id={errorId} className="form-field__error" role="alert">
              {error}
            </span>
          )}
          <span id={hintId} className="form-field__hint">
            The whole path of a folder outside the Copydesk profile; it is made if it does not exist yet. Each story becomes a page there, with its pictures in images/.
          </span>
        </label>
      </form>
    </Dialog>
  );
}

function BatchSummary({ results, folder }: { results: StoryResult[]; folder: string | null }) {
  const written = results.filter((r) => r.file !== null);
  const warned = written.filter((r) => r.warnings.length > 0);
  const failed = results.filter((r) => r.error !== null);
  return (
    <div className="batch-export__summary">
      <p className="batch-export__line">
        {written.length === 1 ? '1 story written' : `${written.length} stories written`}
        {folder !== null && (
          <>
            {' '}
            to <code className="batch-export__folder">{folder}</code>
          </>
        )}
        .
      </p>
      {warned.length > 0 && (
        <details className="batch-export__group">
          <summary>
            {warned.length === 1 ? '1 with warnings' : `${warned.length} with warnings`}
          </summary>
          <ul>
            {warned.map((r) => (
              <li key={r.id}>
                <strong>{storyTitle(r.headline)}</strong>: {r.warnings.join(' ')}
              </li>
            ))}
          </ul>
        </details>
      )}
      {failed.length > 0 && (
        <div className="batch-export__group batch-export__group--failed">
          <p className="batch-export__line">{failed.length === 1 ? '1 failed:' : `${failed.length} failed:`}</p>
          <ul>
            {failed.map((r) => (
              <li key={r.id}>
                <strong>{storyTitle(r.headline)}</strong>: {r.error}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
