import { useState } from 'react';
import type { CopydeskApi } from '../../shared/api/contract';
import type { BackupInfo } from '../../shared/backup/backup-schema';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/client';
import { useLoaded } from '../api/use-loaded';
import { useNavigation } from '../app/navigation';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { formatCount, formatLondon, formatRelative } from '../ui/time-format';
import { useToasts } from '../ui/toasts';

function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toLocaleString('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} MB`;
}

const listBackups = (api: CopydeskApi) => api.listBackups({});

/**
 * The profile's backups (docs/profile-and-backups.md): made on start and every few hours, or
 * now on request; any of them can be put back. A restore keeps the database
 * it replaces beside it, so nothing written since is lost for good.
 */
export function BackupsSection() {
  const api = useApi();
  const toasts = useToasts();
  const { navigate } = useNavigation();
  const { value: backups, error: loadError, reload } = useLoaded(listBackups);
  const [busy, setBusy] = useState<'backing-up' | 'restoring' | null>(null);
  const [toRestore, setToRestore] = useState<BackupInfo | null>(null);

  const backUpNow = async () => {
    setBusy('backing-up');
    try {
      const made = await api.createBackup({});
      toasts.show({ message: `Backed up: ${formatLondon(made.createdAt)}` });
      await reload();
    } catch (error) {
      toasts.show({ message: `The backup could not be made. ${errorMessage(error)}`, tone: 'error' });
    } finally {
      setBusy(null);
    }
  };

  const restore = async (backup: BackupInfo) => {
    setToRestore(null);
    setBusy('restoring');
    try {
      const { movedAside } = await api.restoreBackup({ name: backup.name });
      toasts.show({
        message: `Restored the backup of ${formatLondon(backup.createdAt)}.${movedAside === null ? '' : ` The database you were using is kept in the profile folder as ${movedAside}.`}`,
      });
      await navigate({ screen: 'library' });
    } catch (error) {
      toasts.show({ message: `The backup was not restored. ${errorMessage(error)}`, tone: 'error' });
      setBusy(null);
    }
  };

  const now = Date.now();
  return (
    <section className="settings-group" aria-labelledby="settings-backups">
      <h2 id="settings-backups" className="settings-group__title">
        Backups
      </h2>
      <p className="settings-backups__intro">
        Copydesk backs up the library, pictures included, when it starts and every four hours, and keeps the last ten and one a day for a week.
      </p>
      <Button onClick={() => void backUpNow()} disabled={busy !== null}>
        {busy === 'backing-up' ? 'Backing up…' : 'Back up now'}
      </Button>
      {loadError !== null && (
        <p className="form-field__error" role="alert">
          The backups could not be listed: {loadError}
        </p>
      )}
      {backups !== null && backups.length === 0 && <p className="settings-backups__empty">No backups yet. The first is made when Copydesk starts, or now with Back up now.</p>}
      {backups !== null && backups.length > 0 && (
        <ul className="settings-backups" aria-label="Backups, newest first">
          {backups.map((backup) => (
            <li key={backup.name} className="settings-backups__item">
              <span className="settings-backups__when">
                <span className="settings-backups__time">{formatLondon(backup.createdAt)}</span>
                <span className="settings-backups__meta">
                  {formatRelative(backup.createdAt, now)} · {megabytes(backup.byteSize)} · {formatCount(backup.imageCount)}{' '}
                  {backup.imageCount === 1 ? 'picture' : 'pictures'}
                </span>
              </span>
              <Button size="small" disabled={busy !== null} onClick={() => setToRestore(backup)} aria-label={`Restore the backup of ${formatLondon(backup.createdAt)}`}>
                Restore…
              </Button>
            </li>
          ))}
        </ul>
      )}
      {busy === 'restoring' && (
        <p className="settings-backups__progress" role="status">
          Restoring the backup…
        </p>
      )}
      {toRestore !== null && (
        <ConfirmDialog
          title="Restore this backup?"
          confirmLabel="Restore backup"
          onCancel={() => setToRestore(null)}
          onConfirm={() => void restore(toRestore)}
        >
          <p>
            The library goes back to how it was on {formatLondon(toRestore.createdAt)}. Stories written or changed since then are not lost: the database in use now is kept in
            the profile folder, beside the restored one, and is never deleted.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
