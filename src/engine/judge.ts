import { daysBetween } from '../calendar/index.js';
import type { DueMoment, Moment } from '../calendar/index.js';
import type { EventMatch } from '../pack/schema.js';
import type { InstanceTemplate } from './templates.js';
import { matchesEvent } from './conditions.js';
import type { RuleRun, TriggerPoint } from './run.js';
import type { AsOf, PreparedEvent } from './prepare.js';
import type { EventRef, Lateness, ObligationInstance, ObligationStatus, TriggerRef } from './types.js';

export type { AsOf } from './prepare.js';

/** A stop found after the trigger: an event, or a birthday (position +Infinity). */
export interface StopPoint {
  date: string;
  instant?: number;
  position: number;
  ref: TriggerRef;
}

/** The parts of an instance fixed before the case is judged (rule, variant, phase). */
export type InstanceBase = InstanceTemplate;

/** The event as it appears in results. */
export function toEventRef(event: PreparedEvent): EventRef {
  return { event: event.type, date: event.date, at: event.at, index: event.index };
}

/** Where the search for a satisfying event starts. */
export type SatisfactionWindow =
  | { kind: 'from-trigger'; trigger: TriggerPoint }
  | { kind: 'after-event'; after: PreparedEvent | undefined; exclude?: PreparedEvent };

function qualifies(event: PreparedEvent, window: SatisfactionWindow): boolean {
  if (event.scheduled) return false;
  if (window.kind === 'after-event') return event !== window.exclude && (!window.after || event.position > window.after.position);
  const trigger = window.trigger;
  if (event === trigger.event) return false;
  // Same day counts; when both carry a time, the instants decide.
  if (event.instant !== undefined && trigger.moment.instant !== undefined) return event.instant >= trigger.moment.instant;
  return event.date >= trigger.moment.date;
}

/** The first event in history order that meets the obligation within the window. */
export function findSatisfaction(run: RuleRun, window: SatisfactionWindow): PreparedEvent | undefined {
  const satisfiedBy = run.rule.satisfiedBy;
  if (!satisfiedBy) return undefined;
  const matches: EventMatch[] = Array.isArray(satisfiedBy) ? satisfiedBy : [satisfiedBy];
  let best: PreparedEvent | undefined;
  for (const match of matches) {
    for (const event of run.kase.byType.get(match.event) ?? []) {
      if (best && event.position >= best.position) break;
      if (qualifies(event, window) && matchesEvent(event, match)) {
        best = event;
        break;
      }
    }
  }
  return best;
}

function satisfiedBeforeStop(sat: PreparedEvent, stop: StopPoint | undefined): boolean {
  if (!stop) return true;
  return stop.position === Number.POSITIVE_INFINITY ? sat.date <= stop.date : sat.position < stop.position;
}

function onTime(sat: PreparedEvent, due: DueMoment): boolean {
  if (due.instant !== undefined && sat.instant !== undefined) return sat.instant <= due.instant;
  return sat.date <= due.date;
}

function stopOnOrBeforeDue(stop: StopPoint, due: DueMoment): boolean {
  if (due.instant !== undefined && stop.instant !== undefined) return stop.instant <= due.instant;
  return stop.date <= due.date;
}

function pastDue(due: DueMoment, asOf: AsOf): boolean {
  if (due.instant !== undefined && asOf.instant !== undefined) return due.instant < asOf.instant;
  return due.date < asOf.date;
}

function measureLateness(run: RuleRun, unit: string, due: DueMoment, end: Moment): Lateness {
  const calendarDays = daysBetween(due.date, end.date);
  if (unit === 'working_days' || unit === 'same_working_day') {
    return { amount: run.pack.calendar.workingDaysBetween(due.date, end.date), unit: 'working_days', calendarDays };
  }
  if (unit === 'hours' && due.instant !== undefined && end.instant !== undefined) {
    return { amount: Math.ceil((end.instant - due.instant) / 3_600_000), unit: 'hours', calendarDays };
  }
  return { amount: calendarDays, unit: 'days', calendarDays };
}

function findBreachReason(run: RuleRun, trigger: TriggerPoint): ObligationInstance['breachReason'] {
  const match = run.rule.breachReason;
  if (!match) return undefined;
  for (const event of run.kase.byType.get(match.event) ?? []) {
    if (!event.scheduled && event.date >= trigger.moment.date && matchesEvent(event, match)) return { recorded: true, event: toEventRef(event) };
  }
  return { recorded: false };
}

/**
 * Judges one instance: given the due moment, the satisfying event (if any) and the first
 * stop, decides met / late / overdue / pending / cancelled / no_timescale and how late.
 */
export function judge(
  run: RuleRun,
  base: InstanceBase,
  trigger: TriggerPoint,
  due: DueMoment | undefined,
  stop: StopPoint | undefined,
  basis: string,
  sat: PreparedEvent | undefined,
  extra?: { occurrence?: number; phase?: number },
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
    if (status === 'late') lateness = measureLateness(run, unit, due, { date: satisfied.date, instant: satisfied.instant });
  } else if (stop && stopOnOrBeforeDue(stop, due)) {
    status = 'cancelled';
    cancelledBy = stop.ref;
  } else if (pastDue(due, run.asOf)) {
    status = 'overdue';
    // A stop after the due date closes the breach: lateness runs to the stop, not to today.
    const end = stop && stop.date < run.asOf.date ? { date: stop.date, instant: stop.instant } : run.asOf;
    lateness = measureLateness(run, unit, due, end);
  } else {
    status = 'pending';
  }
  const breach = (status === 'late' || status === 'overdue') && base.level !== 'good_practice';
  // One fixed shape for every instance (absent fields undefined, which JSON omits): building
  // it with conditional spreads was the engine's main cost.
  const instance: ObligationInstance = {
    obligation: base.obligation,
    rule: base.rule,
    pack: base.pack,
    title: base.title,
    trigger: trigger.ref,
    due: due ? due.date : null,
    dueInstant: due?.instant !== undefined ? new Date(due.instant).toISOString() : undefined,
    timescale: base.timescale,
    deadline: base.deadline,
    variant: base.variant,
    status,
    breach,
    satisfiedBy: satisfied ? toEventRef(satisfied) : undefined,
    cancelledBy,
    lateness,
    responsible: base.responsible,
    level: base.level,
    source: base.source,
    occurrence: extra?.occurrence,
    phase: extra?.phase,
    breachReason: undefined,
    projected: undefined,
    basis,
  };
  if (status === 'late' || status === 'overdue') {
    const reason = findBreachReason(run, trigger);
    if (reason) instance.breachReason = reason;
  }
  if (due && (unit === 'working_days' || unit === 'same_working_day')) {
    const officialThrough = run.pack.calendar.officialThrough;
    if (Number(due.date.slice(0, 4)) > officialThrough || Number(trigger.moment.date.slice(0, 4)) > officialThrough) instance.projected = true;
  }
  return instance;
}
