import { useEffect, useRef, useState } from 'react';
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
 * failed and why. The folder is asked for once (in the browser preview the
 * server picks one in the profile).
 */
export function BatchExportDialog({ ids, onClose }: BatchExportDialogProps) {
  const api = useApi();
  const [progress, setProgress] = useState<Progress>({ stage: 'running', done: 0, folder: null });
  const closeRef = useRef<HTMLButtonElement>(null);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void (async () => {
      const results: StoryResult[] = [];
      let folder: string | undefined;
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
        setProgress({ stage: 'failed', message: errorMessage(error), results });
      }
    })();
  }, [api, ids, onClose]);

  useEffect(() => {
    if (progress.stage !== 'running') closeRef.current?.focus();
  }, [progress.stage]);

  const exported = progress.stage !== 'running' && progress.results.some((r) => r.file !== null);
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

  return (
    <Dialog
      title={progress.stage === 'running' ? `Exporting ${count(ids.length, 'story')}…` : 'Export finished'}
      onClose={() => progress.stage !== 'running' && onClose(exported)}
      actions={
        <Button ref={closeRef} variant="primary" disabled={progress.stage === 'running'} onClick={() => onClose(exported)}>
          Close
        </Button>
      }
    >
      {progress.stage === 'running' && (
        <>
          <progress className="batch-export__progress" max={ids.length} value={progress.done} aria-label="Export progress" />
          <p className="batch-export__line">
            {progress.done} of {ids.length} done
          </p>
        </>
      )}
      {progress.stage === 'failed' && <p className="batch-export__error">The export stopped: {progress.message}</p>}
      {progress.stage !== 'running' && <BatchSummary results={progress.results} folder={progress.stage === 'finished' ? progress.folder : null} />}
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
