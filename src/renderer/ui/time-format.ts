/** Dates are stored in UTC and shown as a newsroom in London reads them. */
const LOCALE = 'en-GB';
const TIME_ZONE = 'Europe/London';

const relativeFormat = new Intl.RelativeTimeFormat(LOCALE, { numeric: 'auto' });
const exactFormat = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
});

const SECOND = 1_000;
const UNITS: ReadonlyArray<{ unit: Intl.RelativeTimeFormatUnit; ms: number; below: number }> = [
  { unit: 'minute', ms: 60 * SECOND, below: 60 * 60 * SECOND },
  { unit: 'hour', ms: 60 * 60 * SECOND, below: 24 * 60 * 60 * SECOND },
  { unit: 'day', ms: 24 * 60 * 60 * SECOND, below: 7 * 24 * 60 * 60 * SECOND },
  { unit: 'week', ms: 7 * 24 * 60 * 60 * SECOND, below: 30 * 24 * 60 * 60 * SECOND },
  { unit: 'month', ms: 30 * 24 * 60 * 60 * SECOND, below: 365 * 24 * 60 * 60 * SECOND },
  { unit: 'year', ms: 365 * 24 * 60 * 60 * SECOND, below: Number.POSITIVE_INFINITY },
];

/** "just now", "5 minutes ago", "yesterday", "3 weeks ago". */
export function formatRelative(iso: string, now: number): string {
  const diff = Date.parse(iso) - now;
  const size = Math.abs(diff);
  if (size < 60 * SECOND) return 'just now';
  const scale = UNITS.find((u) => size < u.below) ?? UNITS[UNITS.length - 1]!;
  return relativeFormat.format(Math.round(diff / scale.ms), scale.unit);
}

/** "Wednesday 1 July 2026 at 14:05 BST": for title attributes and anywhere exactness matters. */
export function formatLondon(iso: string): string {
  return exactFormat.format(new Date(iso));
}

const dayKeyFormat = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const clockFormat = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' });
const thisYearFormat = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});
const otherYearFormat = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "2026-03-10": the London calendar day of a moment. */
function londonDay(ms: number): string {
  return dayKeyFormat.format(new Date(ms));
}

/** The London calendar day before the one given ("2026-03-10" → "2026-03-09"). */
function dayBefore(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date - 1)).toISOString().slice(0, 10);
}

/**
 * When a version was kept, as the history lists it: relative today ("5
 * minutes ago"), "Yesterday 14:05", then the date ("Mon 9 Mar, 14:05", with
 * the year when it is not this one). London days, as the newsroom lives them.
 */
export function formatRevisionTime(iso: string, now: number): string {
  const ms = Date.parse(iso);
  const today = londonDay(now);
  const day = londonDay(ms);
  if (day === today) return formatRelative(iso, Math.max(now, ms));
  if (day === dayBefore(today)) return `Yesterday ${clockFormat.format(ms)}`;
  return (day.slice(0, 4) === today.slice(0, 4) ? thisYearFormat : otherYearFormat).format(ms);
}

const numberFormat = new Intl.NumberFormat(LOCALE);

export function formatCount(n: number): string {
  return numberFormat.format(n);
}

/** "1 story", "1,234 stories". */
export function formatQuantity(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
