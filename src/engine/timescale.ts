import { WEEKDAY_NAMES } from '../calendar/index.js';
import { DAY_COUNT, FIRST_DAY } from '../calendar/isoDate.js';
import type { BankHoliday, Calendar } from '../calendar/index.js';
import { holidaysPassed } from './dueDates.js';
import type { DayMoment, Due } from './dueDates.js';
import type { DurationUnitName } from '../pack/schema.js';

/** A concrete timescale: amount and unit, counted forward or back before an event. */
export interface Timescale {
  amount: number;
  unit: DurationUnitName;
  before?: string;
  /** The amount in words for the basis line ("15 working days"), when worked out in advance. */
  words?: string;
}

const UNIT_WORDS: Record<DurationUnitName, [string, string]> = {
  hours: ['hour', 'hours'],
  working_days: ['working day', 'working days'],
  days: ['day', 'days'],
  weeks: ['week', 'weeks'],
  months: ['month', 'months'],
  years: ['year', 'years'],
  same_day: ['same day', 'same day'],
  same_working_day: ['same working day', 'same working day'],
};

const wordsByType = new Map<string, string>();

/** "strategy_discussion" → "strategy discussion" (memoised: there are few event types). */
export function eventWords(type: string): string {
  let words = wordsByType.get(type);
  if (words === undefined) {
    words = type.replace(/_/g, ' ');
    if (wordsByType.size < 10_000) wordsByType.set(type, words);
  }
  return words;
}

/** A duration in words: "15 working days", "1 month", "same working day". */
export function durationWords(amount: number, unit: DurationUnitName): string {
  if (unit === 'same_day' || unit === 'same_working_day') return UNIT_WORDS[unit][0];
  return `${amount} ${UNIT_WORDS[unit][amount === 1 ? 0 : 1]}`;
}

/** The amount of a timescale as the basis line writes it: "15 working days", "same working day". */
export function amountWords(t: Timescale): string {
  return t.unit === 'same_day' || t.unit === 'same_working_day' ? durationWords(0, t.unit) : durationWords(t.amount, t.unit);
}

/** A timescale in words: "15 working days", "5 working days before review cp conference". */
export function timescaleWords(t: Timescale | 'none'): string {
  if (t === 'none') return 'no timescale set';
  const words = durationWords(t.amount, t.unit);
  if (!t.before) return words;
  const sameDay = t.unit === 'same_day' || t.unit === 'same_working_day';
  return `${words} ${sameDay ? 'as' : 'before'} ${eventWords(t.before)}`;
}

// "Mon 2024-03-04" for each day of 2000-2099 seen, built once: basis lines repeat the same days.
const dayWordsByDay: (string | undefined)[] = new Array<string | undefined>(DAY_COUNT);

function dayWords(m: { date: string; day: number }): string {
  const index = m.day - FIRST_DAY;
  let words = dayWordsByDay[index];
  if (words === undefined) {
    words = `${WEEKDAY_NAMES[(((m.day + 4) % 7) + 7) % 7]} ${m.date}`;
    if (index >= 0 && index < DAY_COUNT) dayWordsByDay[index] = words;
  }
  return words;
}

// Built once: constructing an Intl formatter costs far more than formatting with one.
const LONDON_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

// The same event's time appears in several basis lines: remember recent ones.
const clockByMinute = new Map<number, string>();

/** "2024-03-01 10:15" in London time (en-GB formats as "01/03/2024, 10:15"). */
export function londonTimeWords(instant: number): string {
  const minute = Math.floor(instant / 60_000);
  let words = clockByMinute.get(minute);
  if (words === undefined) {
    const s = LONDON_CLOCK.format(instant);
    words = `${s.slice(6, 10)}-${s.slice(3, 5)}-${s.slice(0, 2)} ${s.slice(12, 17)}`;
    if (clockByMinute.size > 100_000) clockByMinute.clear();
    clockByMinute.set(minute, words);
  }
  return words;
}

function momentWords(m: DayMoment): string {
  return m.instant !== undefined ? `${WEEKDAY_NAMES[(((m.day + 4) % 7) + 7) % 7]} ${londonTimeWords(m.instant)} (London)` : dayWords(m);
}

function holidaysWords(holidays: BankHoliday[]): string {
  if (holidays.length === 0) return '; no bank holidays in range';
  const named = holidays.map((h) => `${h.name} ${h.date}${h.projected ? ' (projected)' : ''}`);
  return `; skipping ${named.join(', ')}`;
}

// "; skipping Good Friday 2024-03-29, ..." per calendar, by direction, start and due day:
// many instances of a caseload count over the same days.
const holidayWordsCache = new WeakMap<Calendar, Map<number, string>[]>();

function cachedHolidaysWords(calendar: Calendar, from: DayMoment, t: Timescale, due: Due): string {
  if (t.unit !== 'working_days' && t.unit !== 'same_working_day') return '';
  let caches = holidayWordsCache.get(calendar);
  if (caches === undefined) {
    caches = [new Map(), new Map(), new Map()];
    holidayWordsCache.set(calendar, caches);
  }
  // One map per direction (which days holidaysPassed lists), keyed by both days in one small
  // integer: days since 2000-01-01 are below 36,600 in the supported range.
  const cache = caches[t.before ? 0 : t.unit === 'working_days' ? 1 : 2]!;
  const key = (from.day - FIRST_DAY) * 36_600 + (due.day - FIRST_DAY);
  let words = cache.get(key);
  if (words === undefined) {
    words = holidaysWords(holidaysPassed(calendar, from, t, due));
    if (cache.size > 200_000) cache.clear();
    cache.set(key, words);
  }
  return words;
}

/**
 * One line showing the arithmetic a person can check, e.g.
 * "strategy discussion Mon 2024-03-04 + 15 working days = Mon 2024-03-25; no bank holidays in range".
 */
export function basisLine(calendar: Calendar, what: string, from: DayMoment, t: Timescale, due: Due, extra?: string): string {
  const op = t.before ? '−' : '+';
  const dueWords =
    due.instant !== undefined
      ? momentWords(due)
      : t.unit === 'hours'
        ? `end of ${dayWords(due)}`
        : dayWords(due);
  const fromWords = from.instant === undefined && t.unit === 'hours' ? `${dayWords(from)} (date only: counted from 00:00)` : momentWords(from);
  const amount = t.words ?? amountWords(t);
  const holidays = cachedHolidaysWords(calendar, from, t, due);
  return `${what} ${fromWords} ${op} ${amount} = ${dueWords}${holidays}${extra ? `; ${extra}` : ''}`;
}

/** "strategy discussion Thu 2024-03-28: the source sets no timescale". */
export function noTimescaleLine(what: string, from: DayMoment): string {
  return `${what} ${dayWords(from)}: the source sets no timescale`;
}
