import { eventWords, timescaleWords } from '../engine/timescale.js';
import type { Age, AttributeTest, Condition, Deadline, Duration, EventMatch, Level, PhaseEnd, Rule, Where } from '../pack/schema.js';
import { durationWords } from '../engine/timescale.js';

/**
 * A deadline in words, reusing the engine's wording: "15 working days",
 * "5 working days before review cp conference", "no number set".
 *
 * @example
 * ```ts
 * deadlineWords({ amount: 15, unit: 'working_days' }); //=> '15 working days'
 * deadlineWords('none'); //=> 'no number set'
 * ```
 */
export function deadlineWords(deadline: Deadline): string {
  if (deadline === 'none') return 'no number set';
  return timescaleWords({ amount: deadline.amount ?? 0, unit: deadline.unit, ...(deadline.before ? { before: deadline.before } : {}) });
}

/**
 * A duration in words: "6 months", "same working day".
 *
 * @example
 * ```ts
 * intervalWords({ amount: 6, unit: 'months' }); //=> '6 months'
 * ```
 */
export function intervalWords(d: Duration): string {
  return durationWords(d.amount ?? 0, d.unit);
}

/**
 * An age in words: "18", "15 years 6 months".
 *
 * @example
 * ```ts
 * ageWords({ years: 15, months: 6 }); //=> '15 years 6 months'
 * ageWords({ years: 18 }); //=> '18'
 * ```
 */
export function ageWords(age: Age): string {
  return age.months ? `${age.years} years ${age.months} month${age.months === 1 ? '' : 's'}` : String(age.years);
}

function scalarWords(v: unknown): string {
  return v === null ? 'null' : String(v);
}

function testWords(name: string, test: AttributeTest): string {
  if (test === null || typeof test !== 'object') return `${name}: ${scalarWords(test)}`;
  if ('in' in test) return `${name} one of ${test.in.map(scalarWords).join(', ')}`;
  if ('notIn' in test) return `${name} none of ${test.notIn.map(scalarWords).join(', ')}`;
  if ('not' in test) return `${name} not ${scalarWords(test.not)}`;
  if ('exists' in test) return `${name} ${test.exists ? 'recorded' : 'not recorded'}`;
  const parts: string[] = [];
  if (test.gte !== undefined) parts.push(`${name} ≥ ${test.gte}`);
  if (test.gt !== undefined) parts.push(`${name} > ${test.gt}`);
  if (test.lte !== undefined) parts.push(`${name} ≤ ${test.lte}`);
  if (test.lt !== undefined) parts.push(`${name} < ${test.lt}`);
  return parts.join(' and ');
}

/**
 * Attribute tests in words: "s47Initiated: true, urgency one of immediate, child_protection".
 *
 * @example
 * ```ts
 * whereWords({ s47Initiated: true, level: { gte: 3 } }); //=> 's47Initiated: true, level ≥ 3'
 * ```
 */
export function whereWords(where: Where): string {
  return Object.entries(where)
    .map(([name, test]) => testWords(name, test))
    .join(', ');
}

function eventMatchWords(m: EventMatch): string {
  return `${eventWords(m.event)}${m.where && Object.keys(m.where).length > 0 ? ` (${whereWords(m.where)})` : ''}`;
}

function statesWords(s: string | string[]): string {
  return (Array.isArray(s) ? s : [s]).map(eventWords).join(' and ');
}

/**
 * A condition (`appliesWhen`, a variant's `when`) in words.
 *
 * @example
 * ```ts
 * conditionWords({ state: 'on_cp_plan', trigger: { urgency: 'immediate' } });
 * //=> 'trigger urgency: immediate; in state on cp plan'
 * conditionWords({ any: [{ child: { disabled: true } }, { state: 'looked_after' }] });
 * //=> '(disabled child or in state looked after)'
 * ```
 */
export function conditionWords(c: Condition): string {
  const parts: string[] = [];
  if (c.trigger) parts.push(`trigger ${whereWords(c.trigger)}`);
  if (c.child) {
    const child = c.child;
    if (child.ageAtLeast) parts.push(`child aged at least ${ageWords(child.ageAtLeast)}`);
    if (child.ageUnder) parts.push(`child under ${ageWords(child.ageUnder)}`);
    if (child.disabled !== undefined) parts.push(child.disabled ? 'disabled child' : 'child not disabled');
    if (child.uasc !== undefined) parts.push(child.uasc ? 'unaccompanied asylum-seeking child' : 'child not an unaccompanied asylum seeker');
  }
  if (c.state !== undefined) parts.push(`in state ${statesWords(c.state)}`);
  if (c.notState !== undefined) parts.push(`not in state ${statesWords(c.notState)}`);
  if (c.hasEvent) parts.push(`${c.hasEvent.since === 'ever' ? 'ever had' : 'has since the trigger'} ${eventMatchWords(c.hasEvent)}`);
  if (c.noEvent) parts.push(`${c.noEvent.since === 'ever' ? 'never had' : 'no'} ${eventMatchWords(c.noEvent)}${c.noEvent.since === 'ever' ? '' : ' since the trigger'}`);
  if (c.case) parts.push(`case ${whereWords(c.case)}`);
  if (c.all) parts.push(`(${c.all.map(conditionWords).join(' and ')})`);
  if (c.any) parts.push(`(${c.any.map(conditionWords).join(' or ')})`);
  if (c.not) parts.push(`not (${conditionWords(c.not)})`);
  return parts.join('; ');
}

/**
 * When a rule's clock starts, in words.
 *
 * @example
 * ```ts
 * triggerWords(rule); //=> 'strategy discussion (s47Initiated: true), first only'
 * triggerWords({ ...rule, trigger: { age: { years: 16 } } }); //=> 'child reaches 16'
 * ```
 */
export function triggerWords(rule: Pick<Rule, 'trigger' | 'deadline'>): string {
  const before = rule.deadline !== 'none' ? rule.deadline.before : undefined;
  const trigger = rule.trigger;
  if (!trigger) return before ? `counted back from each ${eventWords(before)} (held or scheduled)` : 'no trigger';
  if ('age' in trigger) return `child reaches ${ageWords(trigger.age)}`;
  const words = [eventMatchWords(trigger)];
  if (trigger.occurrence === 'first') words.push('first only');
  if (trigger.occurrence === 'latest') words.push('latest only');
  if (trigger.includeScheduled) words.push('scheduled ones too');
  if (before) words.push('counted back from it');
  return words.join(', ');
}

/**
 * What ends a recurrence phase, in words: "until review cp conference", "until age 5",
 * "once", "3 times", "for the first 1 year".
 *
 * @example
 * ```ts
 * phaseEndWords({ event: 'review_cp_conference' }); //=> 'until review cp conference'
 * phaseEndWords({ count: 1 }); //=> 'once'
 * phaseEndWords({ anyOf: [{ event: 'foster_carer_approved' }, { event: 'care_order_made' }] }); //=> 'until foster carer approved or care order made'
 * ```
 */
export function phaseEndWords(until: PhaseEnd): string {
  if ('count' in until) return until.count === 1 ? 'once' : `${until.count} times`;
  if ('after' in until) return `for the first ${intervalWords(until.after)}`;
  if ('age' in until) return `until age ${ageWords(until.age)}`;
  if ('anyOf' in until) return `until ${until.anyOf.map(eventMatchWords).join(' or ')}`;
  return `until ${eventMatchWords(until)}`;
}

function untilWords(until: PhaseEnd): string {
  return 'count' in until ? ` (${phaseEndWords(until)})` : ` ${phaseEndWords(until)}`;
}

/**
 * A rule's whole timescale in words, variants and phases spelled out:
 * "2 hours if immediate referral; otherwise 24 hours", "3 months, then every 6 months",
 * "10 working days, then every 10 working days until review cp conference, then every 15 working days".
 *
 * @example
 * ```ts
 * ruleTimescaleWords({
 *   deadline: { amount: 3, unit: 'months' },
 *   recurrence: { phases: [{ every: { amount: 6, unit: 'months' } }] },
 * }); //=> '3 months, then every 6 months'
 * ```
 */
export function ruleTimescaleWords(rule: Pick<Rule, 'deadline' | 'variants' | 'recurrence'>): string {
  let words = deadlineWords(rule.deadline);
  if (rule.variants && rule.variants.length > 0) {
    const cases = rule.variants.map((v) => `${deadlineWords(v.deadline)} if ${v.label ?? conditionWords(v.when)}`);
    words = `${cases.join('; ')}; otherwise ${words}`;
  }
  if (rule.recurrence) {
    const phases = rule.recurrence.phases.map((p) => `every ${intervalWords(p.every)}${p.until ? untilWords(p.until) : ''}`);
    words = `${words}${rule.variants ? ';' : ','} then ${phases.join(', then ')}`;
  }
  return words;
}

/**
 * A level in words: "statutory", "local minimum", "good practice".
 *
 * @example
 * ```ts
 * levelWords('good_practice'); //=> 'good practice'
 * ```
 */
export function levelWords(level: Level): string {
  return level.replace(/_/g, ' ');
}
