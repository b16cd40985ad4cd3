/** Dates as the export prints them: shown in Europe/London, stated in UTC. */

const LONDON_DATE = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** The instant as `2026-11-26T09:00:00.000Z`, or null when the value is not a date. */
export function utcInstant(iso: string | null): string | null {
  if (iso === null) return null;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** The day in Europe/London, as house style writes it: "26 November 2026". */
export function londonDate(instant: string): string {
  return LONDON_DATE.format(new Date(instant));
}
