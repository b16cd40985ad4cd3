import { formatCount } from '../ui/time-format';
import type { DeskStatus } from './use-desk-status';

/** "N changes", for the changes stored here that the desk does not have yet. */
function changes(count: number): string {
  return `${formatCount(count)} ${count === 1 ? 'change' : 'changes'}`;
}

/** What the status bar says of the desk sync; null when the profile syncs with no desk here. */
export function deskConnectionLabel(status: DeskStatus | null): { text: string; tone: 'connected' | 'waiting' | 'problem' } | null {
  if (status === null || !status.joined || status.connection === undefined) return null;
  const { waiting } = status.waiting;
  switch (status.connection) {
    case 'connected':
      return waiting === 0 ? { text: 'Desk: connected', tone: 'connected' } : { text: `Desk: connected — sending ${changes(waiting)}`, tone: 'connected' };
    case 'connecting':
      return { text: waiting === 0 ? 'Desk: connecting…' : `Desk: connecting — ${changes(waiting)} waiting`, tone: 'waiting' };
    case 'offline':
      return { text: waiting === 0 ? 'Offline' : `Offline — ${changes(waiting)} waiting`, tone: 'waiting' };
    case 'refused':
      return { text: `Desk refused this profile’s token${waiting === 0 ? '' : ` — ${changes(waiting)} waiting`}`, tone: 'problem' };
  }
}

/** The desk sync in the status bar: connected, offline with the changes waiting, or refused. */
export function DeskConnection({ status }: { status: DeskStatus | null }) {
  const label = deskConnectionLabel(status);
  if (label === null) return null;
  return (
    <span className={`story-status__item desk-connection is-${label.tone}`} title={status?.serverUrl ?? undefined}>
      <span className="story-status__dot" aria-hidden="true" />
      {label.text}
    </span>
  );
}
