import { describe, expect, it } from 'vitest';
import { londonInWords, londonWallTime, minuteInstant, utcFromLondon } from '../../../src/shared/story/london-time';

describe('London publish times', () => {
  it('reads a winter time as GMT and a summer time as BST', () => {
    expect(utcFromLondon({ date: '2026-12-08', time: '09:30' })).toEqual({ ok: true, utc: '2026-12-08T09:30:00.000Z', repeated: false });
    expect(utcFromLondon({ date: '2026-07-08', time: '09:30' })).toEqual({ ok: true, utc: '2026-07-08T08:30:00.000Z', repeated: false });
  });

  it('shows a stored instant on the London clock and in words, with the zone', () => {
    expect(londonWallTime('2026-12-08T09:30:00.000Z')).toEqual({ date: '2026-12-08', time: '09:30' });
    expect(londonWallTime('2026-07-08T23:30:00.000Z')).toEqual({ date: '2026-07-09', time: '00:30' });
    expect(londonInWords('2026-12-08T09:30:00.000Z')).toBe('Tuesday 8 December 2026, 09:30 (GMT)');
    expect(londonInWords('2026-07-08T08:30:00.000Z')).toBe('Wednesday 8 July 2026, 09:30 (BST)');
  });

  it('gets the spring change right either side of the missing hour, and says why 01:30 does not exist', () => {
    // 2026: the clocks go forward at 01:00 GMT on Sunday 29 March.
    expect(utcFromLondon({ date: '2026-03-29', time: '00:59' })).toMatchObject({ ok: true, utc: '2026-03-29T00:59:00.000Z' });
    expect(utcFromLondon({ date: '2026-03-29', time: '02:00' })).toMatchObject({ ok: true, utc: '2026-03-29T01:00:00.000Z' });
    const missing = utcFromLondon({ date: '2026-03-29', time: '01:30' });
    expect(missing).toEqual({
      ok: false,
      message: 'There is no 01:30 on 29 March 2026 in London: the clocks go forward an hour that night. Choose 02:30 or a time before the change.',
    });
    expect(utcFromLondon({ date: '2026-03-29', time: '01:00' }).ok).toBe(false);
  });

  it('takes the first (BST) of a time the autumn change repeats, and says it is repeated', () => {
    // 2026: the clocks go back at 01:00 GMT on Sunday 25 October, so 01:00–01:59 happens twice.
    expect(utcFromLondon({ date: '2026-10-25', time: '01:30' })).toEqual({ ok: true, utc: '2026-10-25T00:30:00.000Z', repeated: true });
    expect(utcFromLondon({ date: '2026-10-25', time: '00:59' })).toEqual({ ok: true, utc: '2026-10-24T23:59:00.000Z', repeated: false });
    expect(utcFromLondon({ date: '2026-10-25', time: '02:00' })).toEqual({ ok: true, utc: '2026-10-25T02:00:00.000Z', repeated: false });
    expect(londonInWords('2026-10-25T00:30:00.000Z')).toBe('Sunday 25 October 2026, 01:30 (BST)');
    expect(londonInWords('2026-10-25T01:30:00.000Z')).toBe('Sunday 25 October 2026, 01:30 (GMT)');
  });

  it('goes there and back for every half hour across both changes of a year', () => {
    for (const start of ['2027-03-27T12:00:00.000Z', '2027-10-30T12:00:00.000Z']) {
      for (let step = 0; step < 48 * 2; step += 1) {
        const instant = new Date(Date.parse(start) + step * 30 * 60_000).toISOString();
        const back = utcFromLondon(londonWallTime(instant));
        expect(back.ok).toBe(true);
        // A repeated hour's second pass comes back as the first: same wall clock, an hour earlier.
        if (back.ok) expect(londonWallTime(back.utc)).toEqual(londonWallTime(instant));
        if (back.ok && !back.repeated) expect(back.utc).toBe(instant);
      }
    }
  });

  it('refuses what is not a date or time with a message, and rounds "now" to the minute', () => {
    expect(utcFromLondon({ date: '2026-02-30', time: '09:00' })).toEqual({ ok: false, message: '2026-02-30 09:00 is not a real date and time.' });
    expect(utcFromLondon({ date: '', time: '09:00' })).toMatchObject({ ok: false, message: expect.stringMatching(/date/) });
    expect(utcFromLondon({ date: '2026-02-03', time: '' })).toMatchObject({ ok: false, message: expect.stringMatching(/time/) });
    expect(minuteInstant(Date.parse('2026-12-08T09:30:59.999Z'))).toBe('2026-12-08T09:30:00.000Z');
  });
});
