import { parseAsOf } from './asOf.js';
import type { CaseHistory } from '../model/case.js';
import { requireCompiledPack } from '../pack/guard.js';
import type { CompiledPack, CompiledRule } from '../pack/types.js';
import type { RuleRun, TriggerPoint } from './run.js';
import { ageMoment } from './conditions.js';
import type { ConditionContext } from './conditions.js';
import { prepareCase } from './prepare.js';
import type { AsOf, PreparedEvent } from './prepare.js';
import { findSatisfaction, judge } from './judge.js';
import type { SatisfactionWindow, StopPoint } from './judge.js';
import { runRecurrence } from './recurrence.js';
import { basisLine, eventWords, noTimescaleLine } from './timescale.js';
import { computeDueDay } from './dueDates.js';
import type { InstanceTemplate } from './templates.js';
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

function findTriggers(run: RuleRun, events: PreparedEvent[] | undefined): TriggerPoint[] {
  const { plan, kase } = run;
  if (plan.age !== undefined) {
    if (!kase.dateOfBirth) {
      run.warn(`rule ${run.rule.id} starts at an age but the case has no child.dateOfBirth: not evaluated`);
      return [];
    }
    const moment = ageMoment(kase, plan.age);
    const date = moment.date;
    return [{ moment, ref: { event: 'age', date }, words: run.full ? `reaches ${ageWords(plan.age)}` : '' }];
  }
  if (events === undefined) return [];
  const { withScheduled, before, occurrence, triggerWhere } = plan;
  const matching: PreparedEvent[] = [];
  for (const event of events) {
    if (event.scheduled && !withScheduled) continue;
    if (triggerWhere(event.attributes)) matching.push(event);
  }
  if (matching.length === 0) return [];
  const first = occurrence === 'latest' ? matching.length - 1 : 0;
  const end = occurrence === 'first' ? 1 : matching.length;
  const points: TriggerPoint[] = [];
  for (let at = first; at < end; at++) {
    const event = matching[at]!;
    points.push({
      moment: event,
      ref: event.ref,
      event,
      previousAnchor: before && at > 0 ? matching[at - 1] : undefined,
      words: run.full ? triggerWords(event) : '',
    });
  }
  return points;
}

/** The first stop (event or age) after the trigger, if any. */
function findStop(run: RuleRun, trigger: TriggerPoint): StopPoint | undefined {
  let best: StopPoint | undefined;
  for (const stop of run.plan.stops) {
    let candidate: StopPoint | undefined;
    if (stop.age !== undefined) {
      if (!run.kase.dateOfBirth) continue;
      const { date, day } = ageMoment(run.kase, stop.age);
      if (date >= trigger.moment.date) candidate = { date, day, position: Number.POSITIVE_INFINITY, ref: { event: 'age', date } };
    } else {
      for (const event of run.kase.byTypeId[stop.typeId] ?? NO_EVENTS) {
        if (event.scheduled || event === trigger.event) continue;
        const after = trigger.event ? event.position > trigger.event.position : event.date >= trigger.moment.date;
        if (after && stop.matches(event)) {
          candidate = { date: event.date, day: event.day, instant: event.instant, position: event.position, ref: event.ref };
          break;
        }
      }
    }
    if (candidate && (!best || candidate.date < best.date || (candidate.date === best.date && candidate.position < best.position))) best = candidate;
  }
  return best;
}

function inEffect(plan: RulePlan, date: string): boolean {
  const e = plan.effective;
  return !e || ((e.from === undefined || date >= e.from) && (e.to === undefined || date <= e.to));
}

function evaluateRule(run: RuleRun, templates: InstanceTemplate[], events: PreparedEvent[] | undefined, out: InstanceList): void {
  const { rule, kase, pack, asOf } = run;
  const triggers = findTriggers(run, events);
  if (triggers.length === 0) return;
  // Per rule, not per trigger: the one warning this rule can give.
  const missingBirthDate = () => run.warn(`rule ${rule.id} tests the child's age but the case has no child.dateOfBirth`);
  for (const trigger of triggers) {
    if (!inEffect(run.plan, trigger.moment.date)) continue;
    // Age triggers in the future are judged on today's facts (is the child looked after now?).
    const ctx: ConditionContext = {
      kase,
      date: trigger.moment.day > asOf.day && !trigger.event ? asOf.date : trigger.moment.date,
      trigger: trigger.event,
    };
    if (!run.plan.appliesWhen(ctx, missingBirthDate)) continue;
    let template = templates[0]!;
    const variantWhen = run.plan.variantWhen;
    for (let v = 0; v < variantWhen.length; v++) {
      if (variantWhen[v]!(ctx, missingBirthDate)) {
        template = templates[v + 1]!;
        break;
      }
    }
    const stop = findStop(run, trigger);
    const spec = template.spec;
    if (spec === 'none') {
      const sat = findSatisfaction(run, { kind: 'from-trigger', trigger });
      out.add(judge(run, template, trigger, undefined, stop, run.full ? noTimescaleLine(trigger.words, trigger.moment) : '', sat), trigger.moment.day);
      continue;
    }
    if (run.plan.recurring) {
      runRecurrence(run, template, trigger, stop, out);
      continue;
    }
    const due = computeDueDay(pack.calendar, trigger.moment, spec);
    const window: SatisfactionWindow = spec.before
      ? { kind: 'after-event', after: trigger.previousAnchor, exclude: trigger.event }
      : { kind: 'from-trigger', trigger };
    const basis = run.full ? basisLine(pack.calendar, trigger.words, trigger.moment, spec, due) : '';
    out.add(judge(run, template, trigger, due, stop, basis, findSatisfaction(run, window)), due.day);
  }
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
  let run: RuleRun | undefined; // one run object, pointed at each rule in turn
  for (const rulePlan of plan.rules) {
    const { triggerType } = rulePlan;
    const events = triggerType >= 0 ? byTypeId[triggerType] : undefined;
    if (triggerType >= 0 && events === undefined) continue; // no event can start this clock
    if (run === undefined) run = { rule: rulePlan.rule, plan: rulePlan, kase, pack, asOf, full, minimal, warn };
    run.rule = rulePlan.rule;
    run.plan = rulePlan;
    evaluateRule(run, rulePlan.templates, events, list);
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
