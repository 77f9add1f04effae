import { isoInstant } from './dueDates.js';
import type { Due } from './dueDates.js';
import type { InstanceTemplate } from './templates.js';
import type { RuleRun, TriggerPoint } from './run.js';
import type { AsOf, PreparedEvent } from './prepare.js';
import type { Lateness, MinimalObligationInstance, ObligationInstance, ObligationStatus, TriggerRef } from './types.js';

export type { AsOf } from './prepare.js';

/** A stop found after the trigger: an event, or a birthday (position +Infinity). */
export interface StopPoint {
  date: string;
  day: number;
  instant?: number;
  position: number;
  ref: TriggerRef;
}

/** The parts of an instance fixed before the case is judged (rule, variant, phase). */
export type InstanceBase = InstanceTemplate;

const NO_EVENTS: readonly PreparedEvent[] = [];

/**
 * The first event in history order that meets the obligation. From a trigger: held on or
 * after it (same day counts; when both carry a time, the instants decide). Otherwise
 * (`trigger` undefined): held after the event `after` (or at any time when there is none),
 * other than `exclude`. Plain arguments rather than a window object: this runs for every
 * instance.
 */
export function findSatisfaction(
  run: RuleRun,
  trigger: TriggerPoint | undefined,
  after: PreparedEvent | undefined,
  exclude: PreparedEvent | undefined,
): PreparedEvent | undefined {
  let best: PreparedEvent | undefined;
  const satisfiedBy = run.plan.satisfiedBy;
  const byTypeId = run.kase.byTypeId;
  for (let s = 0; s < satisfiedBy.length; s++) {
    const { matches, typeId } = satisfiedBy[s]!;
    const events = byTypeId[typeId];
    if (events === undefined) continue;
    for (let e = 0; e < events.length; e++) {
      const event = events[e]!;
      if (best && event.position >= best.position) break;
      if (event.scheduled) continue;
      if (trigger !== undefined) {
        if (event === trigger.event) continue;
        const moment = trigger.moment;
        if (event.instant !== undefined && moment.instant !== undefined ? event.instant < moment.instant : event.day < moment.day) continue;
      } else if (event === exclude || (after !== undefined && event.position <= after.position)) continue;
      if (matches(event)) {
        best = event;
        break;
      }
    }
  }
  return best;
}

function satisfiedBeforeStop(sat: PreparedEvent, stop: StopPoint | undefined): boolean {
  if (!stop) return true;
  return stop.position === Number.POSITIVE_INFINITY ? sat.day <= stop.day : sat.position < stop.position;
}

function onTime(sat: PreparedEvent, due: Due): boolean {
  if (due.instant !== undefined && sat.instant !== undefined) return sat.instant <= due.instant;
  return sat.day <= due.day;
}

function stopOnOrBeforeDue(stop: StopPoint, due: Due): boolean {
  if (due.instant !== undefined && stop.instant !== undefined) return stop.instant <= due.instant;
  return stop.day <= due.day;
}

function pastDue(due: Due, asOf: AsOf): boolean {
  if (due.instant !== undefined && asOf.instant !== undefined) return due.instant < asOf.instant;
  return due.day < asOf.day;
}

/** Where lateness is measured to: the satisfying event, the stop, or the as-of moment. */
interface LatenessEnd {
  date: string;
  day: number;
  instant?: number;
}

function measureLateness(run: RuleRun, unit: string, due: Due, end: LatenessEnd): Lateness {
  const calendarDays = end.day - due.day;
  if (unit === 'working_days' || unit === 'same_working_day') {
    return { amount: run.pack.calendar.workingDaysBetween(due.date, end.date), unit: 'working_days', calendarDays };
  }
  if (unit === 'hours' && due.instant !== undefined && end.instant !== undefined) {
    return { amount: Math.ceil((end.instant - due.instant) / 3_600_000), unit: 'hours', calendarDays };
  }
  return { amount: calendarDays, unit: 'days', calendarDays };
}

function findBreachReason(run: RuleRun, trigger: TriggerPoint): ObligationInstance['breachReason'] {
  const reason = run.plan.breachReason;
  if (!reason) return undefined;
  for (const event of run.kase.byTypeId[reason.typeId] ?? NO_EVENTS) {
    if (!event.scheduled && event.day >= trigger.moment.day && reason.matches(event)) return { recorded: true, event: event.ref };
  }
  return { recorded: false };
}

let lastYear = Number.NaN;
let lastYearEnd = Number.NaN;

/** Day number of 31 December of `year` (remembered: every calendar has the same year). */
function lastDayOfYear(year: number): number {
  if (year !== lastYear) {
    lastYearEnd = Date.UTC(year, 11, 31) / 86_400_000;
    lastYear = year;
  }
  return lastYearEnd;
}

/** A minimal result's reference: an event by its position, a birthday by its date. */
function positionOrDate(ref: TriggerRef): number | string {
  return ref.index ?? ref.date;
}

/**
 * Judges one instance: given the due moment, the satisfying event (if any) and the first
 * stop, decides met / late / overdue / pending / cancelled / no_timescale and how late.
 * `basis` is used only for full results.
 */
export function judge(
  run: RuleRun,
  base: InstanceBase,
  trigger: TriggerPoint,
  due: Due | undefined,
  stop: StopPoint | undefined,
  basis: string,
  sat: PreparedEvent | undefined,
  occurrence?: number,
  phase?: number,
): ObligationInstance {
  const satisfied = sat && satisfiedBeforeStop(sat, stop) ? sat : undefined;
  const unit = base.deadline === 'none' ? 'none' : base.deadline.unit;
  let status: ObligationStatus;
  let lateness: Lateness | undefined;
  let cancelledBy: TriggerRef | undefined;
  if (!due) {
    status = 'no_timescale';
  } else if (satisfied) {
    status = onTime(satisfied, due) ? 'met' : 'late';
    if (status === 'late') lateness = measureLateness(run, unit, due, satisfied);
  } else if (stop && stopOnOrBeforeDue(stop, due)) {
    status = 'cancelled';
    cancelledBy = stop.ref;
  } else if (pastDue(due, run.asOf)) {
    status = 'overdue';
    // A stop after the due date closes the breach: lateness runs to the stop, not to today.
    lateness = measureLateness(run, unit, due, stop && stop.day < run.asOf.day ? stop : run.asOf);
  } else {
    status = 'pending';
  }
  const breach = (status === 'late' || status === 'overdue') && base.level !== 'good_practice';
  const breachReason = status === 'late' || status === 'overdue' ? findBreachReason(run, trigger) : undefined;
  let projected: true | undefined;
  if (due && (unit === 'working_days' || unit === 'same_working_day')) {
    // After the last official year, the bank holidays counted over are projected.
    const lastOfficialDay = lastDayOfYear(run.pack.calendar.officialThrough);
    if (due.day > lastOfficialDay || trigger.moment.day > lastOfficialDay) projected = true;
  }
  // One fixed shape per detail level (absent fields undefined, which JSON omits): building
  // it with conditional spreads was the engine's main cost. Separate literals rather than one
  // extended, because the full one interleaves its extra keys and JSON keeps key order. The
  // minimal shape travels as an ObligationInstance inside the engine (the instance list and
  // the recurrence read only `status`); evaluate's return type says which shape it is.
  if (run.minimal) {
    return {
      rule: base.rule,
      trigger: positionOrDate(trigger.ref),
      due: due ? due.date : null,
      dueInstant: due?.instant !== undefined ? isoInstant(due.instant) : undefined,
      variant: base.variant,
      status,
      breach,
      satisfiedBy: satisfied ? satisfied.index : undefined,
      cancelledBy: cancelledBy ? positionOrDate(cancelledBy) : undefined,
      lateness,
      occurrence,
      phase,
      breachReason: breachReason ? { recorded: breachReason.recorded, event: breachReason.event?.index } : undefined,
      projected,
    } satisfies MinimalObligationInstance as unknown as ObligationInstance;
  }
  if (!run.full) {
    return {
      obligation: base.obligation,
      rule: base.rule,
      pack: base.pack,
      title: base.title,
      trigger: trigger.ref,
      due: due ? due.date : null,
      dueInstant: due?.instant !== undefined ? isoInstant(due.instant) : undefined,
      variant: base.variant,
      status,
      breach,
      satisfiedBy: satisfied ? satisfied.ref : undefined,
      cancelledBy,
      lateness,
      responsible: base.responsible,
      level: base.level,
      occurrence,
      phase,
      breachReason,
      projected,
    } as ObligationInstance;
  }
  return {
    obligation: base.obligation,
    rule: base.rule,
    pack: base.pack,
    title: base.title,
    trigger: trigger.ref,
    due: due ? due.date : null,
    dueInstant: due?.instant !== undefined ? isoInstant(due.instant) : undefined,
    timescale: base.timescale,
    deadline: base.deadline,
    variant: base.variant,
    status,
    breach,
    satisfiedBy: satisfied ? satisfied.ref : undefined,
    cancelledBy,
    lateness,
    responsible: base.responsible,
    level: base.level,
    source: base.source,
    occurrence,
    phase,
    breachReason,
    projected,
    basis,
  };
}
