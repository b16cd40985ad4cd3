/**
 * Publish times as the desk thinks of them: a wall-clock date and time in
 * London, stored as a UTC instant. London moves between GMT and BST, so a
 * spring-forward hour does not exist and an autumn one happens twice.
 */

const LONDON = 'Europe/London';
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

const inWords = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
});

const dayInWords = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

/** A date input's and a time input's values: "2026-12-08" and "09:30". */
export type LondonWallTime = { date: string; time: string };

export type LondonInstant =
  | { ok: true; utc: string; /** The time happens twice (the clocks go back): this is the first, in BST. */ repeated: boolean }
  | { ok: false; message: string };

function partsOf(format: Intl.DateTimeFormat, ms: number): Record<string, string> {
  return Object.fromEntries(format.formatToParts(ms).map((part) => [part.type, part.value]));
}

/** A calendar date and time counted as if it were UTC, so two wall times compare as numbers. */
function wallAsUtc(year: number, month: number, day: number, hour: number, minute: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, 0, 0);
  return date.getTime();
}

/** London's wall clock at an instant (to the minute), counted as if it were UTC. */
function londonWall(ms: number): number {
  const p = partsOf(wallClock, ms);
  return wallAsUtc(Number(p.year), Number(p.month), Number(p.day), Number(p.hour), Number(p.minute));
}

function offsetAt(ms: number): number {
  const minute = Math.floor(ms / MINUTE) * MINUTE;
  return londonWall(minute) - minute;
}

/** The date and time an instant shows on a London clock. */
export function londonWallTime(instant: string): LondonWallTime {
  const p = partsOf(wallClock, Date.parse(instant));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** "Tuesday 8 December 2026, 09:30 (GMT)". */
export function londonInWords(instant: string): string {
  const p = partsOf(inWords, Date.parse(instant));
  return `${p.weekday} ${p.day} ${p.month} ${p.year}, ${p.hour}:${p.minute} (${p.timeZoneName})`;
}

/** The instant, to the minute, as the stored form: what "Now" sets. */
export function minuteInstant(ms: number): string {
  return new Date(Math.floor(ms / MINUTE) * MINUTE).toISOString();
}

/** The UTC instant of a London date and time, or why there is none. */
export function utcFromLondon({ date, time }: LondonWallTime): LondonInstant {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (d === null) return { ok: false, message: 'Give the date as day, month and year.' };
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (t === null) return { ok: false, message: 'Give the time as hours and minutes, e.g. 09:30.' };
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [number, number, number, number, number];
  const wall = wallAsUtc(year, month, day, hour, minute);
  const check = new Date(wall);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1 || hour > 23 || minute > 59) {
    return { ok: false, message: `${date} ${time} is not a real date and time.` };
  }
  // The offsets either side of that day (GMT and BST); the instants whose London clock shows the time asked for.
  const offsets = [...new Set([offsetAt(wall - DAY), offsetAt(wall + DAY)])];
  const matches = offsets
    .map((offset) => wall - offset)
    .filter((ms) => londonWall(ms) === wall)
    .sort((a, b) => a - b);
  const first = matches[0];
  if (first === undefined) {
    const later = londonWallTime(new Date(wall - Math.min(...offsets)).toISOString());
    return {
      ok: false,
      message: `There is no ${time} on ${dayInWords.format(wall)} in London: the clocks go forward an hour that night. Choose ${later.time} or a time before the change.`,
    };
  }
  return { ok: true, utc: new Date(first).toISOString(), repeated: matches.length > 1 };
}
