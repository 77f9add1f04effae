import { parseAsOf } from './asOf.js';
import type { CaseHistory } from '../model/case.js';
import { requireCompiledPack } from '../pack/guard.js';
import type { Age } from '../pack/schema.js';
import type { CompiledPack, CompiledRule } from '../pack/types.js';
import type { RuleRun, TriggerPoint } from './run.js';
import { ageMoment } from './conditions.js';
import { prepareCase } from './prepare.js';
import type { AsOf, PreparedEvent } from './prepare.js';
import { findSatisfaction, judge } from './judge.js';
import type { StopPoint } from './judge.js';
import { runRecurrence } from './recurrence.js';
import { basisLine, eventWords, noTimescaleLine } from './timescale.js';
import { computeDueDay } from './dueDates.js';
import { InstanceList } from './instances.js';
import { planFor } from './plan.js';
import type { RulePlan } from './plan.js';
import type { AnyEvaluationResult, CompactEvaluationResult, EvaluateOptions, EventRef, EvaluationResult, MinimalEvaluationResult, ResultDetail } from './types.js';


function ageWords(age: { years: number; months?: number }): string {
  return age.months ? `${age.years} years ${age.months} months` : `${age.years}th birthday`;
}

const NO_EVENTS: readonly PreparedEvent[] = [];

// "strategy discussion (scheduled)": the words for a scheduled trigger, built once per type.
const scheduledWords = new Map<string, string>();

function triggerWords(event: PreparedEvent): string {
  if (!event.scheduled) return eventWords(event.type);
  let words = scheduledWords.get(event.type);
  if (words === undefined) {
    words = `${eventWords(event.type)} (scheduled)`;
    if (scheduledWords.size < 10_000) scheduledWords.set(event.type, words);
  }
  return words;
}

/** The clock start for an age trigger, or none (with a warning) when the case has no date of birth. */
function ageTrigger(run: RuleRun, age: Age): TriggerPoint | undefined {
  if (!run.kase.dateOfBirth) {
    run.warn(`rule ${run.rule.id} starts at an age but the case has no child.dateOfBirth: not evaluated`);
    return undefined;
  }
  const moment = ageMoment(run.kase, age);
  const date = moment.date;
  return { moment, ref: { event: 'age', date }, event: undefined, previousAnchor: undefined, words: run.full ? `reaches ${ageWords(age)}` : '' };
}

function eventTrigger(run: RuleRun, event: PreparedEvent, previousAnchor: PreparedEvent | undefined): TriggerPoint {
  return { moment: event, ref: event.ref, event, previousAnchor, words: run.full ? triggerWords(event) : '' };
}

/** The first stop (event or age) after the trigger, if any. */
function findStop(run: RuleRun, trigger: TriggerPoint): StopPoint | undefined {
  let best: StopPoint | undefined;
  for (const stop of run.plan.stops) {
    let candidate: StopPoint | undefined;
    if (stop.age !== undefined) {
      if (!run.kase.dateOfBirth) continue;
      const { date, day } = ageMoment(run.kase, stop.age);
      if (day >= trigger.moment.day) candidate = { date, day, position: Number.POSITIVE_INFINITY, ref: { event: 'age', date } };
    } else {
      for (const event of run.kase.byTypeId[stop.typeId] ?? NO_EVENTS) {
        if (event.scheduled || event === trigger.event) continue;
        const after = trigger.event ? event.position > trigger.event.position : event.day >= trigger.moment.day;
        if (after && stop.matches(event)) {
          candidate = { date: event.date, day: event.day, instant: event.instant, position: event.position, ref: event.ref };
          break;
        }
      }
    }
    if (candidate && (!best || candidate.day < best.day || (candidate.day === best.day && candidate.position < best.position))) best = candidate;
  }
  return best;
}

function inEffect(plan: RulePlan, date: string): boolean {
  const e = plan.effective;
  return !e || ((e.from === undefined || date >= e.from) && (e.to === undefined || date <= e.to));
}

/**
 * Runs one rule over the case: each event (or birthday) that starts its clock, in history
 * order, as the rule's `occurrence` picks them.
 */
function evaluateRule(run: RuleRun, events: PreparedEvent[] | undefined, out: InstanceList): void {
  const plan = run.plan;
  if (plan.age !== undefined) {
    const trigger = ageTrigger(run, plan.age);
    if (trigger) evaluateTrigger(run, trigger, out);
    return;
  }
  if (events === undefined) return;
  const { withScheduled, before, occurrence, triggerWhere } = plan;
  // The matching event before the one that starts a clock: for a `before` deadline, the
  // previous meeting opens the window in which the obligation can be met.
  let previous: PreparedEvent | undefined;
  let latest: PreparedEvent | undefined;
  for (const event of events) {
    if (event.scheduled && !withScheduled) continue;
    if (!triggerWhere(event.attributes)) continue;
    if (occurrence === 'latest') {
      previous = latest;
      latest = event;
      continue;
    }
    evaluateTrigger(run, eventTrigger(run, event, before ? previous : undefined), out);
    if (occurrence === 'first') return;
    previous = event;
  }
  if (latest) evaluateTrigger(run, eventTrigger(run, latest, before ? previous : undefined), out);
}

/** Raises the instance (or, for a recurring rule, the schedule) one clock start gives. */
function evaluateTrigger(run: RuleRun, trigger: TriggerPoint, out: InstanceList): void {
  const { pack, asOf, plan } = run;
  if (!inEffect(plan, trigger.moment.date)) return;
  // Age triggers in the future are judged on today's facts (is the child looked after now?).
  const ctx = run.ctx;
  const future = trigger.moment.day > asOf.day && !trigger.event;
  ctx.day = future ? asOf.day : trigger.moment.day;
  ctx.trigger = trigger.event;
  if (!plan.appliesWhen(ctx, run.missingBirthDate)) return;
  const templates = plan.templates;
  let template = templates[0]!;
  const variantWhen = plan.variantWhen;
  for (let v = 0; v < variantWhen.length; v++) {
    if (variantWhen[v]!(ctx, run.missingBirthDate)) {
      template = templates[v + 1]!;
      break;
    }
  }
  const stop = findStop(run, trigger);
  const spec = template.spec;
  if (spec === 'none') {
    const sat = findSatisfaction(run, trigger, undefined, undefined);
    out.add(judge(run, template, trigger, undefined, stop, run.full ? noTimescaleLine(trigger.words, trigger.moment) : '', sat), trigger.moment.day);
    return;
  }
  if (plan.recurring) {
    runRecurrence(run, template, trigger, stop, out);
    return;
  }
  const due = computeDueDay(pack.calendar, trigger.moment, spec);
  const sat = spec.before ? findSatisfaction(run, undefined, trigger.previousAnchor, trigger.event) : findSatisfaction(run, trigger, undefined, undefined);
  const basis = run.full ? basisLine(pack.calendar, trigger.words, trigger.moment, spec, due) : '';
  out.add(judge(run, template, trigger, due, stop, basis, sat), due.day);
}

/**
 * Evaluates one case against a compiled pack. Pure and synchronous: no file, network or
 * clock access; the same case, pack and `asOf` always give the same result.
 *
 * Events dated after `asOf` (other than scheduled meetings) are ignored, so a past as-of
 * date reproduces what was known then. Instances that refer to the same event share one
 * event-reference object: treat results as read-only (copy before changing them).
 *
 * @example
 * const pack = loadPackOrThrow('working-together-2018');
 * const result = evaluate(
 *   { id: 'C1', child: {}, events: [{ type: 'strategy_discussion', at: '2024-03-28', s47Initiated: true }] },
 *   pack,
 *   { asOf: '2024-04-05' },
 * );
 * // result.instances[0]: { obligation: 'initial-cp-conference', due: '2024-04-22', status: 'pending', ... }
 * // (15 working days from Thu 28 Mar 2024, skipping Good Friday and Easter Monday)
 */
export function evaluate(caseHistory: CaseHistory, pack: CompiledPack, options: EvaluateOptions & { detail?: 'full' }): EvaluationResult;
export function evaluate(caseHistory: CaseHistory, pack: CompiledPack, options: EvaluateOptions & { detail: 'compact' }): CompactEvaluationResult;
export function evaluate(caseHistory: CaseHistory, pack: CompiledPack, options: EvaluateOptions & { detail: 'minimal' }): MinimalEvaluationResult;
export function evaluate(caseHistory: CaseHistory, pack: CompiledPack, options: EvaluateOptions): AnyEvaluationResult;
export function evaluate(caseHistory: CaseHistory, pack: CompiledPack, options: EvaluateOptions): AnyEvaluationResult {
  requireCompiledPack(pack, 'evaluate');
  const asOf = parseAsOf(options.asOf);
  const detail = detailOf(options.detail);
  const full = detail === 'full';
  const minimal = detail === 'minimal';
  const plan = planFor(pack);
  const kase = prepareCase(caseHistory, asOf, plan.typeIds);
  const warnings: string[] = [];
  const warn = (message: string) => {
    if (!warnings.includes(message)) warnings.push(message);
  };
  const list = new InstanceList();
  const byTypeId = kase.byTypeId;
  // One run object per case, pointed at each rule in turn.
  const run: RuleRun = {
    rule: undefined as unknown as CompiledRule,
    plan: undefined as unknown as RulePlan,
    kase,
    pack,
    asOf,
    full,
    minimal,
    warn,
    // Per case, not per rule: reads the rule in hand when called.
    missingBirthDate: () => warn(`rule ${run.rule.id} tests the child's age but the case has no child.dateOfBirth`),
    ctx: { kase, day: asOf.day, trigger: undefined },
  };
  for (const rulePlan of plan.rules) {
    const { triggerType } = rulePlan;
    const events = triggerType >= 0 ? byTypeId[triggerType] : undefined;
    if (triggerType >= 0 && events === undefined) continue; // no event can start this clock
    run.rule = rulePlan.rule;
    run.plan = rulePlan;
    evaluateRule(run, events, list);
  }
  const instances = list.sorted();
  const packRef = { id: pack.id, version: pack.version };
  if (minimal) {
    const unused: number[] = [];
    for (const event of kase.events) if (event.typeId < 0) unused.push(event.index);
    const minimalInstances = instances as unknown as MinimalEvaluationResult['instances'];
    return { caseId: kase.id, asOf: options.asOf, detail: 'minimal', pack: packRef, instances: minimalInstances, unusedEvents: unused, warnings };
  }
  const unusedEvents: EventRef[] = [];
  for (const event of kase.events) if (event.typeId < 0) unusedEvents.push(event.ref);
  if (!full) return { caseId: kase.id, asOf: options.asOf, detail: 'compact', pack: packRef, instances, unusedEvents, warnings };
  return { caseId: kase.id, asOf: options.asOf, pack: packRef, instances, unusedEvents, warnings };
}

function detailOf(detail: unknown): ResultDetail {
  if (detail === undefined || detail === 'full' || detail === 'compact' || detail === 'minimal') return detail ?? 'full';
  throw new TypeError(`detail must be 'full', 'compact' or 'minimal', not ${JSON.stringify(detail)}`);
}
