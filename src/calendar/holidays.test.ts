import { describe, expect, it } from 'vitest';
import { createCalendar } from './calendar.js';
import { BANK_HOLIDAY_CORRECTIONS } from './corrections.js';
import { DIVISIONS, OFFICIAL_THROUGH } from './division.js';
import { upstreamBankHolidays } from './upstream.js';
import { formatIsoDate, parseIsoDate } from './isoDate.js';
import { OFFICIAL_LIST, OFFICIAL_LIST_PATH } from './officialList.testutil.js';

const YEARS = Array.from({ length: 2028 - 2012 + 1 }, (_, i) => 2012 + i);

describe(`bank holidays match the official gov.uk list (${OFFICIAL_LIST_PATH})`, () => {
  it('the official snapshot covers 2012-2028 in all three divisions, weekdays only', () => {
    for (const division of DIVISIONS) {
      const years = new Set(OFFICIAL_LIST[division].map((e) => Number(e.date.slice(0, 4))));
      expect([...years].sort()).toEqual(YEARS);
      for (const { date } of OFFICIAL_LIST[division]) {
        const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
        expect(weekday === 0 || weekday === 6, date).toBe(false);
      }
    }
    expect(OFFICIAL_THROUGH).toBe(2028);
  });

  for (const division of DIVISIONS) {
    const calendar = createCalendar({ division });
    for (const year of YEARS) {
      it(`${division} ${year}: the same dates and names, as exact sets`, () => {
        const official = OFFICIAL_LIST[division]
          .filter((e) => e.date.startsWith(`${year}-`))
          .map((e) => ({ date: e.date, name: e.title }))
          .sort((a, b) => a.date.localeCompare(b.date));
        const ours = calendar.bankHolidays(year);
        expect(ours.map(({ date, name }) => ({ date, name }))).toEqual(official);
        expect(ours.every((h) => h.kind === 'bank-holiday' && h.projected === false)).toBe(true);
      });
    }

    it(`${division}: every weekday 2012-2028 is a working day exactly when it is not on the official list`, () => {
      const official = new Set(OFFICIAL_LIST[division].map((e) => e.date));
      // Independent of our tables: walk the dates with Date and the official set.
      for (let t = Date.UTC(2012, 0, 1); t <= Date.UTC(2028, 11, 31); t += 86_400_000) {
        const date = new Date(t).toISOString().slice(0, 10);
        const weekday = new Date(t).getUTCDay();
        const expected = weekday !== 0 && weekday !== 6 && !official.has(date);
        if (calendar.isWorkingDay(date) !== expected) expect.fail(`${division} ${date}: expected working=${expected}`);
      }
    });
  }
});

describe('the corrections table says truthfully what date-holidays gives', () => {
  for (const correction of BANK_HOLIDAY_CORRECTIONS) {
    for (const division of correction.divisions) {
      it(`${division} ${correction.action} ${correction.date} (${correction.upstream})`, () => {
        const day = parseIsoDate(correction.date);
        const upstream = upstreamBankHolidays(division, Number(correction.date.slice(0, 4))).get(day);
        if (correction.action === 'rename') {
          expect(upstream).toBeDefined();
          expect(upstream === correction.name).toBe(correction.upstream === 'agrees');
        } else if (correction.action === 'add') {
          expect(upstream === correction.name).toBe(correction.upstream === 'agrees');
        } else {
          // A removal "agrees" when date-holidays already has no holiday that day.
          expect(upstream === undefined).toBe(correction.upstream === 'agrees');
        }
      });
    }
  }

  it('every correction inside 2012-2028 is confirmed by the official list', () => {
    for (const correction of BANK_HOLIDAY_CORRECTIONS) {
      const year = Number(correction.date.slice(0, 4));
      if (year < 2012 || year > 2028) continue;
      for (const division of correction.divisions) {
        const official = OFFICIAL_LIST[division].find((e) => e.date === correction.date);
        if (correction.action === 'remove') expect(official, correction.date).toBeUndefined();
        else expect(official?.title, correction.date).toBe(correction.name);
      }
    }
  });
});

describe('years outside the official list', () => {
  it('2029 is projected by rule: the eight England and Wales holidays worked out by hand', () => {
    // 1 Jan 2029 is a Monday (1 Jan 2028 was a Saturday, 2028 has 366 days); Easter Sunday
    // is 1 April 2029; first Monday of May the 7th; last Mondays of May and August the 28th
    // and 27th; 25 December a Tuesday.
    const holidays = createCalendar().bankHolidays(2029);
    expect(holidays.map((h) => h.date)).toEqual([
      '2029-01-01', '2029-03-30', '2029-04-02', '2029-05-07', '2029-05-28', '2029-08-27', '2029-12-25', '2029-12-26',
    ]);
    expect(holidays.every((h) => h.projected)).toBe(true);
    expect(createCalendar().bankHolidays(2028).some((h) => h.projected)).toBe(false);
  });

  it('projected years carry the official spellings', () => {
    expect(createCalendar().bankHolidays(2032).map((h) => h.name)).toEqual([
      'New Year’s Day', 'Good Friday', 'Easter Monday', 'Early May bank holiday', 'Spring bank holiday',
      'Summer bank holiday', 'Christmas Day', 'Boxing Day',
    ]);
    // 25 December 2032 is a Saturday: substitutes on Monday 27 and Tuesday 28 December.
    expect(createCalendar().bankHolidays(2032).slice(-2).map((h) => h.date)).toEqual(['2032-12-27', '2032-12-28']);
  });

  it('2002 Golden Jubilee: Mon 3 and Tue 4 June off, Mon 27 May a working day (not on the snapshot; from the proclamation)', () => {
    for (const division of DIVISIONS) {
      const calendar = createCalendar({ division });
      expect(calendar.isWorkingDay('2002-06-03')).toBe(false);
      expect(calendar.isWorkingDay('2002-06-04')).toBe(false);
      expect(calendar.isWorkingDay('2002-05-27')).toBe(true);
      expect(calendar.isWorkingDay('2011-04-29')).toBe(false); // royal wedding, Friday
    }
  });

  it('St Andrew’s Day is a Scottish bank holiday only from 2007', () => {
    const scotland = createCalendar({ division: 'scotland' });
    expect(scotland.isWorkingDay('2005-11-30')).toBe(true); // Wednesday
    expect(scotland.isWorkingDay('2003-12-01')).toBe(true); // would-be Monday substitute
    expect(scotland.isWorkingDay('2007-11-30')).toBe(false); // Friday, the first one
  });

  it('every year of the supported range has a plausible list: 8 to 12 weekdays, sorted, no duplicates', () => {
    for (const division of DIVISIONS) {
      const calendar = createCalendar({ division });
      for (let year = 2000; year <= 2099; year++) {
        const dates = calendar.bankHolidays(year).map((h) => h.date);
        expect(dates.length, `${division} ${year}`).toBeGreaterThanOrEqual(8);
        expect(dates.length, `${division} ${year}`).toBeLessThanOrEqual(12);
        expect([...new Set(dates)].sort()).toEqual(dates);
        for (const date of dates) expect(formatIsoDate(parseIsoDate(date))).toBe(date);
      }
    }
  });
});
