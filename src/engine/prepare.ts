import { formatIsoDate, parseInstant, parseIsoDate } from '../calendar/index.js';
import { londonDayOf } from '../calendar/london.js';
import { isCaseDate } from '../model/case.js';
import type { CaseHistory } from '../model/case.js';
import type { EventRef } from './types.js';

/**
 * Day number of a case date. Case dates may lie outside the calendar's 2000-2099 (an old
 * event no rule looks at); those get a plain UTC count, and any due date computed from one
 * fails with the calendar's own out-of-range error.
 */
function dayNumber(date: string): number {
  try {
    return parseIsoDate(date);
  } catch (error) {
    if (!isCaseDate(date)) throw error; // not a real date at all: the calendar's own message
    const at = new Date(0);
    at.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
    return at.getTime() / 86_400_000;
  }
}

/** The day number of a date in 2000-2099, or undefined for any other date. */
function dayInRange(date: string): number | undefined {
  try {
    return parseIsoDate(date);
  } catch {
    return undefined;
  }
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
  /** The same date as a day number (days since 1970-01-01), for date arithmetic. */
  day: number;
  /** Epoch ms when the event carried a time; undefined for date-precision events. */
  instant?: number;
  scheduled: boolean;
  /** The event as given: attributes are read from here. */
  attributes: Record<string, unknown>;
  /** The event as results show it; one shared object per event (results are read-only). */
  ref: EventRef;
  /** The type's id in the pack's plan; -1 for a type no rule refers to. */
  typeId: number;
}

/** A case ready for evaluation: events sorted and indexed by type. */
export interface PreparedCase {
  id: string;
  dateOfBirth?: string;
  /** The date of birth as a day number, when it lies in 2000-2099 (ages are counted from it). */
  dobDay?: number;
  disabled?: boolean;
  uasc?: boolean;
  attributes: Record<string, unknown>;
  events: PreparedEvent[];
  /** Events (held or scheduled) by the type ids of the pack's plan, when one was given. */
  byTypeId: (PreparedEvent[] | undefined)[];
  latestOnly: ReadonlySet<string>;
}

const NO_TYPES: ReadonlySet<string> = new Set();

/** The moment a case is judged at: a London date, and the instant when one was given. */
export interface AsOf {
  date: string;
  /** `date` as a day number. */
  day: number;
  instant?: number;
}

/** One event with its London date and day number worked out; `position` is set once sorted. */
function prepareEvent(event: CaseHistory['events'][number], index: number, typeIds: ReadonlyMap<string, number> | undefined): PreparedEvent {
  const at = event.at;
  let day: number;
  let date: string;
  let instant: number | undefined;
  // Cases reach the engine validated (parseCase): a 10-character `at` is a date.
  if (at.length === 10) {
    date = at;
    day = dayNumber(at);
  } else {
    // Validated already, so Date.parse reads it. Without an offset it would read local
    // time, so anything not ending in Z or ±hh:mm goes to parseInstant, which refuses it.
    const end = at.charCodeAt(at.length - 6);
    const offset = at.endsWith('Z') || ((end === 43 || end === 45) && at.charCodeAt(at.length - 3) === 58);
    instant = offset ? Date.parse(at) : Number.NaN;
    if (Number.isNaN(instant)) instant = parseInstant(at);
    day = londonDayOf(instant, at);
    date = formatIsoDate(day);
  }
  return {
    index,
    position: 0,
    type: event.type,
    at,
    date,
    day,
    instant,
    scheduled: event.scheduled === true,
    attributes: event as Record<string, unknown>,
    ref: { event: event.type, date, at, index },
    typeId: typeIds?.get(event.type) ?? -1,
  };
}

/** History order: date first; two timed events on the same day by time; otherwise input order. */
function historyOrder(a: PreparedEvent, b: PreparedEvent): number {
  if (a.day !== b.day) return a.day - b.day;
  if (a.instant !== undefined && b.instant !== undefined && a.instant !== b.instant) return a.instant - b.instant;
  return a.index - b.index;
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
export function prepareCase(history: CaseHistory, asOf?: AsOf, typeIds?: ReadonlyMap<string, number>): PreparedCase {
  // Plain loops rather than map / filter / forEach: this runs for every case of a caseload.
  const input = history.events;
  const events: PreparedEvent[] = [];
  let inOrder = true; // generated and exported histories usually come sorted: skip the sort then
  for (let index = 0; index < input.length; index++) {
    const event = prepareEvent(input[index]!, index, typeIds);
    if (asOf && !happenedBy(event, asOf)) continue;
    if (inOrder && events.length > 0 && !(historyOrder(events[events.length - 1]!, event) < 0)) inOrder = false;
    events.push(event);
  }
  if (!inOrder) events.sort(historyOrder);
  // Filled with undefined up front: reading an unset index of a holey array is slow.
  const byTypeId = new Array<PreparedEvent[] | undefined>(typeIds?.size ?? 0).fill(undefined);
  for (let position = 0; position < events.length; position++) {
    const event = events[position]!;
    event.position = position;
    // The engine finds events by type id, not by name; unused types (-1) are not listed.
    if (event.typeId < 0) continue;
    const list = byTypeId[event.typeId];
    if (list) list.push(event);
    else byTypeId[event.typeId] = [event];
  }
  const child = history.child ?? {};
  return {
    id: history.id,
    dateOfBirth: typeof child.dateOfBirth === 'string' ? child.dateOfBirth : undefined,
    dobDay: typeof child.dateOfBirth === 'string' ? dayInRange(child.dateOfBirth) : undefined,
    disabled: typeof child.disabled === 'boolean' ? child.disabled : undefined,
    uasc: typeof child.uasc === 'boolean' ? child.uasc : undefined,
    attributes: (history.attributes ?? {}) as Record<string, unknown>,
    events,
    byTypeId,
    latestOnly: history.latestOnly?.length ? new Set(history.latestOnly) : NO_TYPES,
  };
}
