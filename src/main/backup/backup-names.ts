/** Backups are named by their UTC time, so names sort in time order: copydesk-20260302T090000123Z.db. */
const NAME = /^copydesk-(\d{8}T\d{9}Z)\.db$/;

export function backupName(at: Date): string {
  return `copydesk-${stamp(at)}.db`;
}

/** A compact UTC stamp that is safe in a file name on every platform. */
export function stamp(at: Date): string {
  return at.toISOString().replace(/[-:.]/g, '');
}

/** When the named backup was made, or undefined for a name that is not a backup's. */
export function backupTime(name: string): Date | undefined {
  const match = NAME.exec(name);
  if (match === null) return undefined;
  const s = match[1]!;
  const iso = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`;
  const time = new Date(iso);
  return Number.isNaN(time.getTime()) ? undefined : time;
}

/** The manifest beside a backup: the image files the database referred to when it was made. */
export function manifestName(name: string): string {
  return name.replace(/\.db$/, '.images.json');
}
