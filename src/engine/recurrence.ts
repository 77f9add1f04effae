import { computeDueDay } from './dueDates.js';
import type { DayMoment } from './dueDates.js';
import type { Phase } from '../pack/schema.js';
import { ageMoment } from './conditions.js';
import type { RuleRun, TriggerPoint } from './run.js';
import { findSatisfaction, judge } from './judge.js';
import type { StopPoint } from './judge.js';
import type { InstanceTemplate } from './templates.js';
import type { PreparedEvent } from './prepare.js';
import { basisLine, eventWords } from './timescale.js';
import type { Timescale } from './timescale.js';
import type { InstanceList } from './instances.js';

// A safety net, not a limit anyone should meet: weekly visits for 19 years is under 1,000.
const MAX_INSTANCES = 2_000;

function phaseEnded(run: RuleRun, trigger: TriggerPoint, phaseIndex: number, phase: Phase, done: number, date: string): boolean {
  const until = phase.until;
  if (!until) return false;
  if ('count' in until) return done >= until.count;
  if ('age' in until) {
    if (!run.kase.dateOfBirth) {
      run.warn(`rule ${run.rule.id} has a phase that ends at an age but the case has no child.dateOfBirth: the phase was not ended`);
      return false;
    }
    return date >= ageMoment(run.kase, until.age).date;
  }
  if ('after' in until) {
    const end = computeDueDay(run.pack.calendar, trigger.moment, { amount: until.after.amount ?? 0, unit: until.after.unit });
    return date >= end.date;
  }
  // An event, or any one of several (`anyOf`): held on or after the trigger, by `date`.
  for (const end of run.plan.phaseEnds[phaseIndex]!) {
    for (const event of run.kase.byTypeId[end.typeId] ?? []) {
      if (event.date > date) break;
      if (!event.scheduled && event.date >= trigger.moment.date && end.matches(event)) return true;
    }
  }
  return false;
}

function latestSatisfaction(run: RuleRun, trigger: TriggerPoint): PreparedEvent | undefined {
  let latest: PreparedEvent | undefined;
  for (let sat = findSatisfaction(run, trigger, undefined, undefined); sat; sat = findSatisfaction(run, undefined, sat, undefined)) latest = sat;
  return latest;
}

function onlyLatestHeld(run: RuleRun): boolean {
  const by = run.rule.satisfiedBy;
  if (!by || run.kase.latestOnly.size === 0) return false;
  return (Array.isArray(by) ? by : [by]).every((m) => run.kase.latestOnly.has(m.event));
}

/**
 * Runs a recurring schedule: the first instance is due `first` after the trigger; each
 * satisfying event then starts the next interval, using the phase in force on the day it
 * was done. Stops at the first instance that is pending, overdue or cancelled.
 */
export function runRecurrence(run: RuleRun, first: InstanceTemplate, trigger: TriggerPoint, stop: StopPoint | undefined, out: InstanceList): void {
  const phases = run.rule.recurrence!.phases;
  const done = phases.map(() => 0);
  let phaseIndex = 0;
  let phaseOfInstance: number | undefined; // undefined for the first, trigger-based instance
  let occurrence = 1;
  let template = first;
  let timescale = first.spec as Timescale;
  let from: DayMoment = trigger.moment;
  let words = trigger.words;
  // Where the search for the next satisfying event starts: the trigger, then the last one done.
  let after: PreparedEvent | undefined;

  const advance = (date: string) => {
    while (phaseIndex < phases.length - 1 && phaseEnded(run, trigger, phaseIndex, phases[phaseIndex]!, done[phaseIndex]!, date)) phaseIndex++;
  };
  const startFrom = (sat: PreparedEvent, label: string) => {
    advance(sat.date);
    template = first.phases[phaseIndex]!;
    timescale = template.spec as Timescale;
    from = { date: sat.date, day: sat.day, instant: timescale.unit === 'hours' ? sat.instant : undefined };
    if (run.full) words = `${eventWords(sat.type)} (${label})`;
    after = sat;
    phaseOfInstance = phaseIndex;
  };

  // Ofsted Annex A holds only the latest visit (or review): start from it, invent nothing before.
  if (onlyLatestHeld(run)) {
    const latest = latestSatisfaction(run, trigger);
    if (latest) {
      startFrom(latest, 'latest held; earlier history not in the source');
      occurrence = 0; // unknown: reported without an occurrence number
    }
  }

  for (let n = 0; n < MAX_INSTANCES; n++) {
    const due = computeDueDay(run.pack.calendar, from, timescale);
    const sat = after ? findSatisfaction(run, undefined, after, undefined) : findSatisfaction(run, trigger, undefined, undefined);
    const basis = run.full ? basisLine(run.pack.calendar, words, from, timescale, due, template.phaseWords) : '';
    const phase = phaseOfInstance !== undefined ? phaseOfInstance + 1 : undefined;
    const instance = judge(run, template, trigger, due, stop, basis, sat, occurrence > 0 ? occurrence : undefined, phase);
    out.add(instance, due.day);
    if (instance.status !== 'met' && instance.status !== 'late') return;
    if (phaseOfInstance !== undefined) done[phaseOfInstance]!++;
    startFrom(sat!, 'last done');
    if (occurrence > 0) occurrence++;
  }
  run.warn(`rule ${run.rule.id}: stopped after ${MAX_INSTANCES} recurring instances`);
}
