// The engine's day-number arithmetic must give exactly what the calendar's public dueAfter /
// dueBefore give (those are tested against hand-worked dates in src/calendar). Swept here over
// every unit, a range of amounts and start days across 2019-2028, in England and Scotland and
// with closures, including the one-off holidays (2022-09-19, 2023-05-08).
import { describe, expect, it } from 'vitest';
import { createCalendar, dueAfter, dueBefore, formatIsoDate, parseIsoDate } from '../calendar/index.js';
import type { Calendar, DurationUnit } from '../calendar/index.js';
import { computeDueDay, holidaysPassed, isoInstant } from './dueDates.js';

const UNITS: DurationUnit[] = ['hours', 'working_days', 'days', 'weeks', 'months', 'years', 'same_day', 'same_working_day'];
const AMOUNTS: Record<DurationUnit, number[]> = {
  hours: [0, 1, 2, 23, 24, 25, 48, 72],
  working_days: [0, 1, 2, 5, 10, 15, 20, 45],
  days: [0, 1, 5, 7, 28, 31],
  weeks: [1, 2, 6],
  months: [1, 3, 6, 12],
  years: [1, 2],
  same_day: [0],
  same_working_day: [0],
};

function sweep(calendar: Calendar, label: string): void {
  it(`${label}: every unit, forward and back, from every 3rd day 2019-2028 (and timed starts for hours)`, () => {
    const wrong: string[] = [];
    for (let day = parseIsoDate('2019-01-01'); day <= parseIsoDate('2028-12-31'); day += 3) {
      const date = formatIsoDate(day);
      for (const unit of UNITS) {
        for (const amount of AMOUNTS[unit]) {
          for (const before of [false, true]) {
            // 23:30 UTC: in summer that is already the next day in London.
            const starts = unit === 'hours' ? [undefined, day * 86_400_000 + 23.5 * 3_600_000] : [undefined];
            for (const instant of starts) {
              const expected = (before ? dueBefore : dueAfter)(calendar, { date, instant }, amount, unit);
              const t = { amount, unit, before: before ? 'meeting' : undefined };
              const got = computeDueDay(calendar, { date, day, instant }, t);
              const holidays = holidaysPassed(calendar, { date, day, instant }, t, got);
              if (got.date !== expected.date || got.day !== parseIsoDate(expected.date) || got.instant !== expected.instant ||
                  JSON.stringify(holidays) !== JSON.stringify(expected.holidaysInRange)) {
                wrong.push(`${date}${instant ? ' 23:30Z' : ''} ${before ? '-' : '+'} ${amount} ${unit}: ${got.date} vs ${expected.date}`);
              }
            }
          }
        }
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });
}

describe('computeDueDay and holidaysPassed agree with dueAfter / dueBefore', () => {
  sweep(createCalendar(), 'England and Wales');
  sweep(createCalendar({ division: 'scotland' }), 'Scotland');
  sweep(createCalendar({ closures: ['2024-12-27', '2024-12-30', '2024-12-31', '2022-09-20'] }), 'England with closures');

  it('the one-off bank holiday for the Queen\'s funeral: Fri 2022-09-16 + 1 working day = Tue 2022-09-20', () => {
    const calendar = createCalendar();
    const from = { date: '2022-09-16', day: parseIsoDate('2022-09-16') };
    const due = computeDueDay(calendar, from, { amount: 1, unit: 'working_days' });
    expect(due.date).toBe('2022-09-20');
    expect(holidaysPassed(calendar, from, { amount: 1, unit: 'working_days' }, due).map((h) => h.date)).toEqual(['2022-09-19']);
  });

  it('out of range: the calendar\'s own error, not a wrong date', () => {
    const calendar = createCalendar();
    expect(() => computeDueDay(calendar, { date: '2099-12-30', day: parseIsoDate('2099-12-30') }, { amount: 5, unit: 'working_days' })).toThrow(/outside the supported range/);
    expect(() => computeDueDay(calendar, { date: '2000-01-10', day: parseIsoDate('2000-01-10') }, { amount: 1, unit: 'months', before: 'x' })).toThrow(/outside the supported range/);
  });
});

describe('isoInstant', () => {
  it('matches Date#toISOString, milliseconds included, across the range and at its edges', () => {
    const samples = [0, 946_684_800_000, 946_684_800_001, 1_711_841_400_123, 4_102_444_799_999, 4_102_444_800_000, -1];
    for (let ms = 946_684_800_000; ms < 4_102_444_800_000; ms += 3_333_333_337) samples.push(ms, ms + 7, ms + 99, ms + 100);
    expect(samples.filter((ms) => isoInstant(ms) !== new Date(ms).toISOString())).toEqual([]);
  });
});
