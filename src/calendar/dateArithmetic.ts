import { outOfRange, requireInteger } from './errors.js';
import { FIRST_DAY, LAST_DAY, clampedDayNumber, dateParts, formatIsoDate, parseIsoDate } from './isoDate.js';

/** Turns an out-of-range result into an error that names the sum, not just the input. */
function checkResult(dayNumber: number | undefined, date: string, amount: number, unit: string): number {
  if (dayNumber === undefined || dayNumber < FIRST_DAY || dayNumber > LAST_DAY) {
    const sign = amount < 0 ? '-' : '+';
    const units = Math.abs(amount) === 1 ? unit.slice(0, -1) : unit;
    throw outOfRange(date, `${JSON.stringify(date)} ${sign} ${Math.abs(amount)} ${units}`);
  }
  return dayNumber;
}

/**
 * Adds `n` calendar days (negative counts back).
 *
 * @example
 * ```ts
 * addDays('2024-02-28', 1); //=> '2024-02-29'
 * addDays('2024-03-01', -1); //=> '2024-02-29'
 * ```
 */
export function addDays(date: string, n: number): string {
  const day = parseIsoDate(date);
  requireInteger(n, 'days');
  return formatIsoDate(checkResult(day + n, date, n, 'days'));
}

/**
 * Adds `n` calendar months, keeping the day of the month; a day the target month lacks
 * clamps to its last day (31 January + 1 month = 28 or 29 February). Negative `n` counts back.
 *
 * @example
 * ```ts
 * addMonths('2024-01-31', 1); //=> '2024-02-29' (leap year)
 * addMonths('2023-01-31', 1); //=> '2023-02-28'
 * addMonths('2024-03-31', -1); //=> '2024-02-29'
 * ```
 */
export function addMonths(date: string, n: number): string {
  const day = parseIsoDate(date);
  requireInteger(n, 'months');
  return formatIsoDate(checkResult(shiftMonths(day, n), date, n, 'months'));
}

/** The day `months` months on, clamped to the month end; undefined outside 2000-2099. */
/**
 * Internal: a day number moved by whole months, the day clamped to the month's end;
 * `undefined` when the year leaves 2000-2099.
 *
 * @internal
 */
export function shiftMonths(dayNumber: number, months: number): number | undefined {
  const { year, month, day } = dateParts(dayNumber);
  const monthIndex = year * 12 + (month - 1) + months;
  if (!Number.isSafeInteger(monthIndex)) return undefined;
  return clampedDayNumber(Math.floor(monthIndex / 12), (monthIndex % 12 + 12) % 12 + 1, day);
}

/**
 * Adds `n` years as `n * 12` months, so 29 February + 1 year = 28 February.
 *
 * @example
 * ```ts
 * addYears('2024-02-29', 1); //=> '2025-02-28'
 * addYears('2024-02-29', 4); //=> '2028-02-29'
 * ```
 */
export function addYears(date: string, n: number): string {
  const day = parseIsoDate(date);
  requireInteger(n, 'years');
  // Beyond ±100 years the answer is out of range anyway, and n * 12 stays exact.
  const months = Math.abs(n) > 100 ? Math.sign(n) * 1200 : n * 12;
  return formatIsoDate(checkResult(shiftMonths(day, months), date, n, 'years'));
}

/**
 * Calendar days from `from` to `to`: positive when `to` is later, negative when earlier.
 *
 * @example
 * ```ts
 * daysBetween('2024-02-28', '2024-03-01'); //=> 2 (29 February in between)
 * daysBetween('2024-03-01', '2024-02-28'); //=> -2
 * ```
 */
export function daysBetween(from: string, to: string): number {
  return parseIsoDate(to) - parseIsoDate(from);
}

/**
 * Short English weekday names, Sunday first (the order of `Date#getUTCDay`), as used in
 * the engine's `basis` lines.
 *
 * @example
 * ```ts
 * WEEKDAY_NAMES[new Date('2024-03-28').getUTCDay()]; //=> 'Thu'
 * WEEKDAY_NAMES.length; //=> 7
 * ```
 */
export const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/**
 * A short English weekday name, as {@link weekdayName} returns.
 *
 * @example
 * ```ts
 * const day: WeekdayName = weekdayName('2024-03-28'); // 'Thu'
 * ```
 */
export type WeekdayName = (typeof WEEKDAY_NAMES)[number];

/**
 * Day of the week of a day number: 0 = Sunday ... 6 = Saturday. 1970-01-01 (day 0) was a
 * Thursday, hence the + 4.
 *
 * @example
 * ```ts
 * weekdayIndex(parseIsoDate('2024-03-28')); //=> 4 (Thursday)
 * ```
 */
export function weekdayIndex(dayNumber: number): number {
  return (dayNumber + 4) % 7;
}

/**
 * The short English name of the weekday of a date.
 *
 * @example
 * ```ts
 * weekdayName('2024-03-28'); //=> 'Thu'
 * weekdayName('2024-12-25'); //=> 'Wed'
 * ```
 */
export function weekdayName(date: string): WeekdayName {
  return WEEKDAY_NAMES[weekdayIndex(parseIsoDate(date))]!;
}
