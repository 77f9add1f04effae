// A compiled pack as plain data, so a worker thread can rebuild it without reading YAML,
// running the schema checks or compiling again: everything but the calendar is data that
// structured clone copies as is (Maps, arrays, plain objects); the calendar is a class with
// methods, so only the recipe for it (division and closures) travels.
import { createCalendar, type Calendar, type Division } from '../calendar/index.js';
import type { CompiledPack } from './types.js';

/**
 * A compiled pack ready for `postMessage` / `workerData`: made by {@link snapshotPack},
 * turned back into a pack by {@link restorePack}. Internal to the caseload workers; the
 * shape may change between versions, so never store one.
 */
export interface PackSnapshot {
  /** Every field of the compiled pack except the calendar, as structured-cloneable data. */
  readonly data: Omit<CompiledPack, 'calendar'>;
  /** How to rebuild the calendar: `createCalendar({ division, closures })`. */
  readonly calendar: { readonly division: Division; readonly closures: readonly string[] };
}

// Calendars made by the pack compiler (or by restorePack). For these, division and closures
// say everything about the calendar; any other object is the caller's and cannot travel.
const rebuildable = new WeakSet<Calendar>();

/** Notes that `calendar` came from `createCalendar({ division, closures })` (called by the compiler). */
export function markRebuildableCalendar(calendar: Calendar): void {
  rebuildable.add(calendar);
}

/**
 * The pack as plain data, or `undefined` when it cannot be rebuilt faithfully elsewhere:
 * its calendar was not made by the pack loader, or some field holds something structured
 * clone refuses (a function, say). The result is already a copy, detached from `pack`.
 *
 * @example
 * const snapshot = snapshotPack(loadPackOrThrow('calderdale'));
 * new Worker(file, { workerData: { snapshot } }); // in the worker: restorePack(workerData.snapshot)
 */
export function snapshotPack(pack: CompiledPack): PackSnapshot | undefined {
  if (typeof pack !== 'object' || pack === null || !rebuildable.has(pack.calendar)) return undefined;
  const { calendar, ...data } = pack;
  try {
    return structuredClone({ data, calendar: { division: calendar.division, closures: [...calendar.closures] } });
  } catch {
    return undefined;
  }
}

/**
 * Rebuilds a compiled pack from {@link snapshotPack}'s data: the data as it arrived, plus a
 * calendar made afresh from its division and closures. No YAML, no schema checks.
 *
 * @example
 * const pack = restorePack(snapshotPack(loadPackOrThrow('calderdale'))!);
 * evaluate(caseHistory, pack, { asOf: '2025-03-31' }); // the same result as with the loaded pack
 */
export function restorePack(snapshot: PackSnapshot): CompiledPack {
  const calendar = createCalendar({ division: snapshot.calendar.division, closures: snapshot.calendar.closures });
  markRebuildableCalendar(calendar);
  return { ...snapshot.data, calendar };
}
