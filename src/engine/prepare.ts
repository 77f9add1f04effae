import { londonDateOf, parseInstant } from '../calendar/index.js';
import type { CaseHistory } from '../model/case.js';

// London's offset from UTC is a whole number of hours and changes on the hour, so every
// instant in one UTC hour has the same London date: memoise by hour (time-zone maths is slow).
const londonDateByHour = new Map<number, string>();
function londonDateOfMs(ms: number): string {
  const hour = Math.floor(ms / 3_600_000);
  let date = londonDateByHour.get(hour);
  if (date === undefined) {
    if (londonDateByHour.size > 50_000) londonDateByHour.clear();
    date = londonDateOf(ms);
    londonDateByHour.set(hour, date);
  }
  return date;
}

/** An event with its London date worked out once, in history order. */
export interface PreparedEvent {
  /** Position in the input `events` array. */
  index: number;
  /** Position in the sorted history (ties keep input order). */
  position: number;
  type: string;
  at: string;
  /** London calendar date, YYYY-MM-DD. */
  date: string;
  /** Epoch ms when the event carried a time; undefined for date-precision events. */
  instant?: number;
  scheduled: boolean;
  /** The event as given: attributes are read from here. */
  attributes: Record<string, unknown>;
}

/** A case ready for evaluation: events sorted and indexed by type. */
export interface PreparedCase {
  id: string;
  dateOfBirth?: string;
  disabled?: boolean;
  uasc?: boolean;
  attributes: Record<string, unknown>;
  events: PreparedEvent[];
  byType: Map<string, PreparedEvent[]>;
  latestOnly: ReadonlySet<string>;
}

const NO_TYPES: ReadonlySet<string> = new Set();

/** The moment a case is judged at: a London date, and the instant when one was given. */
export interface AsOf {
  date: string;
  instant?: number;
}

function happenedBy(event: PreparedEvent, asOf: AsOf): boolean {
  if (event.scheduled) return true; // booked meetings are kept: deadlines count back from them
  if (event.instant !== undefined && asOf.instant !== undefined) return event.instant <= asOf.instant;
  return event.date <= asOf.date;
}

/**
 * Sorts a case's events into history order and indexes them by type. Events after `asOf`
 * (other than scheduled meetings) are left out: they had not happened at that date.
 */
export function prepareCase(history: CaseHistory, asOf?: AsOf): PreparedCase {
  const all: PreparedEvent[] = history.events.map((event, index) => {
    const at = event.at;
    let date: string;
    let instant: number | undefined;
    // Cases reach the engine validated (parseCase): a 10-character `at` is a date.
    if (at.length === 10) {
      date = at;
    } else {
      instant = parseInstant(at);
      date = londonDateOfMs(instant);
    }
    return {
      index,
      position: 0,
      type: event.type,
      at,
      date,
      instant,
      scheduled: event.scheduled === true,
      attributes: event as Record<string, unknown>,
    };
  });
  const events = asOf ? all.filter((e) => happenedBy(e, asOf)) : all;
  // Date first; two timed events on the same day by time; otherwise input order.
  events.sort((a, b) => {
    if (a.date !== b.date) return a.date < b.date ? -1 : 1;
    if (a.instant !== undefined && b.instant !== undefined && a.instant !== b.instant) return a.instant - b.instant;
    return a.index - b.index;
  });
  const byType = new Map<string, PreparedEvent[]>();
  events.forEach((event, position) => {
    event.position = position;
    const list = byType.get(event.type);
    if (list) list.push(event);
    else byType.set(event.type, [event]);
  });
  const child = history.child ?? {};
  return {
    id: history.id,
    dateOfBirth: typeof child.dateOfBirth === 'string' ? child.dateOfBirth : undefined,
    disabled: typeof child.disabled === 'boolean' ? child.disabled : undefined,
    uasc: typeof child.uasc === 'boolean' ? child.uasc : undefined,
    attributes: (history.attributes ?? {}) as Record<string, unknown>,
    events,
    byType,
    latestOnly: history.latestOnly?.length ? new Set(history.latestOnly) : NO_TYPES,
  };
}
