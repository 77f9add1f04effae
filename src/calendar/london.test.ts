import { afterEach, describe, expect, it } from 'vitest';
import { InvalidDateError } from './errors.js';
import { endOfLondonDay, londonDateOf, parseInstant, startOfLondonDay } from './london.js';

// UK clocks: 2024 BST began Sun 31 March at 01:00 UTC and ended Sun 27 October at 01:00 UTC.
const HOUR = 3_600_000;

describe('londonDateOf', () => {
  it('23:30 UTC on Sat 30 Mar 2024 is 23:30 GMT, still the 30th', () => {
    expect(londonDateOf('2024-03-30T23:30:00Z')).toBe('2024-03-30');
  });

  it('23:30 UTC on 30 Jun 2024 is 00:30 BST on 1 July', () => {
    expect(londonDateOf('2024-06-30T23:30:00Z')).toBe('2024-07-01');
    expect(londonDateOf('2024-07-01T00:30:00+01:00')).toBe('2024-07-01');
    expect(londonDateOf(Date.UTC(2024, 5, 30, 23, 30))).toBe('2024-07-01');
  });

  it('around the October change: 23:30 UTC on the 26th is 00:30 BST on the 27th; 23:30 UTC on the 27th is 23:30 GMT on the 27th', () => {
    expect(londonDateOf('2024-10-26T23:30:00Z')).toBe('2024-10-27');
    expect(londonDateOf('2024-10-27T23:30:00Z')).toBe('2024-10-27');
  });

  it('offsets are honoured: 2024-03-31T01:30:00+05:30 is 20:00 UTC on the 30th', () => {
    expect(londonDateOf('2024-03-31T01:30:00+05:30')).toBe('2024-03-30');
    expect(londonDateOf('2024-03-30T20:00:00.123-04:00')).toBe('2024-03-31'); // 00:00:00.123 UTC = GMT
  });

  it.each<[unknown, string]>([
    ['2024-03-30T23:30:00', 'no offset: ambiguous'],
    ['2024-03-30', 'a date, not an instant'],
    ['yesterday', 'not a date-time'],
    ['2023-02-29T10:00:00Z', 'no such date (Date.parse would roll it to 1 March)'],
    ['2024-03-30T24:00:00Z', 'hour 24'],
    ['2024-03-30T10:60:00Z', 'minute 60'],
    [Number.NaN, 'NaN'],
    [null, 'null'],
  ])('rejects %j (%s)', (value) => {
    expect(() => londonDateOf(value as string)).toThrow(InvalidDateError);
    expect(() => londonDateOf(value as string)).toThrow(/is not a valid instant/);
  });

  it('rejects an instant whose London date is outside the supported range', () => {
    expect(() => londonDateOf('1999-12-31T12:00:00Z')).toThrow('"1999-12-31T12:00:00Z" is outside the supported range 2000-01-01 to 2099-12-31');
    // 23:30 UTC on 31 Dec 1999 is still 1999 in London (GMT).
    expect(() => londonDateOf('1999-12-31T23:30:00Z')).toThrow(InvalidDateError);
    expect(londonDateOf('1999-12-31T23:30:00-01:00')).toBe('2000-01-01');
  });
});

describe('londonDateOf against Intl (an independent reading of the tz database)', () => {
  const intl = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

  it('agrees for every half hour from 6 hours before to 6 hours after both clock changes of every year 2000-2099', () => {
    const wrong: string[] = [];
    for (let year = 2000; year <= 2099; year++) {
      for (const month of [2, 9]) {
        // The last Sunday of March / October, 01:00 UTC.
        const last = new Date(Date.UTC(year, month + 1, 0));
        const change = Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
        for (let ms = change - 6 * HOUR; ms <= change + 6 * HOUR; ms += HOUR / 2) {
          for (const t of [ms, ms - 1]) if (londonDateOf(t) !== intl.format(t)) wrong.push(new Date(t).toISOString());
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('agrees at 23:00-23:59 UTC (the hour BST moves to the next day) on every 7th day 2000-2099', () => {
    const wrong: string[] = [];
    for (let ms = Date.UTC(2000, 0, 1, 23, 30); ms < Date.UTC(2099, 11, 31); ms += 7 * 24 * HOUR) {
      for (const t of [ms - 30 * 60_000, ms, ms + 29 * 60_000]) if (londonDateOf(t) !== intl.format(t)) wrong.push(new Date(t).toISOString());
    }
    expect(wrong).toEqual([]);
  });
});

describe('parseInstant', () => {
  it('returns epoch ms, as in the TSDoc example', () => {
    expect(parseInstant('2024-03-30T23:30:00Z')).toBe(1711841400000);
    expect(parseInstant('2024-03-31T00:30:00+01:00')).toBe(1711841400000);
    expect(parseInstant(1711841400000)).toBe(1711841400000);
  });
});

describe('startOfLondonDay and endOfLondonDay', () => {
  it('Sun 31 Mar 2024 starts at 00:00 GMT = 00:00 UTC and lasts 23 hours', () => {
    expect(startOfLondonDay('2024-03-31')).toBe(Date.UTC(2024, 2, 31, 0, 0));
    expect(startOfLondonDay('2024-04-01')).toBe(Date.UTC(2024, 2, 31, 23, 0));
    expect(endOfLondonDay('2024-03-31') + 1 - startOfLondonDay('2024-03-31')).toBe(23 * HOUR);
    expect(endOfLondonDay('2024-03-31')).toBe(1711925999999);
  });

  it('Sun 27 Oct 2024 starts at 00:00 BST = 23:00 UTC on the 26th and lasts 25 hours', () => {
    expect(startOfLondonDay('2024-10-27')).toBe(Date.UTC(2024, 9, 26, 23, 0));
    expect(startOfLondonDay('2024-10-28')).toBe(Date.UTC(2024, 9, 28, 0, 0));
    expect(endOfLondonDay('2024-10-27') + 1 - startOfLondonDay('2024-10-27')).toBe(25 * HOUR);
  });

  it('an ordinary day lasts 24 hours; the last supported day ends at 2100-01-01T00:00Z', () => {
    expect(endOfLondonDay('2024-03-28') + 1 - startOfLondonDay('2024-03-28')).toBe(24 * HOUR);
    expect(endOfLondonDay('2099-12-31')).toBe(Date.UTC(2100, 0, 1) - 1);
  });

  it('rejects bad dates', () => {
    expect(() => startOfLondonDay('2024-02-30')).toThrow('"2024-02-30" is not a valid date');
    expect(() => endOfLondonDay('')).toThrow('"" is not a valid date: expected YYYY-MM-DD');
  });

  describe('whatever the process time zone', () => {
    const saved = process.env.TZ;
    afterEach(() => {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    });

    it.each(['America/New_York', 'Asia/Kolkata', 'UTC'])('%s', (zone) => {
      process.env.TZ = zone;
      expect(startOfLondonDay('2024-10-27')).toBe(Date.UTC(2024, 9, 26, 23, 0));
      expect(londonDateOf('2024-06-30T23:30:00Z')).toBe('2024-07-01');
    });
  });
});
