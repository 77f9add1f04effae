/**
 * Working-day arithmetic speed: the calendar's precomputed ordinals against the obvious
 * alternative, a day-by-day loop over a Set of holiday strings, side by side in one process.
 *
 * @packageDocumentation
 */
import { createCalendar, type Calendar } from '../src/calendar/index.js';

const DAY_MS = 86_400_000;
const INPUTS = 4096; // a power of two, so the input index wraps with a mask
const MEASURE_MS = 300;

/** The obvious implementation: step one day at a time, skipping weekends and holidays. */
function makeDayByDay(holidays: ReadonlySet<string>) {
  const isWorking = (t: number): boolean => {
    const weekday = new Date(t).getUTCDay();
    return weekday !== 0 && weekday !== 6 && !holidays.has(new Date(t).toISOString().slice(0, 10));
  };
  return {
    addWorkingDays(date: string, n: number): string {
      let t = Date.parse(`${date}T00:00:00Z`);
      for (let left = n; left > 0; ) {
        t += DAY_MS;
        if (isWorking(t)) left--;
      }
      return new Date(t).toISOString().slice(0, 10);
    },
    workingDaysBetween(from: string, to: string): number {
      const end = Date.parse(`${to}T00:00:00Z`);
      let count = 0;
      for (let t = Date.parse(`${from}T00:00:00Z`) + DAY_MS; t <= end; t += DAY_MS) if (isWorking(t)) count++;
      return count;
    },
  };
}

/** Deterministic pseudo-random dates 2012-2027 (weekends and holidays included). */
function makeInputs(): { dates: string[]; ends: string[] } {
  let seed = 20240328;
  const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const start = Date.UTC(2012, 0, 1);
  const span = Date.UTC(2027, 11, 31) - start;
  const dates: string[] = [];
  const ends: string[] = [];
  for (let i = 0; i < INPUTS; i++) {
    const t = start + Math.floor((next() * span) / DAY_MS) * DAY_MS;
    dates.push(new Date(t).toISOString().slice(0, 10));
    // Pairs 0-90 calendar days apart, the spread of real timescales.
    ends.push(new Date(t + Math.floor(next() * 91) * DAY_MS).toISOString().slice(0, 10));
  }
  return { dates, ends };
}

/** Something that does working-day arithmetic: the calendar or the day-by-day loop. */
interface WorkingDayArithmetic {
  addWorkingDays(date: string, n: number): string;
  workingDaysBetween(from: string, to: string): number;
}

// One loop per operation, shared by exactly two implementations, so the call inside stays
// a cheap two-shape call for the JIT instead of going through a generic callback.
function addLoop(impl: WorkingDayArithmetic, dates: string[], n: number, start: number, count: number): number {
  let sink = 0;
  for (let i = start; i < start + count; i++) sink += impl.addWorkingDays(dates[i & (INPUTS - 1)]!, n).length;
  return sink;
}

function betweenLoop(impl: WorkingDayArithmetic, dates: string[], ends: string[], start: number, count: number): number {
  let sink = 0;
  for (let i = start; i < start + count; i++) {
    const k = i & (INPUTS - 1);
    sink += impl.workingDaysBetween(dates[k]!, ends[k]!);
  }
  return sink;
}

/**
 * Runs `loop(start, count)` in growing batches until MEASURE_MS has passed (after a short
 * warm-up) and returns operations per second.
 */
function opsPerSecond(loop: (start: number, count: number) => number): number {
  let sink = 0;
  const warmUntil = performance.now() + MEASURE_MS / 5;
  for (let ops = 0; performance.now() < warmUntil; ops += 64) sink += loop(ops, 64);
  let ops = 0;
  let batch = 64;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < MEASURE_MS) {
    sink += loop(ops, batch);
    ops += batch;
    elapsed = performance.now() - started;
    if (elapsed < MEASURE_MS / 20) batch *= 2;
  }
  if (sink === -1) console.log(''); // keeps the results alive
  return (ops * 1000) / elapsed;
}

function millions(opsPerSec: number): string {
  return `${(opsPerSec / 1e6).toFixed(2).padStart(7)} M ops/s`;
}

function holidaySet(calendar: Calendar): Set<string> {
  const set = new Set<string>();
  for (let year = 2000; year <= 2099; year++) for (const h of calendar.bankHolidays(year)) set.add(h.date);
  return set;
}

/**
 * Measures addWorkingDays (15 and 45 days) and workingDaysBetween against a day-by-day loop
 * and returns the lines to print.
 *
 * @example
 * ```ts
 * for (const line of await benchCalendar()) console.log(line);
 * // prints lines such as (figures vary by machine):
 * // addWorkingDays(date, 15)        26.94 M ops/s      0.05 M ops/s    558x
 * ```
 */
export async function benchCalendar(): Promise<string[]> {
  const benchStarted = performance.now();
  const buildStarted = performance.now();
  const calendar = createCalendar();
  calendar.isWorkingDay('2024-03-28');
  const buildMs = performance.now() - buildStarted;

  const naive = makeDayByDay(holidaySet(calendar));
  const { dates, ends } = makeInputs();

  // Both sides must give the same answers before their speed means anything (a quarter of
  // the inputs keeps the slow side's check short).
  for (let i = 0; i < INPUTS; i += 4) {
    for (const n of [15, 45]) {
      if (calendar.addWorkingDays(dates[i]!, n) !== naive.addWorkingDays(dates[i]!, n)) throw new Error(`mismatch at ${dates[i]} + ${n}`);
    }
    if (calendar.workingDaysBetween(dates[i]!, ends[i]!) !== naive.workingDaysBetween(dates[i]!, ends[i]!)) throw new Error(`mismatch ${dates[i]}..${ends[i]}`);
  }

  type Loop = (impl: WorkingDayArithmetic) => (start: number, count: number) => number;
  const cases: [string, Loop][] = [
    ['addWorkingDays(date, 15)', (impl) => (start, count) => addLoop(impl, dates, 15, start, count)],
    ['addWorkingDays(date, 45)', (impl) => (start, count) => addLoop(impl, dates, 45, start, count)],
    ['workingDaysBetween(from, to)', (impl) => (start, count) => betweenLoop(impl, dates, ends, start, count)],
  ];

  const lines = [
    `England and Wales tables built in ${buildMs.toFixed(0)} ms (once per division); ${INPUTS} varied dates 2012-2027, pairs 0-90 days apart`,
    `${'operation'.padEnd(30)}${'calendar'.padStart(16)}   ${'day-by-day loop'.padStart(16)}   ratio`,
  ];
  let slowest = Number.POSITIVE_INFINITY;
  let lowestRatio = Number.POSITIVE_INFINITY;
  for (const [name, loop] of cases) {
    const fastOps = opsPerSecond(loop(calendar));
    const slowOps = opsPerSecond(loop(naive));
    slowest = Math.min(slowest, fastOps);
    lowestRatio = Math.min(lowestRatio, fastOps / slowOps);
    lines.push(`${name.padEnd(30)}${millions(fastOps)}   ${millions(slowOps)}   ${(fastOps / slowOps).toFixed(0).padStart(4)}x`);
  }
  const verdict = slowest >= 10e6 && lowestRatio >= 20 ? 'met' : 'NOT met';
  lines.push(`target (>= 10 M ops/s and >= 20x the loop): ${verdict} (slowest ${millions(slowest).trim()}, lowest ratio ${lowestRatio.toFixed(0)}x)`);
  lines.push(`(calendar section took ${((performance.now() - benchStarted) / 1000).toFixed(1)} s)`);
  return lines;
}
