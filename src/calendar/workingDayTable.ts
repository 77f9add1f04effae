import { weekdayIndex } from './dateArithmetic.js';
import { DAY_COUNT, FIRST_DAY } from './isoDate.js';

/**
 * Precomputed working-day ordinals over the supported range; every table is indexed by
 * `dayNumber - FIRST_DAY`. With them "the Nth working day after D" and "working days
 * between" are two array reads, not a day-by-day walk.
 *
 * @example
 * ```ts
 * const { cumulative, dayOfOrdinal } = buildWorkingDayTable([]);
 * // The 1st working day after Fri 7 Jan 2000 has ordinal cumulative[Fri] + 1, at index cumulative[Fri]:
 * formatIsoDate(dayOfOrdinal[cumulative[parseIsoDate('2000-01-07') - FIRST_DAY]!]!); //=> '2000-01-10'
 * ```
 */
export interface WorkingDayTable {
  /** 1 on a working day, 0 on a weekend, bank holiday or closure. */
  readonly working: Uint8Array;
  /** Working days from 2000-01-01 up to and including each day. */
  readonly cumulative: Int32Array;
  /** `dayOfOrdinal[k]` is the day number of the (k + 1)th working day since 2000-01-01. */
  readonly dayOfOrdinal: Int32Array;
}

/**
 * Builds the table for a set of non-working weekdays (bank holidays plus any closures).
 * Weekends are non-working whatever the set says.
 *
 * @example
 * ```ts
 * const table = buildWorkingDayTable([parseIsoDate('2000-01-03')]);
 * table.cumulative[parseIsoDate('2000-01-04') - FIRST_DAY]; //=> 1 (Sat 1, Sun 2 and Mon 3 January were not working days)
 * ```
 */
export function buildWorkingDayTable(nonWorkingDays: Iterable<number>): WorkingDayTable {
  const working = new Uint8Array(DAY_COUNT);
  for (let i = 0; i < DAY_COUNT; i++) {
    const weekday = weekdayIndex(FIRST_DAY + i);
    working[i] = weekday === 0 || weekday === 6 ? 0 : 1;
  }
  for (const day of nonWorkingDays) {
    const index = day - FIRST_DAY;
    if (index >= 0 && index < DAY_COUNT) working[index] = 0;
  }

  const cumulative = new Int32Array(DAY_COUNT);
  let count = 0;
  for (let i = 0; i < DAY_COUNT; i++) {
    count += working[i]!;
    cumulative[i] = count;
  }

  const dayOfOrdinal = new Int32Array(count);
  for (let i = 0, k = 0; i < DAY_COUNT; i++) {
    if (working[i]) dayOfOrdinal[k++] = FIRST_DAY + i;
  }
  return { working, cumulative, dayOfOrdinal };
}
