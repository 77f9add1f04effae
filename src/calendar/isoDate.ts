import { InvalidDateError, describeValue, outOfRange } from './errors.js';

// Dates are handled as "day numbers": whole days since 1970-01-01 (UTC has no DST, so a day
// number is a pure calendar date). Everything is table-driven over 2000-2099 so that parsing
// and formatting never touch Date or a regex on the hot path.

const FIRST_YEAR = 2000;
const YEARS = 100;
const MONTHS = YEARS * 12;

/** Day number of 2000-01-01 (30 years of 365 days plus 7 leap days since 1970). */
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

/** Day number of 2099-12-31, the last supported date. */
export const LAST_DAY = MONTH_START[MONTHS]! - 1;

/** Number of supported days; day number d lives at index d - FIRST_DAY in every table. */
export const DAY_COUNT = LAST_DAY - FIRST_DAY + 1;

// Built on first use: the YYYY-MM-DD label and the month index of every supported day.
let labels: string[] | undefined;
let monthIndexOfDay: Int16Array | undefined;

function buildDayTables(): void {
  const names: string[] = new Array<string>(DAY_COUNT);
  const months = new Int16Array(DAY_COUNT);
  for (let i = 0; i < MONTHS; i++) {
    const prefix = `${FIRST_YEAR + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-`;
    const start = MONTH_START[i]! - FIRST_DAY;
    const length = MONTH_START[i + 1]! - MONTH_START[i]!;
    for (let d = 0; d < length; d++) {
      names[start + d] = prefix + String(d + 1).padStart(2, '0');
      months[start + d] = i;
    }
  }
  labels = names;
  monthIndexOfDay = months;
}

// A non-digit maps to a large negative number so a sum of digits goes negative.
function digitAt(text: string, index: number): number {
  const c = text.charCodeAt(index) - 48;
  return c >= 0 && c <= 9 ? c : -1e6;
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
  if (typeof value !== 'string') {
    throw new InvalidDateError(value, 'a date string as YYYY-MM-DD');
  }
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) {
    throw new InvalidDateError(value, 'YYYY-MM-DD');
  }
  const year = digitAt(value, 0) * 1000 + digitAt(value, 1) * 100 + digitAt(value, 2) * 10 + digitAt(value, 3);
  const month = digitAt(value, 5) * 10 + digitAt(value, 6);
  const day = digitAt(value, 8) * 10 + digitAt(value, 9);
  if (year < 0 || month < 0 || day < 0) throw new InvalidDateError(value, 'YYYY-MM-DD');
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    const detail =
      month >= 1 && month <= 12 && day >= 1
        ? ` (${MONTH_NAMES[month - 1]} ${year} has ${daysInMonth(year, month)} days)`
        : '';
    throw new InvalidDateError(
      value,
      'a calendar date as YYYY-MM-DD',
      `${describeValue(value)} is not a valid date: expected a calendar date as YYYY-MM-DD${detail}`,
    );
  }
  if (year < FIRST_YEAR || year >= FIRST_YEAR + YEARS) throw outOfRange(value);
  return MONTH_START[(year - FIRST_YEAR) * 12 + month - 1]! + day - 1;
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
  if (!Number.isInteger(dayNumber)) {
    throw new InvalidDateError(
      dayNumber,
      'an integer day number',
      `${describeValue(dayNumber)} is not a valid day number: expected an integer count of days since 1970-01-01`,
    );
  }
  if (dayNumber < FIRST_DAY || dayNumber > LAST_DAY) {
    throw outOfRange(dayNumber, `day number ${dayNumber}`);
  }
  if (labels === undefined) buildDayTables();
  return labels![dayNumber - FIRST_DAY]!;
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
