import { TZDate, tz } from '@date-fns/tz';
import { InvalidDateError, describeValue, outOfRange } from './errors.js';
import { FIRST_DAY, LAST_DAY, clampedDayNumber, dateParts, formatIsoDate, parseIsoDate } from './isoDate.js';

/**
 * All calendar reasoning happens in this zone (date-semantics.md).
 *
 * @example
 * ```ts
 * new TZDate(2024, 2, 31, LONDON_TIME_ZONE).toISOString(); //=> '2024-03-31T00:00:00.000+00:00'
 * ```
 */
export const LONDON_TIME_ZONE = 'Europe/London';

// Passed explicitly, date-fns style, rather than relying on the process time zone.
const inLondon = tz(LONDON_TIME_ZONE);

// An instant must carry its offset: a bare local time would be ambiguous on the night the
// clocks go back, so it is rejected rather than guessed.
const INSTANT_PATTERN = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
const INSTANT_EXPECTED = 'an ISO 8601 date-time with Z or an offset (2024-03-30T23:30:00Z) or epoch milliseconds';

/**
 * Parses an instant (an ISO 8601 date-time with `Z` or an offset, or epoch milliseconds)
 * into epoch milliseconds.
 *
 * @throws {@link InvalidDateError} for a date-time without an offset, a malformed or
 * impossible one, or a non-finite number.
 * @example
 * ```ts
 * parseInstant('2024-03-30T23:30:00Z'); //=> 1711841400000
 * parseInstant('2024-03-31T00:30:00+01:00'); //=> 1711841400000 (the same instant)
 * ```
 */
export function parseInstant(value: unknown): number {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    throw new InvalidDateError(value, INSTANT_EXPECTED, `${describeValue(value)} is not a valid instant: expected ${INSTANT_EXPECTED}`);
  }
  const match = typeof value === 'string' ? INSTANT_PATTERN.exec(value) : null;
  const ms = match ? Date.parse(value as string) : Number.NaN;
  if (!match || Number.isNaN(ms)) {
    throw new InvalidDateError(value, INSTANT_EXPECTED, `${describeValue(value)} is not a valid instant: expected ${INSTANT_EXPECTED}`);
  }
  // Date.parse rolls some impossible dates over (2023-02-29 becomes 1 March), so check the
  // written date exists. Its range is checked later, on the London date.
  const [year, month, day] = match[1]!.split('-').map(Number) as [number, number, number];
  const monthLength = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > monthLength) {
    throw new InvalidDateError(value, INSTANT_EXPECTED, `${describeValue(value)} is not a valid instant: ${match[1]} is not a calendar date`);
  }
  return ms;
}

/**
 * The Europe/London calendar date of an instant.
 *
 * @param instant - an ISO 8601 date-time with `Z` or an offset, or epoch milliseconds
 * @throws {@link InvalidDateError} for a malformed instant or one whose London date is
 * outside 2000-01-01 to 2099-12-31.
 * @example
 * ```ts
 * londonDateOf('2024-03-30T23:30:00Z'); //=> '2024-03-30' (GMT: London is on UTC)
 * londonDateOf('2024-06-30T23:30:00Z'); //=> '2024-07-01' (BST: 00:30 in London)
 * ```
 */
export function londonDateOf(instant: string | number): string {
  return formatIsoDate(londonDayOf(parseInstant(instant), instant));
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/**
 * British Summer Time in one year as [start, end) epoch ms, read from the time-zone library
 * once per year: the clocks change at 01:00 UTC on the last Sundays of March and October, and
 * the library must confirm both instants. `null` when it does not (a changed rule), and the
 * caller asks the library for every instant of that year instead.
 */
const summerTime = new Map<number, readonly [number, number] | null>();

function lastSundayAt1Utc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

function offsetHours(ms: number): number {
  return -inLondon(ms).getTimezoneOffset() / 60;
}

function summerTimeOf(year: number): readonly [number, number] | null {
  let window = summerTime.get(year);
  if (window === undefined) {
    const start = lastSundayAt1Utc(year, 2);
    const end = lastSundayAt1Utc(year, 9);
    const confirmed =
      offsetHours(start - 1) === 0 && offsetHours(start) === 1 && offsetHours(end - 1) === 1 && offsetHours(end) === 0 &&
      offsetHours(Date.UTC(year, 0, 1)) === 0 && offsetHours(Date.UTC(year, 11, 31, 23)) === 0;
    window = confirmed ? [start, end] : null;
    summerTime.set(year, window);
  }
  return window;
}

/**
 * Internal: the London day number of epoch milliseconds `ms`. `original` is what to name in
 * the error when the date is out of range.
 *
 * @internal
 */
export function londonDayOf(ms: number, original: unknown = ms): number {
  const utcDay = Math.floor(ms / DAY_MS);
  // London keeps GMT from late October to late March, so near the ends of the supported
  // range the UTC day decides whether the London day is in it.
  if (utcDay >= FIRST_DAY && utcDay <= LAST_DAY) {
    const window = summerTimeOf(dateParts(utcDay).year);
    if (window !== null) return ms >= window[0] && ms < window[1] ? Math.floor((ms + HOUR_MS) / DAY_MS) : utcDay;
    const local = inLondon(ms);
    const day = clampedDayNumber(local.getFullYear(), local.getMonth() + 1, local.getDate());
    if (day !== undefined) return day;
  }
  throw outOfRange(original);
}
/**
 * Epoch milliseconds of midnight at the start of a date in London. Midnight always exists
 * there: the clocks change at 01:00 UTC.
 *
 * @example
 * ```ts
 * startOfLondonDay('2024-03-31'); //=> 1711843200000 (2024-03-31T00:00:00Z, GMT)
 * startOfLondonDay('2024-10-27'); //=> 1729983600000 (2024-10-26T23:00:00Z, still BST)
 * ```
 */
export function startOfLondonDay(date: string): number {
  const { year, month, day } = dateParts(parseIsoDate(date));
  return new TZDate(year, month - 1, day, LONDON_TIME_ZONE).getTime();
}

/**
 * Epoch milliseconds of the last millisecond of a date in London (one before the next
 * London midnight), so a 23-hour or 25-hour day is handled.
 *
 * @example
 * ```ts
 * endOfLondonDay('2024-03-31'); //=> 1711925999999 (2024-03-31T22:59:59.999Z, 23:59:59.999 BST)
 * ```
 */
export function endOfLondonDay(date: string): number {
  const { year, month, day } = dateParts(parseIsoDate(date));
  // Day + 1 may be 1 January 2100; TZDate rolls the month and year over.
  return new TZDate(year, month - 1, day + 1, LONDON_TIME_ZONE).getTime() - 1;
}
