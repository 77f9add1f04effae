// The calendar reads date-holidays' answer from the generated upstreamHolidays.ts instead of
// running date-holidays. These tests run date-holidays itself and check the table says exactly
// the same, so an upgrade of date-holidays (or a hand edit) cannot go unnoticed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCalendar } from './calendar.js';
import { BANK_HOLIDAY_CORRECTIONS } from './corrections.js';
import { DIVISIONS } from './division.js';
import { formatIsoDate } from './isoDate.js';
import { upstreamBankHolidays } from './upstream.js';
import { UPSTREAM_HOLIDAYS_FILE, renderUpstreamHolidays } from './writeUpstreamHolidays.js';

describe('the generated date-holidays table (upstreamHolidays.ts)', () => {
  it('is what the installed date-holidays gives; if not, run `npx tsx src/calendar/writeUpstreamHolidays.ts`', () => {
    expect(readFileSync(UPSTREAM_HOLIDAYS_FILE, 'utf8')).toBe(renderUpstreamHolidays());
  });

  for (const division of DIVISIONS) {
    it(`${division}: every year 2000-2099, the calendar has date-holidays' dates and names wherever no correction applies`, () => {
      const corrected = new Set(BANK_HOLIDAY_CORRECTIONS.filter((c) => c.divisions.includes(division)).map((c) => c.date));
      const calendar = createCalendar({ division });
      for (let year = 2000; year <= 2099; year++) {
        const upstream = [...upstreamBankHolidays(division, year)]
          .map(([day, name]) => ({ date: formatIsoDate(day), name }))
          .filter((h) => !corrected.has(h.date))
          .sort((a, b) => a.date.localeCompare(b.date));
        const ours = calendar.bankHolidays(year).map(({ date, name }) => ({ date, name })).filter((h) => !corrected.has(h.date));
        expect(ours, `${division} ${year}`).toEqual(upstream);
      }
    });
  }
});
