import { describe, expect, it } from 'vitest';
import { formatLondon, formatQuantity, formatRelative, formatRevisionTime } from '../../../src/renderer/ui/time-format';

const now = Date.parse('2026-03-10T12:00:00Z');
const ago = (ms: number) => new Date(now - ms).toISOString();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('relative times in the library', () => {
  it('reads like a person would say it', () => {
    expect(formatRelative(ago(20_000), now)).toBe('just now');
    expect(formatRelative(ago(5 * MINUTE), now)).toBe('5 minutes ago');
    expect(formatRelative(ago(2 * HOUR), now)).toBe('2 hours ago');
    expect(formatRelative(ago(DAY), now)).toBe('yesterday');
    expect(formatRelative(ago(3 * DAY), now)).toBe('3 days ago');
    expect(formatRelative(ago(14 * DAY), now)).toBe('2 weeks ago');
    expect(formatRelative(ago(90 * DAY), now)).toBe('3 months ago');
    expect(formatRelative(ago(800 * DAY), now)).toBe('2 years ago');
  });
});

describe('exact times', () => {
  it('are shown in London time, GMT in winter and BST in summer', () => {
    // The punctuation between the parts varies with the ICU version; the parts do not.
    const winter = formatLondon('2026-01-15T09:05:00Z');
    expect(winter).toMatch(/^Thursday,? 15 January 2026/);
    expect(winter).toMatch(/09:05 GMT$/);
    const summer = formatLondon('2026-07-01T13:05:00Z');
    expect(summer).toMatch(/^Wednesday,? 1 July 2026/);
    expect(summer).toMatch(/14:05 BST$/);
  });

  it('counts with thousands separators and the right plural', () => {
    expect(formatQuantity(1, 'story', 'stories')).toBe('1 story');
    expect(formatQuantity(1234, 'story', 'stories')).toBe('1,234 stories');
  });
});

describe('times in the story history', () => {
  // 10 March 2026, 12:00 GMT.
  it('is relative today, "Yesterday" with the time, then a date', () => {
    expect(formatRevisionTime(ago(20_000), now)).toBe('just now');
    expect(formatRevisionTime(ago(5 * MINUTE), now)).toBe('5 minutes ago');
    expect(formatRevisionTime('2026-03-10T00:10:00Z', now)).toBe('12 hours ago');
    expect(formatRevisionTime('2026-03-09T14:05:00Z', now)).toBe('Yesterday 14:05');
    expect(formatRevisionTime('2026-03-09T00:00:00Z', now)).toBe('Yesterday 00:00');
    // The punctuation between date and time varies with the ICU version.
    expect(formatRevisionTime('2026-03-08T23:59:00Z', now)).toMatch(/^Sun 8 Mar,? 23:59$/);
    expect(formatRevisionTime('2025-11-23T09:30:00Z', now)).toMatch(/^23 Nov 2025,? 09:30$/);
  });

  it('counts days as London does, in summer time too', () => {
    const summerNow = Date.parse('2026-07-02T08:00:00Z');
    // 23:30 UTC on 1 July is already 2 July in London (BST).
    expect(formatRevisionTime('2026-07-01T23:30:00Z', summerNow)).toBe('8 hours ago');
    expect(formatRevisionTime('2026-07-01T13:05:00Z', summerNow)).toBe('Yesterday 14:05');
  });
});
