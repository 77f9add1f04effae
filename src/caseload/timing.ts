import { addWeekdays } from './days.js';
import type { Random } from './prng.js';

/** How often a task is done late or never recorded. Most work is on time; a tail is late. */
export interface Punctuality {
  late: number;
  missing: number;
}

/** The usual picture: 85% on time, 11% late, 4% never recorded. */
export const USUAL: Punctuality = { late: 0.11, missing: 0.04 };

/**
 * When a task with a deadline actually happened: on or before `due` most of the time, a
 * few days after it sometimes (a long tail), or never (undefined).
 */
export function doneBy(rng: Random, from: number, due: number, p: Punctuality = USUAL): number | undefined {
  const r = rng.next();
  if (r < p.missing) return undefined;
  const span = Math.max(0, due - from);
  if (r < p.missing + p.late) {
    // Late: mostly a little, occasionally a lot.
    const tail = rng.chance(0.75) ? rng.int(1, Math.max(2, Math.ceil(span * 0.4))) : rng.int(span, span * 2 + 10);
    return due + Math.max(1, tail);
  }
  // On time: skewed towards the deadline, as real work is.
  const u = rng.next();
  const early = Math.floor(span * u * u * 0.8);
  return due - Math.min(span, early);
}

/** {@link doneBy} with a deadline in weekdays from `from`. */
export function doneWithinWorkingDays(rng: Random, from: number, workingDays: number, p: Punctuality = USUAL): number | undefined {
  return doneBy(rng, from, addWeekdays(from, workingDays), p);
}

/** {@link doneBy} with a deadline in calendar days from `from`. */
export function doneWithinDays(rng: Random, from: number, days: number, p: Punctuality = USUAL): number | undefined {
  return doneBy(rng, from, from + days, p);
}

/**
 * Days of a recurring task (visits, reviews, supervision) from `start` until `end`: each one
 * due `interval(n)` days after the previous one actually happened. A missed one is simply
 * not recorded; the next is counted from when it should have been.
 */
export function recurring(rng: Random, start: number, end: number, interval: (n: number) => number, p: Punctuality = USUAL): number[] {
  const days: number[] = [];
  let previous = start;
  for (let n = 1; n < 200; n++) {
    const due = previous + interval(n);
    const done = doneBy(rng, previous, due, p);
    const next = done ?? due;
    if (next > end) break;
    if (done !== undefined) days.push(done);
    previous = next;
  }
  return days;
}
