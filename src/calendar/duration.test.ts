import { describe, expect, it } from 'vitest';
import { createCalendar } from './calendar.js';
import { dueAfter, dueBefore, type DurationUnit } from './duration.js';
import { InvalidDateError } from './errors.js';

const calendar = createCalendar();
const HOUR = 3_600_000;
const at = (iso: string) => Date.parse(iso);

describe('hours from an instant: elapsed time, whatever the clocks do', () => {
  it('23:30 GMT Sat 30 Mar 2024 + 24 hours = 23:30 UTC on the 31st = 00:30 BST Mon 1 April', () => {
    const due = dueAfter(calendar, { date: '2024-03-30', instant: at('2024-03-30T23:30:00Z') }, 24, 'hours');
    expect(due).toEqual({ date: '2024-04-01', instant: at('2024-03-31T23:30:00Z'), holidaysInRange: [] });
  });

  it('00:30 BST Sun 27 Oct 2024 + 24 hours = 23:30 GMT the same Sunday (a 25-hour day)', () => {
    const due = dueAfter(calendar, { date: '2024-10-27', instant: at('2024-10-26T23:30:00Z') }, 24, 'hours');
    expect(due.date).toBe('2024-10-27');
    expect(due.instant! - at('2024-10-26T23:30:00Z')).toBe(24 * HOUR);
  });

  it('00:30 GMT Sun 31 Mar 2024 + 2 hours = 03:30 BST: exactly 2 hours, not 3 on the clock', () => {
    const due = dueAfter(calendar, { date: '2024-03-31', instant: at('2024-03-31T00:30:00Z') }, 2, 'hours');
    expect(due).toEqual({ date: '2024-03-31', instant: at('2024-03-31T02:30:00Z'), holidaysInRange: [] });
  });

  it('counting back: 48 hours before 09:00 BST Mon 1 Apr 2024 is 08:00 GMT Sat 30 Mar', () => {
    const due = dueBefore(calendar, { date: '2024-04-01', instant: at('2024-04-01T08:00:00Z') }, 48, 'hours');
    expect(due).toEqual({ date: '2024-03-30', instant: at('2024-03-30T08:00:00Z'), holidaysInRange: [] });
  });
});

describe('hours from a date: from the start of the London day, due by the end of the day it lands in', () => {
  it.each([
    ['2024-03-28', 0, '2024-03-28'],
    ['2024-03-28', 2, '2024-03-28'],
    ['2024-03-28', 23, '2024-03-28'],
    ['2024-03-28', 24, '2024-03-29'],
    ['2024-03-28', 48, '2024-03-30'],
    ['2024-03-28', 72, '2024-03-31'],
    // The clock-change days: still D for 2 hours and D + 1 for 24 hours.
    ['2024-03-31', 2, '2024-03-31'],
    ['2024-03-31', 24, '2024-04-01'],
    ['2024-10-27', 2, '2024-10-27'],
    ['2024-10-27', 24, '2024-10-28'],
  ])('%s + %i hours → %s', (date, hours, expected) => {
    expect(dueAfter(calendar, { date }, hours, 'hours')).toEqual({ date: expected, holidaysInRange: [] });
  });

  it.each([
    ['2024-04-10', 48, '2024-04-08', '48 hours before a Wednesday conference is the Monday'],
    ['2024-04-10', 2, '2024-04-09', '2 hours before the start of Wednesday is Tuesday evening'],
    ['2024-04-10', 24, '2024-04-09', '24 hours before is the start of Tuesday'],
    ['2024-04-10', 25, '2024-04-08', '25 hours before is Monday 23:00'],
    ['2024-04-01', 24, '2024-03-31', 'across the spring change'],
    ['2024-10-28', 24, '2024-10-27', 'across the autumn change'],
    ['2024-04-10', 0, '2024-04-10', 'zero hours'],
  ])('%s - %i hours → %s (%s)', (date, hours, expected) => {
    expect(dueBefore(calendar, { date }, hours, 'hours')).toEqual({ date: expected, holidaysInRange: [] });
  });
});

describe('working days', () => {
  it('strategy discussion Thu 28 Mar 2024 + 15 working days = Mon 22 Apr, passing over Good Friday and Easter Monday', () => {
    const due = dueAfter(calendar, { date: '2024-03-28' }, 15, 'working_days');
    expect(due.date).toBe('2024-04-22');
    expect(due.instant).toBeUndefined();
    expect(due.holidaysInRange.map((h) => [h.date, h.name])).toEqual([
      ['2024-03-29', 'Good Friday'],
      ['2024-04-01', 'Easter Monday'],
    ]);
  });

  it('an instant trigger counts from its date: 18:00 BST Thu 28 Mar + 15 working days = Mon 22 Apr', () => {
    expect(dueAfter(calendar, { date: '2024-03-28', instant: at('2024-03-28T17:00:00Z') }, 15, 'working_days').date).toBe('2024-04-22');
  });

  it('the day-1 convention can be passed through: Thu 28 Mar + 15 = Fri 19 Apr', () => {
    expect(dueAfter(calendar, { date: '2024-03-28' }, 15, 'working_days', { convention: 'trigger-is-day-1' }).date).toBe('2024-04-19');
  });

  it('5 working days before Wed 3 Apr 2024 = Mon 25 Mar (Tue 2, Thu 28, Wed 27, Tue 26, Mon 25; Easter skipped)', () => {
    const due = dueBefore(calendar, { date: '2024-04-03' }, 5, 'working_days');
    expect(due.date).toBe('2024-03-25');
    expect(due.holidaysInRange.map((h) => h.name)).toEqual(['Good Friday', 'Easter Monday']);
  });

  it('closures appear among the holidays passed over', () => {
    const council = createCalendar({ closures: ['2024-12-27'] });
    const due = dueAfter(council, { date: '2024-12-24' }, 1, 'working_days');
    expect(due.date).toBe('2024-12-30');
    expect(due.holidaysInRange.map((h) => h.kind)).toEqual(['bank-holiday', 'bank-holiday', 'closure']);
  });
});

describe('calendar units', () => {
  it.each<[string, number, DurationUnit, string, string]>([
    ['2024-02-28', 1, 'days', '2024-02-29', 'leap day'],
    ['2023-02-28', 1, 'days', '2023-03-01', 'no leap day'],
    ['2024-03-28', 6, 'weeks', '2024-05-09', '42 days: 3 left in March, 30 in April, 9 in May'],
    ['2024-01-31', 1, 'months', '2024-02-29', '31 January + 1 month in a leap year'],
    ['2023-01-31', 1, 'months', '2023-02-28', '31 January + 1 month in a non-leap year'],
    ['2024-01-31', 3, 'months', '2024-04-30', 'April has 30 days'],
    ['2024-02-29', 1, 'years', '2025-02-28', '29 February + 1 year'],
    ['2006-03-15', 18, 'years', '2024-03-15', '18th birthday'],
    ['2024-03-30', 0, 'same_day', '2024-03-30', 'same day, even a Saturday'],
    ['2024-03-28', 0, 'same_working_day', '2024-03-28', 'a working day is itself'],
  ])('%s + %i %s = %s (%s)', (date, amount, unit, expected) => {
    expect(dueAfter(calendar, { date }, amount, unit)).toEqual({ date: expected, holidaysInRange: [] });
  });

  it.each<[string, number, DurationUnit, string, string]>([
    ['2024-03-01', 1, 'days', '2024-02-29', 'leap day'],
    ['2024-05-09', 6, 'weeks', '2024-03-28', 'six weeks back'],
    ['2024-03-31', 1, 'months', '2024-02-29', 'clamped'],
    ['2024-08-31', 6, 'months', '2024-02-29', 'clamped'],
    ['2025-02-28', 1, 'years', '2024-02-28', 'the 28th exists in 2024'],
    ['2024-03-30', 0, 'same_day', '2024-03-30', 'same day'],
    ['2024-03-28', 0, 'same_working_day', '2024-03-28', 'a working day is itself'],
  ])('%s - %i %s = %s (%s)', (date, amount, unit, expected) => {
    expect(dueBefore(calendar, { date }, amount, unit)).toEqual({ date: expected, holidaysInRange: [] });
  });

  it('same_working_day from Sat 30 Mar 2024 is Tue 2 Apr, passing over Easter Monday', () => {
    const due = dueAfter(calendar, { date: '2024-03-30' }, 0, 'same_working_day');
    expect(due.date).toBe('2024-04-02');
    expect(due.holidaysInRange.map((h) => h.name)).toEqual(['Easter Monday']);
    expect(dueAfter(calendar, { date: '2024-03-29' }, 0, 'same_working_day').holidaysInRange.map((h) => h.name)).toEqual(['Good Friday', 'Easter Monday']);
  });

  it('same_working_day counting back from Easter Monday 2024 is Thu 28 Mar', () => {
    const due = dueBefore(calendar, { date: '2024-04-01' }, 0, 'same_working_day');
    expect(due.date).toBe('2024-03-28');
    expect(due.holidaysInRange.map((h) => h.name)).toEqual(['Good Friday', 'Easter Monday']);
  });
});

describe('bad input', () => {
  it('rejects a bad date, a bad instant, a non-integer or negative amount and an unknown unit', () => {
    expect(() => dueAfter(calendar, { date: '2024-02-30' }, 1, 'days')).toThrow('"2024-02-30" is not a valid date');
    expect(() => dueAfter(calendar, { date: '2024-03-28', instant: Number.NaN }, 1, 'hours')).toThrow(InvalidDateError);
    expect(() => dueAfter(calendar, { date: '2024-03-28' }, 1.5, 'working_days')).toThrow('1.5 is not a valid number of working days: expected an integer');
    expect(() => dueAfter(calendar, { date: '2024-03-28' }, -1, 'days')).toThrow('-1 is not a valid amount of days: use dueBefore to count back');
    expect(() => dueBefore(calendar, { date: '2024-03-28' }, -1, 'days')).toThrow(InvalidDateError);
    // @ts-expect-error: not a unit
    expect(() => dueAfter(calendar, { date: '2024-03-28' }, 1, 'fortnights')).toThrow(TypeError);
    // @ts-expect-error: not a moment
    expect(() => dueAfter(calendar, null, 1, 'days')).toThrow('null is not a valid moment');
    // @ts-expect-error: a bare string is not a moment
    expect(() => dueBefore(calendar, '2024-03-28', 1, 'days')).toThrow(InvalidDateError);
  });

  it('a due date past the supported range throws', () => {
    expect(() => dueAfter(calendar, { date: '2099-12-01' }, 2, 'months')).toThrow('outside the supported range');
    expect(() => dueAfter(calendar, { date: '2099-12-31' }, 24, 'hours')).toThrow('outside the supported range');
  });
});
