import { describe, expect, it } from 'vitest';
import { InvalidDateError, SUPPORTED_RANGE, describeValue, requireInteger } from './errors.js';
import { FIRST_DAY, LAST_DAY, clampedDayNumber, dateParts, formatIsoDate, isIsoDate, parseIsoDate } from './isoDate.js';

describe('parseIsoDate', () => {
  it('2000-01-01 is day 10957: 30 years of 365 days since 1970 plus 7 leap days (1972-1996)', () => {
    expect(parseIsoDate('2000-01-01')).toBe(10957);
    expect(FIRST_DAY).toBe(10957);
  });

  it('2024-03-28 is day 19810: 2024-01-01 is 54 × 365 + 13 leap days = 19723, plus 31 + 29 + 27', () => {
    expect(parseIsoDate('2024-03-28')).toBe(19810);
  });

  it('2099-12-31 is day 47481: 130 × 365 + 32 leap days (1972-2096) to 2100-01-01, minus 1', () => {
    expect(parseIsoDate('2099-12-31')).toBe(47481);
    expect(LAST_DAY).toBe(47481);
  });

  it('accepts 29 February in leap years only (2000 is a leap year: divisible by 400)', () => {
    expect(parseIsoDate('2000-02-29')).toBe(parseIsoDate('2000-02-28') + 1);
    expect(parseIsoDate('2024-02-29')).toBe(parseIsoDate('2024-03-01') - 1);
    expect(() => parseIsoDate('2023-02-29')).toThrow('"2023-02-29" is not a valid date: expected a calendar date as YYYY-MM-DD (February 2023 has 28 days)');
  });

  it('agrees with Date for every day of the supported range', () => {
    for (let day = FIRST_DAY; day <= LAST_DAY; day++) {
      const label = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (parseIsoDate(label) !== day || formatIsoDate(day) !== label) expect.fail(`${day} ${label}`);
    }
  });

  const bad: [unknown, string, string][] = [
    ['2024-02-30', 'a calendar date as YYYY-MM-DD', '"2024-02-30" is not a valid date: expected a calendar date as YYYY-MM-DD (February 2024 has 29 days)'],
    ['2024-04-31', 'a calendar date as YYYY-MM-DD', '"2024-04-31" is not a valid date: expected a calendar date as YYYY-MM-DD (April 2024 has 30 days)'],
    ['2024-13-01', 'a calendar date as YYYY-MM-DD', '"2024-13-01" is not a valid date: expected a calendar date as YYYY-MM-DD'],
    ['2024-00-10', 'a calendar date as YYYY-MM-DD', '"2024-00-10" is not a valid date: expected a calendar date as YYYY-MM-DD'],
    ['2024-03-00', 'a calendar date as YYYY-MM-DD', '"2024-03-00" is not a valid date: expected a calendar date as YYYY-MM-DD'],
    ['24/03/2024', 'YYYY-MM-DD', '"24/03/2024" is not a valid date: expected YYYY-MM-DD'],
    ['', 'YYYY-MM-DD', '"" is not a valid date: expected YYYY-MM-DD'],
    ['2024-3-24', 'YYYY-MM-DD', '"2024-3-24" is not a valid date: expected YYYY-MM-DD'],
    [' 2024-03-24', 'YYYY-MM-DD', '" 2024-03-24" is not a valid date: expected YYYY-MM-DD'],
    ['2024-03-24T10:00:00Z', 'YYYY-MM-DD', '"2024-03-24T10:00:00Z" is not a valid date: expected YYYY-MM-DD'],
    ['2024-0a-24', 'YYYY-MM-DD', '"2024-0a-24" is not a valid date: expected YYYY-MM-DD'],
    ['2024/03/24', 'YYYY-MM-DD', '"2024/03/24" is not a valid date: expected YYYY-MM-DD'],
    [null, 'a date string as YYYY-MM-DD', 'null is not a valid date: expected a date string as YYYY-MM-DD'],
    [undefined, 'a date string as YYYY-MM-DD', 'undefined is not a valid date: expected a date string as YYYY-MM-DD'],
    [20240324, 'a date string as YYYY-MM-DD', '20240324 is not a valid date: expected a date string as YYYY-MM-DD'],
    [new Date(Date.UTC(2024, 2, 24)), 'a date string as YYYY-MM-DD', 'a Date (2024-03-24T00:00:00.000Z) is not a valid date: expected a date string as YYYY-MM-DD'],
    ['1890-01-01', 'a date from 2000-01-01 to 2099-12-31', '"1890-01-01" is outside the supported range 2000-01-01 to 2099-12-31'],
    ['1999-12-31', 'a date from 2000-01-01 to 2099-12-31', '"1999-12-31" is outside the supported range 2000-01-01 to 2099-12-31'],
    ['2100-01-01', 'a date from 2000-01-01 to 2099-12-31', '"2100-01-01" is outside the supported range 2000-01-01 to 2099-12-31'],
  ];

  it.each(bad)('rejects %j: expected %s', (value, expected, message) => {
    let error: unknown;
    try {
      parseIsoDate(value);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidDateError);
    expect(error).toBeInstanceOf(Error);
    expect((error as InvalidDateError).name).toBe('InvalidDateError');
    expect((error as InvalidDateError).message).toBe(message);
    expect((error as InvalidDateError).value).toBe(value);
    expect((error as InvalidDateError).expected).toBe(expected);
  });
});

describe('formatIsoDate', () => {
  it('formats day numbers, as in the TSDoc example', () => {
    expect(formatIsoDate(19810)).toBe('2024-03-28');
    expect(formatIsoDate(parseIsoDate('2024-03-28') + 1)).toBe('2024-03-29');
  });

  it('rejects non-integers and days outside the range', () => {
    expect(() => formatIsoDate(19810.5)).toThrow('19810.5 is not a valid day number');
    expect(() => formatIsoDate(Number.NaN)).toThrow(InvalidDateError);
    expect(() => formatIsoDate(0)).toThrow('day number 0 is outside the supported range 2000-01-01 to 2099-12-31');
    expect(() => formatIsoDate(LAST_DAY + 1)).toThrow(InvalidDateError);
  });
});

describe('isIsoDate', () => {
  it('is true only for real dates in range, and never throws', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('24/03/2024')).toBe(false);
    expect(isIsoDate(null)).toBe(false);
    expect(isIsoDate('1999-12-31')).toBe(false);
  });
});

describe('internal helpers', () => {
  it('dateParts and clampedDayNumber', () => {
    expect(dateParts(parseIsoDate('2024-02-29'))).toEqual({ year: 2024, month: 2, day: 29 });
    expect(formatIsoDate(clampedDayNumber(2023, 2, 31)!)).toBe('2023-02-28');
    expect(clampedDayNumber(2100, 1, 1)).toBeUndefined();
  });

  it('describeValue quotes strings and shortens long values', () => {
    expect(describeValue('2024-02-30')).toBe('"2024-02-30"');
    expect(describeValue(null)).toBe('null');
    expect(describeValue({ date: '2024-03-28' })).toBe('{"date":"2024-03-28"}');
    expect(describeValue('x'.repeat(100))).toHaveLength(60);
  });

  it('requireInteger', () => {
    expect(requireInteger(15, 'working days')).toBe(15);
    expect(() => requireInteger(1.5, 'working days')).toThrow('1.5 is not a valid number of working days: expected an integer');
  });

  it('SUPPORTED_RANGE', () => {
    expect(SUPPORTED_RANGE).toEqual({ first: '2000-01-01', last: '2099-12-31' });
  });
});
