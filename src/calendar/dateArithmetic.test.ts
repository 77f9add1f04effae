import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, daysBetween, weekdayIndex, weekdayName } from './dateArithmetic.js';
import { InvalidDateError } from './errors.js';
import { parseIsoDate } from './isoDate.js';

describe('addDays', () => {
  it('crosses 29 February in a leap year and not in others', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('crosses a year end: 31 Dec 2024 + 1 = 1 Jan 2025; 0 changes nothing', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-12-31', 0)).toBe('2024-12-31');
  });

  it('rejects a bad date, a non-integer n and a result outside the range', () => {
    expect(() => addDays('2024-02-30', 1)).toThrow('"2024-02-30" is not a valid date');
    expect(() => addDays('2024-02-28', 0.5)).toThrow('0.5 is not a valid number of days: expected an integer');
    expect(() => addDays('2099-12-31', 1)).toThrow('"2099-12-31" + 1 day is outside the supported range 2000-01-01 to 2099-12-31');
    expect(() => addDays('2000-01-01', -1)).toThrow(InvalidDateError);
  });
});

describe('addMonths: same day of the month, clamped to the month end', () => {
  it('31 January + 1 month = 29 February 2024 (leap year)', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
  });

  it('31 January + 1 month = 28 February 2023 (not a leap year)', () => {
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
  });

  it('31 Jan + 3 months = 30 Apr; 15 Nov + 3 months = 15 Feb next year; 30 Jan + 1 month = 29 Feb 2024', () => {
    expect(addMonths('2024-01-31', 3)).toBe('2024-04-30');
    expect(addMonths('2024-11-15', 3)).toBe('2025-02-15');
    expect(addMonths('2024-01-30', 1)).toBe('2024-02-29');
  });

  it('counts back: 31 Mar 2024 - 1 month = 29 Feb; 31 Aug 2024 - 6 months = 29 Feb; 15 Jan 2024 - 1 month = 15 Dec 2023', () => {
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2024-08-31', -6)).toBe('2024-02-29');
    expect(addMonths('2024-01-15', -1)).toBe('2023-12-15');
    expect(addMonths('2024-01-15', -13)).toBe('2022-12-15');
  });

  it('rejects a non-integer n and a result outside the range', () => {
    expect(() => addMonths('2024-01-31', 1.5)).toThrow('1.5 is not a valid number of months');
    expect(() => addMonths('2099-12-15', 1)).toThrow('"2099-12-15" + 1 month is outside the supported range');
    expect(() => addMonths('2000-01-15', -1)).toThrow('"2000-01-15" - 1 month is outside the supported range');
  });
});

describe('addYears', () => {
  it('29 Feb 2024 + 1 year = 28 Feb 2025; + 4 years = 29 Feb 2028; - 1 year = 28 Feb 2023', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2024-02-29', -1)).toBe('2023-02-28');
  });

  it('a child born 15 Mar 2006 turns 18 on 15 Mar 2024', () => {
    expect(addYears('2006-03-15', 18)).toBe('2024-03-15');
  });

  it('rejects a non-integer n and a result outside the range', () => {
    expect(() => addYears('2024-02-29', 0.5)).toThrow('0.5 is not a valid number of years');
    expect(() => addYears('2090-01-01', 10)).toThrow('"2090-01-01" + 10 years is outside the supported range');
    expect(() => addYears('2090-01-01', 1e9)).toThrow('"2090-01-01" + 1000000000 years is outside the supported range');
  });
});

describe('daysBetween', () => {
  it('28 Feb to 1 Mar 2024 = 2 (29 Feb in between); reversed = -2; 2023 = 1', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2024-03-01', '2024-02-28')).toBe(-2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
  });

  it('validates both dates', () => {
    expect(() => daysBetween('2024-02-30', '2024-03-01')).toThrow(InvalidDateError);
    expect(() => daysBetween('2024-03-01', '')).toThrow('"" is not a valid date');
  });
});

describe('weekdayName', () => {
  it('Thu 28 Mar 2024, Wed 25 Dec 2024, Sat 1 Jan 2000, Thu 31 Dec 2099', () => {
    expect(weekdayName('2024-03-28')).toBe('Thu');
    expect(weekdayName('2024-12-25')).toBe('Wed');
    expect(weekdayName('2000-01-01')).toBe('Sat');
    expect(weekdayName('2099-12-31')).toBe('Thu');
    expect(weekdayIndex(parseIsoDate('2024-03-28'))).toBe(4);
  });

  it('rejects a bad date', () => {
    expect(() => weekdayName('24/03/2024')).toThrow('"24/03/2024" is not a valid date: expected YYYY-MM-DD');
  });
});
