import { InvalidDateError, describeValue, outOfRange } from './errors.js';

// Dates are handled as "day numbers": whole days since 1970-01-01 (UTC has no DST, so a day
// number is a pure calendar date). Everything is table-driven over 2000-2099 so that parsing
// and formatting never touch Date or a regex on the hot path.

const FIRST_YEAR = 2000;
const YEARS = 100;
const MONTHS = YEARS * 12;

/**
 * Day number of 2000-01-01 (30 years of 365 days plus 7 leap days since 1970).
 *
 * @example
 * ```ts
 * formatIsoDate(FIRST_DAY); //=> '2000-01-01'
 * ```
 */
export const FIRST_DAY = 10957;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// MONTH_START[i] is the day number of the 1st of month i (i = (year - 2000) * 12 + month - 1);
// the extra last entry is 2100-01-01, so MONTH_START[i + 1] - MONTH_START[i] is the length.
const MONTH_START = new Int32Array(MONTHS + 1);
{
  let day = FIRST_DAY;
  for (let i = 0; i < MONTHS; i++) {
    MONTH_START[i] = day;
    day += daysInMonth(FIRST_YEAR + Math.floor(i / 12), (i % 12) + 1);
  }
  MONTH_START[MONTHS] = day;
}

/**
 * Day number of 2099-12-31, the last supported date.
 *
 * @example
 * ```ts
 * formatIsoDate(LAST_DAY); //=> '2099-12-31'
 * ```
 */
export const LAST_DAY = MONTH_START[MONTHS]! - 1;

/**
 * Number of supported days; day number d lives at index d - FIRST_DAY in every table.
 *
 * @example
 * ```ts
 * DAY_COUNT; //=> 36525 (100 years, 25 of them leap years)
 * ```
 */
export const DAY_COUNT = LAST_DAY - FIRST_DAY + 1;

// Built on first use: the YYYY-MM-DD label and the month index of every supported day.
let labels: string[] | undefined;
let monthIndexOfDay: Int16Array | undefined;

function buildDayTables(): void {
  const names: string[] = new Array<string>(DAY_COUNT);
  const months = new Int16Array(DAY_COUNT);
  for (let i = 0; i < MONTHS; i++) {
    const year = FIRST_YEAR + Math.floor(i / 12);
    const month = (i % 12) + 1;
    const start = MONTH_START[i]! - FIRST_DAY;
    const length = MONTH_START[i + 1]! - MONTH_START[i]!;
    for (let d = 1; d <= length; d++) {
      // fromCharCode makes a flat string; concatenation would leave a rope that is slower
      // to read back when the engine feeds a due date into the next calculation.
      names[start + d - 1] = String.fromCharCode(
        50, 48, 48 + Math.floor((year % 100) / 10), 48 + (year % 10), 45,
        48 + Math.floor(month / 10), 48 + (month % 10), 45,
        48 + Math.floor(d / 10), 48 + (d % 10),
      );
      months[start + d - 1] = i;
    }
  }
  labels = names;
  monthIndexOfDay = months;
}

/**
 * Parses a `YYYY-MM-DD` date into a day number (whole days since 1970-01-01). Accepts only
 * real calendar dates from 2000-01-01 to 2099-12-31, the supported range.
 *
 * @throws {@link InvalidDateError} for anything else: a non-string, another format, a day
 * that does not exist, or a date outside the supported range.
 * @example
 * ```ts
 * parseIsoDate('2024-03-28'); //=> 19810
 * parseIsoDate('2024-02-30'); // throws: "2024-02-30" is not a valid date: expected a calendar date as YYYY-MM-DD (February 2024 has 29 days)
 * ```
 */
export function parseIsoDate(value: unknown): number {
  // Hot path: character codes only. Anything unusual falls through to dateError, which
  // works out what exactly is wrong.
  if (typeof value === 'string' && value.length === 10 && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45) {
    const y0 = value.charCodeAt(0) - 48;
    const y1 = value.charCodeAt(1) - 48;
    const y2 = value.charCodeAt(2) - 48;
    const y3 = value.charCodeAt(3) - 48;
    const m0 = value.charCodeAt(5) - 48;
    const m1 = value.charCodeAt(6) - 48;
    const d0 = value.charCodeAt(8) - 48;
    const d1 = value.charCodeAt(9) - 48;
    // (x >>> 0) <= 9 is true exactly for the digits 0-9 (a negative x wraps to a huge number).
    if (((y0 >>> 0) <= 9 && (y1 >>> 0) <= 9 && (y2 >>> 0) <= 9 && (y3 >>> 0) <= 9 &&
         (m0 >>> 0) <= 9 && (m1 >>> 0) <= 9 && (d0 >>> 0) <= 9 && (d1 >>> 0) <= 9)) {
      const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
      const month = m0 * 10 + m1;
      const day = d0 * 10 + d1;
      if (year >= FIRST_YEAR && year < FIRST_YEAR + YEARS && month >= 1 && month <= 12 && day >= 1) {
        const index = (year - FIRST_YEAR) * 12 + month - 1;
        const start = MONTH_START[index]!;
        if (day <= MONTH_START[index + 1]! - start) return start + day - 1;
      }
    }
  }
  throw dateError(value);
}

/** The precise error for a value the hot path rejected. */
function dateError(value: unknown): InvalidDateError {
  if (typeof value !== 'string') return new InvalidDateError(value, 'a date string as YYYY-MM-DD');
  const digits = [0, 1, 2, 3, 5, 6, 8, 9].every((i) => value.charCodeAt(i) >= 48 && value.charCodeAt(i) <= 57);
  if (value.length !== 10 || value[4] !== '-' || value[7] !== '-' || !digits) {
    return new InvalidDateError(value, 'YYYY-MM-DD');
  }
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    const detail = month >= 1 && month <= 12 && day >= 1 ? ` (${MONTH_NAMES[month - 1]} ${year} has ${daysInMonth(year, month)} days)` : '';
    return new InvalidDateError(
      value,
      'a calendar date as YYYY-MM-DD',
      `${describeValue(value)} is not a valid date: expected a calendar date as YYYY-MM-DD${detail}`,
    );
  }
  return outOfRange(value);
}

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/**
 * True when `value` is a `YYYY-MM-DD` string naming a real date in the supported range
 * (2000-01-01 to 2099-12-31). Never throws.
 *
 * @example
 * ```ts
 * isIsoDate('2024-02-29'); //=> true
 * isIsoDate('2023-02-29'); //=> false
 * isIsoDate('24/03/2024'); //=> false
 * ```
 */
export function isIsoDate(value: unknown): value is string {
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Formats a day number (days since 1970-01-01) as `YYYY-MM-DD`.
 *
 * @throws {@link InvalidDateError} when the day number is not an integer or falls outside
 * 2000-01-01 to 2099-12-31.
 * @example
 * ```ts
 * formatIsoDate(19810); //=> '2024-03-28'
 * formatIsoDate(parseIsoDate('2024-03-28') + 1); //=> '2024-03-29'
 * ```
 */
export function formatIsoDate(dayNumber: number): string {
  if (labels === undefined) buildDayTables();
  // A non-integer or out-of-range index reads undefined, so one lookup also validates.
  const label = labels![dayNumber - FIRST_DAY];
  if (label !== undefined) return label;
  if (!Number.isInteger(dayNumber)) {
    throw new InvalidDateError(
      dayNumber,
      'an integer day number',
      `${describeValue(dayNumber)} is not a valid day number: expected an integer count of days since 1970-01-01`,
    );
  }
  throw outOfRange(dayNumber, `day number ${dayNumber}`);
}

/**
 * Splits an in-range day number into year, month (1-12) and day of month. Internal helper
 * for month arithmetic; the caller guarantees the range.
 *
 * @example
 * ```ts
 * dateParts(parseIsoDate('2024-02-29')); //=> { year: 2024, month: 2, day: 29 }
 * ```
 */
export function dateParts(dayNumber: number): { year: number; month: number; day: number } {
  if (monthIndexOfDay === undefined) buildDayTables();
  const index = monthIndexOfDay![dayNumber - FIRST_DAY]!;
  return {
    year: FIRST_YEAR + Math.floor(index / 12),
    month: (index % 12) + 1,
    day: dayNumber - MONTH_START[index]! + 1,
  };
}

/**
 * Day number of a year, month (1-12) and day, with the day clamped to the month's last day
 * (so 31 February means 28 or 29 February). Returns `undefined` when the year is outside
 * 2000-2099.
 *
 * @example
 * ```ts
 * formatIsoDate(clampedDayNumber(2023, 2, 31)!); //=> '2023-02-28'
 * clampedDayNumber(2100, 1, 1); //=> undefined
 * ```
 */
export function clampedDayNumber(year: number, month: number, day: number): number | undefined {
  if (year < FIRST_YEAR || year >= FIRST_YEAR + YEARS) return undefined;
  const index = (year - FIRST_YEAR) * 12 + month - 1;
  const length = MONTH_START[index + 1]! - MONTH_START[index]!;
  return MONTH_START[index]! + Math.min(day, length) - 1;
}
