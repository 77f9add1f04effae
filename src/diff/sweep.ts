import { addDays, daysBetween, dueAfter, dueBefore, isIsoDate, SUPPORTED_RANGE, type Calendar } from '../calendar/index.js';
import { isCaseDate } from '../model/case.js';
import type { DurationUnitName } from '../pack/schema.js';
import type { SweepCounts } from './types.js';

/**
 * The default span of trigger dates: ten years inside the official bank-holiday list.
 *
 * @example
 * ```ts
 * new DueDateSweep(DEFAULT_SPAN.from, DEFAULT_SPAN.to).dates.length; //=> 3653
 * ```
 */
export const DEFAULT_SPAN = {
  /** The first trigger date compared. */
  from: '2019-01-01',
  /** The last trigger date compared. */
  to: '2028-12-31',
} as const;

/**
 * A numeric timescale as the sweep compares it: counted forward from the trigger, or back
 * from the meeting named in `before`.
 *
 * @example
 * ```ts
 * const t: SweepTimescale = { amount: 5, unit: 'working_days', before: 'review_cp_conference' };
 * ```
 */
export interface SweepTimescale {
  /** How many units (0 for `same_day` and `same_working_day`). */
  amount: number;
  /** The unit counted in, such as `working_days`. */
  unit: DurationUnitName;
  /** The event type counted back from, for deadlines set before a meeting. */
  before?: string;
}

/**
 * Due dates for every trigger date of a span, cached per calendar and timescale, and the
 * date-by-date comparison of two timescales. One sweep serves a whole diff: the same
 * "15 working days" on the same calendar is computed once however many rules use it.
 *
 * @example
 * ```ts
 * const sweep = new DueDateSweep('2024-03-28', '2024-03-28');
 * const calendar = createCalendar();
 * sweep.compare(calendar, { amount: 20, unit: 'working_days' }, calendar, { amount: 4, unit: 'weeks' });
 * //=> { dates: 1, stricter: 1, looser: 0, same: 0,
 * //     stricterExample: { trigger: '2024-03-28', base: '2024-04-29', local: '2024-04-25' } }
 * ```
 */
export class DueDateSweep {
  /** Every trigger date of the span, in order. */
  readonly dates: readonly string[];
  private readonly dueCache = new WeakMap<Calendar, Map<string, readonly string[]>>();
  private readonly calendarIds = new WeakMap<Calendar, number>();
  private readonly compareCache = new Map<string, SweepCounts>();
  private nextCalendarId = 0;

  /**
   * @throws RangeError when a date is not `YYYY-MM-DD`, is outside 2000-01-01 to 2099-12-31,
   * or `from` is after `to`.
   */
  constructor(from: string = DEFAULT_SPAN.from, to: string = DEFAULT_SPAN.to) {
    for (const [name, value] of [['from', from], ['to', to]] as const) {
      if (isCaseDate(value) && !isIsoDate(value)) throw new RangeError(`${name} date ${value} is outside the supported range ${SUPPORTED_RANGE.first} to ${SUPPORTED_RANGE.last}`);
      if (!isIsoDate(value)) throw new RangeError(`${name} date "${value}" is not a valid date (expected YYYY-MM-DD)`);
    }
    const length = daysBetween(from, to) + 1;
    if (length < 1) throw new RangeError(`the span of trigger dates is empty: from ${from} is after to ${to}`);
    const dates: string[] = new Array<string>(length);
    for (let i = 0; i < length; i++) dates[i] = addDays(from, i);
    this.dates = dates;
  }

  /**
   * The due date (ISO) for each trigger date of the span, with `calendar`: `dueAfter`, or
   * `dueBefore` when the timescale counts back. Hours count from the start of a date-only
   * trigger (24 hours: the next day).
   */
  dueDates(calendar: Calendar, t: SweepTimescale): readonly string[] {
    let byTimescale = this.dueCache.get(calendar);
    if (!byTimescale) {
      byTimescale = new Map();
      this.dueCache.set(calendar, byTimescale);
    }
    const key = timescaleKey(t);
    let due = byTimescale.get(key);
    if (!due) {
      due = this.dates.map((date) => dueDate(calendar, date, t));
      byTimescale.set(key, due);
    }
    return due;
  }

  /**
   * Compares two timescales on every trigger date: local earlier = stricter, later = looser.
   * The first date each way is kept as an example.
   */
  compare(baseCalendar: Calendar, base: SweepTimescale, localCalendar: Calendar, local: SweepTimescale): SweepCounts {
    const key = `${this.calendarId(baseCalendar)}|${timescaleKey(base)}|${this.calendarId(localCalendar)}|${timescaleKey(local)}`;
    const cached = this.compareCache.get(key);
    if (cached) return copyCounts(cached);
    const baseDue = this.dueDates(baseCalendar, base);
    const localDue = this.dueDates(localCalendar, local);
    const counts: SweepCounts = { dates: this.dates.length, stricter: 0, looser: 0, same: 0 };
    for (let i = 0; i < baseDue.length; i++) {
      const b = baseDue[i]!;
      const l = localDue[i]!;
      if (l === b) counts.same++;
      else if (l < b) {
        if (counts.stricter++ === 0) counts.stricterExample = { trigger: this.dates[i]!, base: b, local: l };
      } else if (counts.looser++ === 0) counts.looserExample = { trigger: this.dates[i]!, base: b, local: l };
    }
    this.compareCache.set(key, counts);
    return copyCounts(counts);
  }

  private calendarId(calendar: Calendar): number {
    let id = this.calendarIds.get(calendar);
    if (id === undefined) {
      id = this.nextCalendarId++;
      this.calendarIds.set(calendar, id);
    }
    return id;
  }
}

/**
 * The due date of a date-only trigger: `dueAfter(...).date`, or `dueBefore(...).date` for a
 * timescale counted back. Working days go straight to `calendar.addWorkingDays`, which is
 * what `dueAfter` / `dueBefore` do for them, without listing the holidays passed over (the
 * sweep needs only the date; a test checks both agree for every unit).
 *
 * @example
 * ```ts
 * dueDate(createCalendar(), '2024-03-28', { amount: 15, unit: 'working_days' }); //=> '2024-04-22'
 * dueDate(createCalendar(), '2024-04-10', { amount: 48, unit: 'hours', before: 'review_cp_conference' }); //=> '2024-04-08'
 * ```
 */
export function dueDate(calendar: Calendar, date: string, t: SweepTimescale): string {
  if (t.unit === 'working_days') return calendar.addWorkingDays(date, t.before ? -t.amount : t.amount);
  return (t.before ? dueBefore : dueAfter)(calendar, { date }, t.amount, t.unit).date;
}

function timescaleKey(t: SweepTimescale): string {
  return `${t.amount} ${t.unit}${t.before ? ` before ${t.before}` : ''}`;
}

function copyCounts(c: SweepCounts): SweepCounts {
  return {
    ...c,
    ...(c.stricterExample ? { stricterExample: { ...c.stricterExample } } : {}),
    ...(c.looserExample ? { looserExample: { ...c.looserExample } } : {}),
  };
}
