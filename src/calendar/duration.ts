import { InvalidDateError, describeValue, requireInteger } from './errors.js';
import type { Calendar, WorkingDayOptions } from './calendar.js';
import { addDays, addMonths, addYears } from './dateArithmetic.js';
import type { BankHoliday } from './division.js';
import { formatIsoDate, parseIsoDate } from './isoDate.js';
import { londonDateOf, parseInstant } from './london.js';

/**
 * The units a deadline can be written in (date-semantics.md, "Units").
 *
 * @example
 * ```ts
 * const unit: DurationUnit = 'working_days';
 * ```
 */
export type DurationUnit =
  | 'hours'
  | 'working_days'
  | 'days'
  | 'weeks'
  | 'months'
  | 'years'
  | 'same_day'
  | 'same_working_day';

const UNITS: readonly DurationUnit[] = ['hours', 'working_days', 'days', 'weeks', 'months', 'years', 'same_day', 'same_working_day'];

/**
 * When an event happened (or is scheduled): its London date, plus the exact instant when
 * the event was recorded with a time.
 *
 * @example
 * ```ts
 * const referral: Moment = { date: '2024-03-30', instant: Date.parse('2024-03-30T23:30:00Z') };
 * const conference: Moment = { date: '2024-04-10' };
 * ```
 */
export interface Moment {
  /** London calendar date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Epoch milliseconds, when the event had a time. */
  readonly instant?: number;
}

/**
 * A computed deadline: due by the end of `date` (London), or by `instant` exactly for an
 * hours rule counted from an instant.
 *
 * @example
 * ```ts
 * const due = dueAfter(createCalendar(), { date: '2024-03-28' }, 15, 'working_days');
 * due.date; //=> '2024-04-22'
 * due.holidaysInRange.map((h) => h.name); //=> ['Good Friday', 'Easter Monday']
 * ```
 */
export interface DueMoment {
  /** The London date the deadline falls on (due by the end of it). */
  readonly date: string;
  /** Epoch milliseconds; set only for an hours rule counted from an instant. */
  readonly instant?: number;
  /**
   * Non-working weekdays (bank holidays, closures) the count passed over: for `working_days`,
   * and for `same_working_day` when it moved off a holiday; otherwise empty.
   */
  readonly holidaysInRange: BankHoliday[];
}

const HOUR_MS = 3_600_000;

function checkArguments(start: Moment, amount: number, unit: DurationUnit): number {
  if (typeof start !== 'object' || start === null) {
    throw new InvalidDateError(start, 'a moment { date, instant? }', `${describeValue(start)} is not a valid moment: expected { date: 'YYYY-MM-DD', instant?: epoch ms }`);
  }
  const day = parseIsoDate(start.date);
  if (start.instant !== undefined) parseInstant(start.instant);
  if (!UNITS.includes(unit)) {
    throw new TypeError(`${describeValue(unit)} is not a duration unit: expected one of ${UNITS.join(', ')}`);
  }
  requireInteger(amount, unit.replace('_', ' '));
  if (amount < 0) {
    throw new InvalidDateError(amount, 'a whole number of 0 or more', `${amount} is not a valid amount of ${unit.replace('_', ' ')}: use dueBefore to count back`);
  }
  return day;
}

/**
 * The deadline `amount` `unit`s after `start`, by the rules of date-semantics.md:
 * - `hours` from an instant: exactly `amount` elapsed hours later (a DST change neither
 *   stretches nor shrinks it); `instant` is set and `date` is its London date.
 * - `hours` from a date: counted from the start of that London day and due by the end of
 *   the day it lands in. The hours are laid on the London clock (2 hours: the same day;
 *   24 hours: the next day; 48 hours: the day after), so a 23- or 25-hour day at a clock
 *   change does not move the due date: without a time, there is no elapsed window to keep.
 * - `working_days`: {@link Calendar.addWorkingDays} (the trigger is day 0 unless
 *   `options.convention` says otherwise).
 * - `days` / `weeks`: D + N / D + 7N. `months` / `years`: same day of the month, clamped to
 *   the month's end (31 January + 1 month = 28 or 29 February).
 * - `same_day`: D. `same_working_day`: D, or the next working day when D is not one.
 *
 * @throws {@link InvalidDateError} for a bad date, instant or amount (amount must be a whole
 * number >= 0), or a result outside 2000-2099; TypeError for an unknown unit.
 * @example
 * ```ts
 * const calendar = createCalendar();
 * dueAfter(calendar, { date: '2024-03-28' }, 15, 'working_days').date; //=> '2024-04-22'
 * // 23:30 GMT on Sat 30 March + 24 elapsed hours = 00:30 BST on Mon 1 April:
 * dueAfter(calendar, { date: '2024-03-30', instant: Date.parse('2024-03-30T23:30:00Z') }, 24, 'hours');
 * //=> { date: '2024-04-01', instant: Date.parse('2024-03-31T23:30:00Z'), holidaysInRange: [] }
 * ```
 */
export function dueAfter(
  calendar: Calendar,
  start: Moment,
  amount: number,
  unit: DurationUnit,
  options?: WorkingDayOptions,
): DueMoment {
  const day = checkArguments(start, amount, unit);
  const date = start.date;
  switch (unit) {
    case 'hours':
      if (start.instant !== undefined) {
        const instant = start.instant + amount * HOUR_MS;
        return { date: londonDateOf(instant), instant, holidaysInRange: [] };
      }
      return { date: addDays(date, Math.floor(amount / 24)), holidaysInRange: [] };
    case 'working_days': {
      const due = calendar.addWorkingDays(date, amount, options);
      return { date: due, holidaysInRange: calendar.holidaysBetween(date, due) };
    }
    case 'days':
      return { date: addDays(date, amount), holidaysInRange: [] };
    case 'weeks':
      return { date: addDays(date, amount * 7), holidaysInRange: [] };
    case 'months':
      return { date: addMonths(date, amount), holidaysInRange: [] };
    case 'years':
      return { date: addYears(date, amount), holidaysInRange: [] };
    case 'same_day':
      return { date: formatIsoDate(day), holidaysInRange: [] };
    case 'same_working_day': {
      const due = calendar.nextWorkingDay(date);
      // The holidays from D up to the day before the due date: (D - 1, due - 1].
      return { date: due, holidaysInRange: due === date ? [] : calendar.holidaysBetween(addDays(date, -1), addDays(due, -1)) };
    }
  }
}

/**
 * The deadline `amount` `unit`s before `anchor`, a scheduled event ("5 working days before
 * the review conference"); it moves with the event. Mirrors {@link dueAfter}:
 * - `hours` before an instant: exactly `amount` elapsed hours earlier, `instant` set.
 * - `hours` before a date: the London date `amount` clock hours before the start of that
 *   day (48 hours before a Wednesday conference is the Monday; 2 hours, the Tuesday).
 * - `working_days`: the Nth working day before the date ({@link Calendar.addWorkingDays}
 *   with -N).
 * - `days` / `weeks` / `months` / `years`: subtracted (months clamp to the month's end).
 * - `same_day`: D. `same_working_day`: D, or the last working day before it.
 *
 * @throws as {@link dueAfter}.
 * @example
 * ```ts
 * const calendar = createCalendar();
 * dueBefore(calendar, { date: '2024-04-03' }, 5, 'working_days').date; //=> '2024-03-25' (Easter skipped)
 * dueBefore(calendar, { date: '2024-04-10' }, 48, 'hours').date; //=> '2024-04-08'
 * ```
 */
export function dueBefore(
  calendar: Calendar,
  anchor: Moment,
  amount: number,
  unit: DurationUnit,
  options?: WorkingDayOptions,
): DueMoment {
  const day = checkArguments(anchor, amount, unit);
  const date = anchor.date;
  switch (unit) {
    case 'hours':
      if (anchor.instant !== undefined) {
        const instant = anchor.instant - amount * HOUR_MS;
        return { date: londonDateOf(instant), instant, holidaysInRange: [] };
      }
      // Midnight minus N clock hours: any N in 1..24 lands on the previous day.
      return { date: addDays(date, -Math.ceil(amount / 24)), holidaysInRange: [] };
    case 'working_days': {
      const due = calendar.addWorkingDays(date, -amount, options);
      return { date: due, holidaysInRange: calendar.holidaysBetween(due, date) };
    }
    case 'days':
      return { date: addDays(date, -amount), holidaysInRange: [] };
    case 'weeks':
      return { date: addDays(date, -amount * 7), holidaysInRange: [] };
    case 'months':
      return { date: addMonths(date, -amount), holidaysInRange: [] };
    case 'years':
      return { date: addYears(date, -amount), holidaysInRange: [] };
    case 'same_day':
      return { date: formatIsoDate(day), holidaysInRange: [] };
    case 'same_working_day': {
      if (calendar.isWorkingDay(date)) return { date, holidaysInRange: [] };
      const due = calendar.addWorkingDays(date, -1);
      return { date: due, holidaysInRange: calendar.holidaysBetween(due, date) };
    }
  }
}
