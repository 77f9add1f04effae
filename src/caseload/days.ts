// Day arithmetic for the caseload generator: days are whole numbers since 1970-01-01 (UTC).
// Working days here skip weekends only; the generator needs realism, not the calendar.

const MS_PER_DAY = 86_400_000;
const cache = new Map<number, string>();

/** Day number of a `YYYY-MM-DD` date. */
export function toDay(date: string): number {
  return Math.round(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / MS_PER_DAY);
}

/** `YYYY-MM-DD` for a day number (cached: generated caseloads reuse a few thousand dates). */
export function dayString(day: number): string {
  let s = cache.get(day);
  if (s === undefined) {
    s = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    if (cache.size < 100_000) cache.set(day, s);
  }
  return s;
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The day itself if it is a weekday, otherwise the following Monday. */
export function onOrAfterWeekday(day: number): number {
  const w = weekday(day);
  return w === 6 ? day + 2 : w === 0 ? day + 1 : day;
}

/** Adds `n` weekdays (n ≥ 0). */
export function addWeekdays(day: number, n: number): number {
  let d = day;
  let left = n;
  while (left > 0) {
    d++;
    const w = weekday(d);
    if (w !== 0 && w !== 6) left--;
  }
  return d;
}
