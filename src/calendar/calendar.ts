import { InvalidDateError, describeValue, outOfRange } from './errors.js';
import { weekdayIndex } from './dateArithmetic.js';
import { DIVISIONS, OFFICIAL_THROUGH, type BankHoliday, type Division } from './division.js';
import { holidayTable, type HolidayTable } from './holidays.js';
import { FIRST_DAY, formatIsoDate, parseIsoDate } from './isoDate.js';
import { buildWorkingDayTable, type WorkingDayTable } from './workingDayTable.js';

/**
 * How the trigger day counts in working-day arithmetic.
 *
 * - `trigger-is-day-0` (default, date-semantics.md): the trigger date is day 0 even when it
 *   is a working day, so day 1 is the next working day after it. A trigger on a weekend or
 *   holiday makes the next working day day 1. `workingDaysBetween(from, to)` counts working
 *   days d with from < d <= to.
 * - `trigger-is-day-1` (the DfE census validator's convention): a trigger on a working day
 *   is itself day 1, so every count lands one working day earlier than the default; a
 *   trigger on a non-working day gives the same answer as the default. Counting back, the
 *   trigger is likewise day -1. `workingDaysBetween` counts both ends (working days d with
 *   from <= d <= to, negated when to < from), like a spreadsheet's NETWORKDAYS. A count of
 *   0 has no meaning here and returns the date unchanged.
 *
 * @example
 * ```ts
 * const calendar = createCalendar();
 * calendar.addWorkingDays('2024-03-04', 15); //=> '2024-03-25' (Mon + 15)
 * calendar.addWorkingDays('2024-03-04', 15, { convention: 'trigger-is-day-1' }); //=> '2024-03-22'
 * ```
 */
export type WorkingDayConvention = 'trigger-is-day-0' | 'trigger-is-day-1';

/**
 * Options for working-day arithmetic.
 *
 * @example
 * ```ts
 * createCalendar().workingDaysBetween('2024-03-04', '2024-03-22', { convention: 'trigger-is-day-1' }); //=> 15
 * ```
 */
export interface WorkingDayOptions {
  /** Defaults to `trigger-is-day-0`. */
  readonly convention?: WorkingDayConvention;
}

/**
 * Options for {@link createCalendar}.
 *
 * @example
 * ```ts
 * const options: CalendarOptions = { division: 'scotland', closures: ['2024-12-27'] };
 * createCalendar(options).isWorkingDay('2024-12-27'); //=> false
 * ```
 */
export interface CalendarOptions {
  /** Whose bank holidays apply. Defaults to `england-and-wales`. */
  readonly division?: Division;
  /** Extra non-working dates (`YYYY-MM-DD`), such as an authority's Christmas closure. */
  readonly closures?: readonly string[];
}

/**
 * A UK working-day calendar: Monday to Friday, less the division's bank holidays, less any
 * closure days. Dates are `YYYY-MM-DD` strings from 2000-01-01 to 2099-12-31; anything else
 * throws {@link InvalidDateError}. Every method is O(1) apart from the holiday listings.
 *
 * @example
 * ```ts
 * const calendar = createCalendar({ division: 'england-and-wales' });
 * // Strategy discussion Thu 28 March 2024: Good Friday and Easter Monday are skipped.
 * calendar.addWorkingDays('2024-03-28', 15); //=> '2024-04-22'
 * ```
 */
export interface Calendar {
  /** Whose bank holidays apply. */
  readonly division: Division;
  /** The closure dates this calendar was created with, sorted, without duplicates. */
  readonly closures: readonly string[];
  /** The last year checked against the official list (2028); later years are projected. */
  readonly officialThrough: number;

  /**
   * True for a Monday to Friday that is neither a bank holiday nor a closure.
   *
   * @example
   * ```ts
   * createCalendar().isWorkingDay('2024-03-29'); //=> false (Good Friday)
   * ```
   */
  isWorkingDay(date: string): boolean;

  /**
   * The `n`th working day after `date` (see {@link WorkingDayConvention}); negative `n`
   * gives the nth working day before it, and 0 returns `date` unchanged.
   *
   * @throws {@link InvalidDateError} for a bad `date`, or a result outside the supported range.
   * @throws RangeError when `n` is a number but not a whole one (`1.5`, `NaN`, `Infinity`):
   * `n must be a whole number of working days, got 1.5`; TypeError when it is not a number.
   * @example
   * ```ts
   * createCalendar().addWorkingDays('2024-12-24', 1); //=> '2024-12-27' (Christmas Eve + 1)
   * createCalendar().addWorkingDays('2024-04-02', -1); //=> '2024-03-28' (back over Easter)
   * ```
   */
  addWorkingDays(date: string, n: number, options?: WorkingDayOptions): string;

  /**
   * The number of working days d with `from` < d <= `to`; negative (minus the working days
   * d with `to` < d <= `from`) when `to` is earlier. For any date D and n >= 0,
   * `workingDaysBetween(D, addWorkingDays(D, n)) === n`.
   *
   * @example
   * ```ts
   * createCalendar().workingDaysBetween('2024-03-28', '2024-04-22'); //=> 15
   * createCalendar().workingDaysBetween('2024-04-22', '2024-03-28'); //=> -15
   * ```
   */
  workingDaysBetween(from: string, to: string, options?: WorkingDayOptions): number;

  /**
   * `date` itself when it is a working day, otherwise the next working day.
   *
   * @example
   * ```ts
   * createCalendar().nextWorkingDay('2024-03-29'); //=> '2024-04-02' (Good Friday → Tuesday)
   * ```
   */
  nextWorkingDay(date: string): string;

  /**
   * The division's bank holidays in a year (2000-2099), in date order, as gov.uk lists them:
   * weekdays only, a substitute day named after the day it replaces. Closures are not
   * included (see {@link Calendar.holidaysBetween}).
   *
   * @example
   * ```ts
   * createCalendar({ division: 'scotland' }).bankHolidays(2024).map((h) => h.date);
   * //=> ['2024-01-01', '2024-01-02', '2024-03-29', '2024-05-06', '2024-05-27', '2024-08-05', '2024-12-02', '2024-12-25', '2024-12-26']
   * ```
   */
  bankHolidays(year: number): BankHoliday[];

  /**
   * The non-working weekdays (bank holidays and closures) strictly after `from` and up to and
   * including `to`, in date order; empty when `to` is not after `from`. Used to explain a
   * working-day count.
   *
   * @example
   * ```ts
   * createCalendar().holidaysBetween('2024-03-28', '2024-04-22').map((h) => h.name);
   * //=> ['Good Friday', 'Easter Monday']
   * ```
   */
  holidaysBetween(from: string, to: string): BankHoliday[];
}

/** Holidays and the working-day table for one division plus one set of closures. */
interface CalendarData {
  readonly nonWorking: HolidayTable;
  readonly bankHolidays: HolidayTable;
  readonly table: WorkingDayTable;
}

// Tables without closures are shared by every calendar of the division.
const divisionData = new Map<Division, CalendarData>();

function dataFor(division: Division): CalendarData {
  let data = divisionData.get(division);
  if (!data) {
    const holidays = holidayTable(division);
    data = { nonWorking: holidays, bankHolidays: holidays, table: buildWorkingDayTable(holidays.days) };
    divisionData.set(division, data);
  }
  return data;
}

function withClosures(base: CalendarData, closureDays: readonly number[]): CalendarData {
  const byDay = new Map<number, BankHoliday>();
  base.nonWorking.holidays.forEach((holiday, i) => byDay.set(base.nonWorking.days[i]!, holiday));
  for (const day of closureDays) {
    const weekday = weekdayIndex(day);
    // A closure on a weekend or bank holiday changes nothing; the bank holiday keeps its name.
    if (weekday === 0 || weekday === 6 || byDay.has(day)) continue;
    byDay.set(day, Object.freeze({ date: formatIsoDate(day), name: 'Closure', projected: false, kind: 'closure' as const }));
  }
  const days = Int32Array.from(byDay.keys()).sort();
  const nonWorking = { days, holidays: Array.from(days, (day) => byDay.get(day)!) };
  return { nonWorking, bankHolidays: base.bankHolidays, table: buildWorkingDayTable(days) };
}

/** Index of the first entry of a sorted array that is > `day`. */
function upperBound(days: Int32Array, day: number): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (days[mid]! <= day) low = mid + 1;
    else high = mid;
  }
  return low;
}

function conventionOf(options: WorkingDayOptions | undefined): WorkingDayConvention {
  const convention = options?.convention ?? 'trigger-is-day-0';
  if (convention !== 'trigger-is-day-0' && convention !== 'trigger-is-day-1') {
    throw new TypeError(`${describeValue(convention)} is not a working-day convention: expected 'trigger-is-day-0' or 'trigger-is-day-1'`);
  }
  return convention;
}

// The working-day table behind each calendar this module made, for the engine's fast path
// (day numbers in, day numbers out, no argument checks). Not part of the public API.
const tablesOf = new WeakMap<Calendar, WorkingDayTable>();

/**
 * Internal: the working-day table behind a calendar made by {@link createCalendar}, or
 * `undefined` for any other object implementing {@link Calendar}.
 *
 * @internal
 */
export function workingDayTableOf(calendar: Calendar): WorkingDayTable | undefined {
  return tablesOf.get(calendar);
}

class WorkingDayCalendar implements Calendar {
  readonly officialThrough = OFFICIAL_THROUGH;
  readonly #working: Uint8Array;
  readonly #cumulative: Int32Array;
  readonly #dayOfOrdinal: Int32Array;
  readonly #data: CalendarData;

  constructor(
    readonly division: Division,
    readonly closures: readonly string[],
    data: CalendarData,
  ) {
    this.#data = data;
    this.#working = data.table.working;
    this.#cumulative = data.table.cumulative;
    this.#dayOfOrdinal = data.table.dayOfOrdinal;
    tablesOf.set(this, data.table);
  }

  isWorkingDay(date: string): boolean {
    return this.#working[parseIsoDate(date) - FIRST_DAY] === 1;
  }

  addWorkingDays(date: string, n: number, options?: WorkingDayOptions): string {
    const index = parseIsoDate(date) - FIRST_DAY;
    if (typeof n !== 'number' || !Number.isSafeInteger(n)) {
      const message = `n must be a whole number of working days, got ${describeValue(n)}`;
      throw typeof n === 'number' ? new RangeError(message) : new TypeError(message);
    }
    if (n === 0) return date;
    let steps = n;
    if (options !== undefined && conventionOf(options) === 'trigger-is-day-1') {
      // The trigger, when a working day, is itself day 1 (or day -1 counting back).
      const working = this.#working[index]!;
      steps = n > 0 ? n - working : n + working;
      if (steps === 0) return date;
    }
    // The working day with cumulative count c is dayOfOrdinal[c - 1]. Forward, day 1 has
    // count cumulative[D] + 1 whether or not D works; back, day -1 is the last working day
    // strictly before D, whose count is cumulative[D] - working[D].
    const ordinal = steps > 0
      ? this.#cumulative[index]! + steps - 1
      : this.#cumulative[index]! - this.#working[index]! + steps;
    const day = this.#dayOfOrdinal[ordinal];
    if (day === undefined) {
      const units = Math.abs(n) === 1 ? 'working day' : 'working days';
      throw outOfRange(date, `${JSON.stringify(date)} ${n < 0 ? '-' : '+'} ${Math.abs(n)} ${units}`);
    }
    return formatIsoDate(day);
  }

  workingDaysBetween(from: string, to: string, options?: WorkingDayOptions): number {
    const fromIndex = parseIsoDate(from) - FIRST_DAY;
    const toIndex = parseIsoDate(to) - FIRST_DAY;
    const between = this.#cumulative[toIndex]! - this.#cumulative[fromIndex]!;
    if (options === undefined || conventionOf(options) === 'trigger-is-day-0') return between;
    // Inclusive of both ends: add back the earlier end, which the difference leaves out.
    return toIndex >= fromIndex ? between + this.#working[fromIndex]! : between - this.#working[toIndex]!;
  }

  nextWorkingDay(date: string): string {
    const index = parseIsoDate(date) - FIRST_DAY;
    if (this.#working[index] === 1) return date;
    const day = this.#dayOfOrdinal[this.#cumulative[index]!];
    if (day === undefined) throw outOfRange(date, `the next working day after ${JSON.stringify(date)}`);
    return formatIsoDate(day);
  }

  bankHolidays(year: number): BankHoliday[] {
    if (!Number.isInteger(year) || year < 2000 || year > 2099) {
      throw new InvalidDateError(year, 'a year from 2000 to 2099', `${describeValue(year)} is not a supported year: expected a year from 2000 to 2099`);
    }
    const { days, holidays } = this.#data.bankHolidays;
    const first = upperBound(days, parseIsoDate(`${year}-01-01`) - 1);
    const end = upperBound(days, parseIsoDate(`${year}-12-31`));
    return holidays.slice(first, end);
  }

  holidaysBetween(from: string, to: string): BankHoliday[] {
    const fromDay = parseIsoDate(from);
    const toDay = parseIsoDate(to);
    if (toDay <= fromDay) return [];
    const { days, holidays } = this.#data.nonWorking;
    return holidays.slice(upperBound(days, fromDay), upperBound(days, toDay));
  }
}

/**
 * Creates a working-day calendar for a division (default England and Wales), optionally
 * with local closure days. The division's tables are built on first use (a few milliseconds) and
 * shared; closures make a per-calendar copy.
 *
 * @throws {@link InvalidDateError} when `closures` is not a list of valid dates in range.
 * @throws TypeError for an unknown division.
 * @example
 * ```ts
 * const calendar = createCalendar({ closures: ['2024-12-27', '2024-12-30', '2024-12-31'] });
 * calendar.addWorkingDays('2024-12-24', 1); //=> '2025-01-02' (27, 30, 31 Dec closed; 1 Jan a bank holiday)
 * ```
 */
export function createCalendar(options: CalendarOptions = {}): Calendar {
  const division = options.division ?? 'england-and-wales';
  if (!DIVISIONS.includes(division)) {
    throw new TypeError(`${describeValue(division)} is not a division: expected one of ${DIVISIONS.join(', ')}`);
  }
  const closures: unknown = options.closures ?? [];
  if (!Array.isArray(closures)) {
    throw new InvalidDateError(closures, 'a list of YYYY-MM-DD dates', `closures must be a list of YYYY-MM-DD dates, not ${describeValue(closures)}`);
  }
  const closureDays = [...new Set(closures.map((date: unknown) => parseIsoDate(date)))].sort((a, b) => a - b);
  const base = dataFor(division);
  const data = closureDays.length === 0 ? base : withClosures(base, closureDays);
  return new WorkingDayCalendar(division, Object.freeze(closureDays.map(formatIsoDate)), data);
}
