// The engine's due-date arithmetic on day numbers. It gives exactly what the calendar's
// public dueAfter / dueBefore give (date-semantics.md), but without their argument checks
// (the pack is validated and the case parsed before the engine runs) and without listing the
// holidays passed over, which only the basis line needs (see holidaysPassed). Anything out of
// range, or a calendar not made by createCalendar, goes through the public functions, so the
// errors are theirs.
import { dueAfter, dueBefore, formatIsoDate, parseIsoDate } from '../calendar/index.js';
import type { BankHoliday, Calendar } from '../calendar/index.js';
import { workingDayTableOf } from '../calendar/calendar.js';
import { shiftMonths } from '../calendar/dateArithmetic.js';
import { FIRST_DAY, LAST_DAY } from '../calendar/isoDate.js';
import { londonDayOf } from '../calendar/london.js';
import type { Timescale } from './timescale.js';

const HOUR_MS = 3_600_000;

/** A point in time as the engine holds it: a London day number, and an instant when known. */
export interface DayMoment {
  /** London date, `YYYY-MM-DD`. */
  readonly date: string;
  /** The same date as a day number (days since 1970-01-01). */
  readonly day: number;
  /** Epoch ms, when the moment carried a time. */
  readonly instant?: number;
}

/** A computed deadline: due by the end of `day`, or by `instant` for hour rules from an instant. */
export interface Due {
  readonly day: number;
  /** `YYYY-MM-DD` of `day`. */
  readonly date: string;
  readonly instant?: number;
}

function slowPath(calendar: Calendar, from: DayMoment, t: Timescale): Due {
  const moment = { date: from.date, instant: from.instant };
  // These throw the calendar's own error when the due date leaves 2000-2099.
  const due = t.before ? dueBefore(calendar, moment, t.amount, t.unit) : dueAfter(calendar, moment, t.amount, t.unit);
  return { day: parseIsoDate(due.date), date: due.date, instant: due.instant };
}

/**
 * The due moment `t` after `from` (or before it, for `t.before`), as the calendar's
 * `dueAfter` / `dueBefore` compute it.
 */
export function computeDueDay(calendar: Calendar, from: DayMoment, t: Timescale): Due {
  const table = workingDayTableOf(calendar);
  if (table === undefined || from.day < FIRST_DAY || from.day > LAST_DAY) return slowPath(calendar, from, t);
  const sign = t.before ? -1 : 1;
  const start = from.day;
  let day: number | undefined;
  let instant: number | undefined;
  switch (t.unit) {
    case 'hours':
      if (from.instant !== undefined) {
        instant = from.instant + sign * t.amount * HOUR_MS;
        day = londonDayOf(instant);
      } else {
        // From a date: the hours are laid on the London clock from the start of the day
        // (forward: due by the end of the day they land in; back: the day before midnight).
        day = start + (sign > 0 ? Math.floor(t.amount / 24) : -Math.ceil(t.amount / 24));
      }
      break;
    case 'working_days': {
      if (t.amount === 0) {
        day = start;
        break;
      }
      const index = start - FIRST_DAY;
      // Forward: the Nth working day after has ordinal cumulative + N - 1; back: the last
      // working day strictly before has cumulative - working (see Calendar.addWorkingDays).
      const ordinal = sign > 0 ? table.cumulative[index]! + t.amount - 1 : table.cumulative[index]! - table.working[index]! - t.amount;
      day = table.dayOfOrdinal[ordinal];
      break;
    }
    case 'days':
      day = start + sign * t.amount;
      break;
    case 'weeks':
      day = start + sign * 7 * t.amount;
      break;
    case 'months':
      day = shiftMonths(start, sign * t.amount);
      break;
    case 'years':
      day = Math.abs(t.amount) > 100 ? undefined : shiftMonths(start, sign * 12 * t.amount);
      break;
    case 'same_day':
      day = start;
      break;
    case 'same_working_day': {
      const index = start - FIRST_DAY;
      if (table.working[index] === 1) day = start;
      else day = sign > 0 ? table.dayOfOrdinal[table.cumulative[index]!] : table.dayOfOrdinal[table.cumulative[index]! - 1];
      break;
    }
  }
  if (day === undefined || day < FIRST_DAY || day > LAST_DAY) return slowPath(calendar, from, t);
  return { day, date: formatIsoDate(day), instant };
}

const NONE: BankHoliday[] = [];

/**
 * The non-working weekdays (bank holidays, closures) a working-day count passed over, as
 * `dueAfter` / `dueBefore` list them in `holidaysInRange`: for `working_days`, and for
 * `same_working_day` when it moved off a holiday; otherwise none.
 */
export function holidaysPassed(calendar: Calendar, from: DayMoment, t: Timescale, due: Due): BankHoliday[] {
  if (t.unit !== 'working_days' && t.unit !== 'same_working_day') return NONE;
  if (due.day === from.day) return NONE;
  if (t.before) return calendar.holidaysBetween(due.date, from.date);
  if (t.unit === 'working_days') return calendar.holidaysBetween(from.date, due.date);
  // Same working day moved forward: the holidays from D up to the day before the due date.
  return calendar.holidaysBetween(formatIsoDate(from.day - 1), formatIsoDate(due.day - 1));
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** `Date#toISOString` for an instant in the supported range, without making a Date. */
export function isoInstant(ms: number): string {
  const day = Math.floor(ms / 86_400_000);
  if (day < FIRST_DAY || day > LAST_DAY) return new Date(ms).toISOString();
  const inDay = ms - day * 86_400_000;
  const h = Math.floor(inDay / 3_600_000);
  const m = Math.floor(inDay / 60_000) % 60;
  const s = Math.floor(inDay / 1000) % 60;
  const milli = inDay % 1000;
  return `${formatIsoDate(day)}T${pad2(h)}:${pad2(m)}:${pad2(s)}.${milli < 10 ? '00' : milli < 100 ? '0' : ''}${milli}Z`;
}

