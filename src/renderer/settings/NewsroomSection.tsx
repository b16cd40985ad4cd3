import { useEffect, useRef, useState } from 'react';
import type { ApiOutput, CopydeskApi } from '../../shared/api/contract';
import { useApi } from '../api/api-context';
import { errorMessage } from '../api/client';
import { useLoaded } from '../api/use-loaded';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { formatLondon, formatQuantity, formatRelative } from '../ui/time-format';
import { useToasts } from '../ui/toasts';
import { DeskEditorName } from './DeskEditorName';
import { JoinDeskForm } from './JoinDeskForm';

const readDeskStatus = (api: CopydeskApi) => api.getDeskStatus({});

/**
 * Settings → Newsroom (docs/newsroom.md): join this profile to the desk's
 * sync server, see the membership (never the token), sync now, or leave.
 * Each acts at once, not with "Save settings".
 */
export function NewsroomSection() {
  const api = useApi();
  const toasts = useToasts();
  const { value: status, error: loadError, reload } = useLoaded(readDeskStatus);
  const [busy, setBusy] = useState<'syncing' | 'leaving' | null>(null);
  const [syncError, setSyncError] = useState<string | null>(null);
  const [askLeave, setAskLeave] = useState(false);
  const [focus, setFocus] = useState<'sync' | 'join' | null>(null);
  const syncRef = useRef<HTMLButtonElement>(null);
  const joinFieldRef = useRef<HTMLInputElement>(null);

  // Focus follows the change of view: to Sync now once joined, to the address once left.
  useEffect(() => {
    if (focus === null || status === null) return;
    (focus === 'sync' ? syncRef : joinFieldRef).current?.focus();
    setFocus(null);
  }, [focus, status]);

  const joined = async (result: ApiOutput<'joinDesk'>) => {
    const stories = formatQuantity(result.storyCount, 'story', 'stories');
    toasts.show(
      result.synced
        ? { message: `Joined the desk at ${result.serverUrl}: ${stories} in sync.` }
        : {
            message: `Joined the desk at ${result.serverUrl}, but the server stopped answering: ${formatQuantity(result.waiting.waiting, 'change waits', 'changes wait')} for the next sync.`,
            tone: 'error',
          },
    );
    setSyncError(null);
    await reload();
    setFocus('sync');
  };

  const syncNow = async () => {
    setBusy('syncing');
    setSyncError(null);
    try {
      const synced = await api.syncDeskNow({});
      toasts.show({ message: `In sync with the desk: ${formatQuantity(synced.storyCount, 'story', 'stories')}.` });
    } catch (error) {
      setSyncError(errorMessage(error));
    } finally {
      setBusy(null);
      await reload();
    }
  };

  const leave = async () => {
    setAskLeave(false);
    setBusy('leaving');
    try {
      await api.leaveDesk({});
      toasts.show({ message: 'Left the desk. The stories stay on this profile.' });
      setSyncError(null);
      await reload();
      setFocus('join');
    } catch (error) {
      toasts.show({ message: `The profile did not leave the desk. ${errorMessage(error)}`, tone: 'error' });
    } finally {
      setBusy(null);
    }
  };

  const now = Date.now();
  return (
    <section className="settings-group" aria-labelledby="settings-newsroom">
      <h2 id="settings-newsroom" className="settings-group__title">
        Newsroom
      </h2>
      {loadError !== null && (
        <p className="form-field__error" role="alert">
          The desk’s status could not be read: {loadError}
        </p>
      )}
      {status !== null && !status.joined && (
        <>
          <p className="newsroom__intro">
            Join the desk’s sync server to share this profile’s stories with the other editors: edits made offline merge with theirs at the next sync.
          </p>
          <JoinDeskForm firstFieldRef={joinFieldRef} onJoined={(result) => void joined(result)} />
        </>
      )}
      {status !== null && status.joined && (
        <>
          <dl className="newsroom__membership" aria-label="This profile on the desk">
            <dt>Server</dt>
            <dd>{status.serverUrl}</dd>
            <dt>Your name</dt>
            <dd>
              <DeskEditorName editorName={status.editorName} onRenamed={reload} />
            </dd>
            <dt>Joined</dt>
            <dd>{status.joinedAt === null ? '—' : formatLondon(status.joinedAt)}</dd>
            <dt>Last synced</dt>
            <dd>
              {status.lastSyncedAt === null ? (
                <span className="newsroom__none">Not yet</span>
              ) : (
                <span title={formatLondon(status.lastSyncedAt)}>{formatRelative(status.lastSyncedAt, now)}</span>
              )}
            </dd>
            <dt>Changes waiting</dt>
            <dd>{status.waiting.waiting === 0 ? 'None: the desk has every change' : `${formatQuantity(status.waiting.waiting, 'change', 'changes')} in ${waitingPlaces(status.waiting)}`}</dd>
          </dl>
          <div className="newsroom__actions">
            <Button ref={syncRef} onClick={() => void syncNow()} disabled={busy !== null}>
              {busy === 'syncing' ? 'Syncing…' : 'Sync now'}
            </Button>
            <Button variant="quiet" onClick={() => setAskLeave(true)} disabled={busy !== null}>
              Leave the desk…
            </Button>
          </div>
          <p className="newsroom__progress" role="status">
            {busy === 'syncing' ? 'Pulling and pushing every story until this profile and the desk agree…' : busy === 'leaving' ? 'Leaving the desk…' : ''}
          </p>
          {syncError !== null && (
            <p className="form-field__error" role="alert">
              {syncError}
            </p>
          )}
        </>
      )}
      {askLeave && status !== null && (
        <ConfirmDialog title="Leave the desk?" confirmLabel="Leave the desk" onCancel={() => setAskLeave(false)} onConfirm={() => void leave()}>
          <p>
            This profile stops syncing with the desk at {status.serverUrl} and forgets its token. The stories stay on this profile, as they are now; other editors’
            changes no longer arrive.
          </p>
          {status.waiting.waiting > 0 && (
            <p>{formatQuantity(status.waiting.waiting, 'change has', 'changes have')} not reached the desk yet: they go up if this profile joins again.</p>
          )}
          <p>To join again you need a token from the desk’s administrator.</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

/** Where the changes waiting are: so many stories, the author directory, or both. */
function waitingPlaces({ stories, authors }: ApiOutput<'getDeskStatus'>['waiting']): string {
  const places = [stories.length > 0 ? formatQuantity(stories.length, 'story', 'stories') : null, authors > 0 ? 'the author directory' : null];
  return places.filter((place) => place !== null).join(' and ');
}
