import { InvalidDateError, londonDateOf, parseInstant, weekdayName } from '../calendar/index.js';
import { isCaseDate, isCaseInstant } from '../model/case.js';
import type { CaseHistory } from '../model/case.js';
import { requireCompiledPack } from '../pack/guard.js';
import type { CompiledPack, CompiledRule } from '../pack/types.js';
import type { RuleRun, TriggerPoint } from './run.js';
import { conditionHolds, dateAtAge, matchesEvent, passesWhere } from './conditions.js';
import type { ConditionContext } from './conditions.js';
import { prepareCase } from './prepare.js';
import type { AsOf, PreparedEvent } from './prepare.js';
import { findSatisfaction, judge, toEventRef } from './judge.js';
import type { SatisfactionWindow, StopPoint } from './judge.js';
import { runRecurrence } from './recurrence.js';
import { basisLine, computeDue, eventWords } from './timescale.js';
import { templatesFor } from './templates.js';
import type { EvaluateOptions, EvaluationResult, ObligationInstance } from './types.js';
import { referencedEventTypes } from './references.js';

function parseAsOf(value: unknown): AsOf {
  if (isCaseDate(value)) return { date: value };
  if (isCaseInstant(value)) {
    const instant = parseInstant(value);
    return { date: londonDateOf(instant), instant };
  }
  throw new InvalidDateError(value, 'an as-of date as YYYY-MM-DD or an instant with offset');
}

function ageWords(age: { years: number; months?: number }): string {
  return age.months ? `${age.years} years ${age.months} months` : `${age.years}th birthday`;
}

function findTriggers(run: RuleRun): TriggerPoint[] {
  const { rule, kase } = run;
  const before = rule.deadline !== 'none' ? rule.deadline.before : undefined;
  const trigger = rule.trigger ?? (before ? { event: before, occurrence: 'each' as const } : undefined);
  if (!trigger) return [];
  if ('age' in trigger) {
    if (!kase.dateOfBirth) {
      run.warn(`rule ${rule.id} starts at an age but the case has no child.dateOfBirth: not evaluated`);
      return [];
    }
    const date = dateAtAge(kase.dateOfBirth, trigger.age);
    const words = `reaches ${ageWords(trigger.age)}:`;
    return [{ moment: { date }, ref: { event: 'age', date }, words: words.replace(/:$/, '') }];
  }
  const withScheduled = trigger.includeScheduled === true || before !== undefined;
  const matching: PreparedEvent[] = [];
  for (const event of kase.byType.get(trigger.event) ?? []) {
    if (event.scheduled && !withScheduled) continue;
    if (passesWhere(event.attributes, trigger.where)) matching.push(event);
  }
  if (matching.length === 0) return [];
  const occurrence = trigger.occurrence ?? 'each';
  const picked = occurrence === 'first' ? [matching[0]!] : occurrence === 'latest' ? [matching[matching.length - 1]!] : matching;
  return picked.map((event) => {
    const at = matching.indexOf(event);
    return {
      moment: { date: event.date, instant: event.instant },
      ref: { event: event.type, date: event.date, at: event.at, index: event.index },
      event,
      previousAnchor: before && at > 0 ? matching[at - 1] : undefined,
      words: `${eventWords(event.type)}${event.scheduled ? ' (scheduled)' : ''}`,
    };
  });
}

/** The first stop (event or age) after the trigger, if any. */
function findStop(run: RuleRun, trigger: TriggerPoint): StopPoint | undefined {
  let best: StopPoint | undefined;
  for (const stop of run.rule.stopsOn) {
    let candidate: StopPoint | undefined;
    if ('age' in stop) {
      if (!run.kase.dateOfBirth) continue;
      const date = dateAtAge(run.kase.dateOfBirth, stop.age);
      if (date >= trigger.moment.date) candidate = { date, position: Number.POSITIVE_INFINITY, ref: { event: 'age', date } };
    } else {
      for (const event of run.kase.byType.get(stop.event) ?? []) {
        if (event.scheduled || event === trigger.event) continue;
        const after = trigger.event ? event.position > trigger.event.position : event.date >= trigger.moment.date;
        if (after && matchesEvent(event, stop)) {
          candidate = { date: event.date, instant: event.instant, position: event.position, ref: { event: event.type, date: event.date, at: event.at, index: event.index } };
          break;
        }
      }
    }
    if (candidate && (!best || candidate.date < best.date || (candidate.date === best.date && candidate.position < best.position))) best = candidate;
  }
  return best;
}

function inEffect(rule: CompiledRule, date: string): boolean {
  const e = rule.effective;
  return !e || ((e.from === undefined || date >= e.from) && (e.to === undefined || date <= e.to));
}

function evaluateRule(run: RuleRun, out: ObligationInstance[]): void {
  const { rule, kase, pack, asOf } = run;
  const triggers = findTriggers(run);
  if (triggers.length === 0) return;
  // Per rule, not per trigger: the templates and the one warning this rule can give.
  const templates = templatesFor(rule);
  const missingBirthDate = () => run.warn(`rule ${rule.id} tests the child's age but the case has no child.dateOfBirth`);
  for (const trigger of triggers) {
    if (!inEffect(rule, trigger.moment.date)) continue;
    // Age triggers in the future are judged on today's facts (is the child looked after now?).
    const ctx: ConditionContext = {
      kase,
      states: pack.states,
      date: trigger.moment.date > asOf.date && !trigger.event ? asOf.date : trigger.moment.date,
      trigger: trigger.event,
    };
    if (!conditionHolds(rule.appliesWhen, ctx, missingBirthDate)) continue;
    const variants = rule.variants;
    let template = templates[0]!;
    if (variants) {
      const at = variants.findIndex((v) => conditionHolds(v.when, ctx, missingBirthDate));
      if (at >= 0) template = templates[at + 1]!;
    }
    const stop = findStop(run, trigger);
    const spec = template.spec;
    if (spec === 'none') {
      const sat = findSatisfaction(run, { kind: 'from-trigger', trigger });
      const basis = `${trigger.words} ${weekdayName(trigger.moment.date)} ${trigger.moment.date}: the source sets no timescale`;
      out.push(judge(run, template, trigger, undefined, stop, basis, sat));
      continue;
    }
    if (rule.recurrence) {
      runRecurrence(run, template, trigger, stop, out);
      continue;
    }
    const due = computeDue(pack.calendar, trigger.moment, spec);
    const window: SatisfactionWindow = spec.before
      ? { kind: 'after-event', after: trigger.previousAnchor, exclude: trigger.event }
      : { kind: 'from-trigger', trigger };
    out.push(judge(run, template, trigger, due, stop, basisLine(trigger.words, trigger.moment, spec, due), findSatisfaction(run, window)));
  }
}

function byDue(a: ObligationInstance, b: ObligationInstance): number {
  const da = a.due ?? a.trigger.date;
  const db = b.due ?? b.trigger.date;
  if (da !== db) return da < db ? -1 : 1;
  return 0;
}

/**
 * Evaluates one case against a compiled pack. Pure and synchronous: no file, network or
 * clock access; the same case, pack and `asOf` always give the same result.
 *
 * Events dated after `asOf` (other than scheduled meetings) are ignored, so a past as-of
 * date reproduces what was known then.
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
export function evaluate(caseHistory: CaseHistory, pack: CompiledPack, options: EvaluateOptions): EvaluationResult {
  requireCompiledPack(pack, 'evaluate');
  const asOf = parseAsOf(options.asOf);
  const kase = prepareCase(caseHistory, asOf);
  const warnings: string[] = [];
  const warn = (message: string) => {
    if (!warnings.includes(message)) warnings.push(message);
  };
  const instances: ObligationInstance[] = [];
  for (const rule of pack.rules) evaluateRule({ rule, kase, pack, asOf, warn }, instances);
  instances.sort(byDue);
  const used = referencedEventTypes(pack);
  const unusedEvents = kase.events.filter((e) => !used.has(e.type)).map(toEventRef);
  return { caseId: kase.id, asOf: options.asOf, pack: { id: pack.id, version: pack.version }, instances, unusedEvents, warnings };
}
