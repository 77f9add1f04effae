// What the engine works out once per pack rather than once per case: a small number for each
// event type the rules refer to, and for each rule the event type that starts its clock, so a
// case is checked against only the rules its events can trigger.
import type { Age, Stop } from '../pack/schema.js';
import type { CompiledPack, CompiledRule } from '../pack/types.js';
import { compileCondition, compileMatch, compileWhere } from './conditions.js';
import type { AttributeFilter, CompiledCondition, EventMatcher } from './conditions.js';
import { referencedEventTypes } from './references.js';
import { templatesFor } from './templates.js';
import type { InstanceTemplate } from './templates.js';

/** One rule, ready to run. */
export interface RulePlan {
  rule: CompiledRule;
  /** The id of the event type that starts the clock; -1 for an age trigger (always run). */
  triggerType: number;
  /** Index 0: the rule's own template; i + 1: variant i. */
  templates: InstanceTemplate[];
  /** The events that meet the obligation, each with its type id. */
  satisfiedBy: { matches: EventMatcher; typeId: number }[];
  /** The stops: an age, or an event type id with its pattern. */
  stops: ({ age: Age; typeId: -1; matches?: undefined } | { age?: undefined; typeId: number; matches: EventMatcher })[];
  /** The trigger's attribute filter (event triggers). */
  triggerWhere: AttributeFilter;
  /** `appliesWhen`, compiled. */
  appliesWhen: CompiledCondition;
  /** Each variant's `when`, compiled, in order. */
  variantWhen: CompiledCondition[];
  /** The event recording why a deadline was missed, when the rule asks for one. */
  breachReason?: { typeId: number; matches: EventMatcher };
  /** For each recurrence phase: the events that end it (one, or `anyOf` several; none for other ends). */
  phaseEnds: { typeId: number; matches: EventMatcher }[][];
  // The rule's own fields the engine reads for every trigger, in one fixed shape.
  /** The age that starts the clock, for an age trigger. */
  age: Age | undefined;
  /** The meeting a `before` deadline counts back from. */
  before: string | undefined;
  /** Which of the matching events start a clock. */
  occurrence: 'first' | 'each' | 'latest';
  /** Whether scheduled (not yet held) events start a clock: `includeScheduled`, or a `before` deadline. */
  withScheduled: boolean;
  /** The dates the rule is in force, when limited. */
  effective: { from?: string; to?: string } | undefined;
  /** Whether the rule recurs. */
  recurring: boolean;
}

/** A pack, ready to run. */
export interface PackPlan {
  /** A number for each event type the pack refers to (other types are unused data). */
  typeIds: ReadonlyMap<string, number>;
  /** The rules that can start a clock, in pack order. */
  rules: RulePlan[];
  /** Every event type the rules refer to. */
  referenced: ReadonlySet<string>;
}

const plans = new WeakMap<CompiledPack, PackPlan>();

function triggerEvent(rule: CompiledRule): string | 'age' | undefined {
  if (rule.trigger) return 'age' in rule.trigger ? 'age' : rule.trigger.event;
  // A deadline counted back from a meeting is started by each (scheduled) meeting.
  return rule.deadline !== 'none' ? rule.deadline.before : undefined;
}

function triggerFields(rule: CompiledRule): Pick<RulePlan, 'age' | 'before' | 'occurrence' | 'withScheduled'> {
  const before = rule.deadline !== 'none' ? rule.deadline.before : undefined;
  const trigger = rule.trigger;
  if (trigger && 'age' in trigger) return { age: trigger.age, before, occurrence: 'first', withScheduled: false };
  // Without a trigger, each (scheduled) meeting a `before` deadline counts back from starts one.
  return {
    age: undefined,
    before,
    occurrence: trigger?.occurrence ?? 'each',
    withScheduled: trigger?.includeScheduled === true || before !== undefined,
  };
}

/** The plan for a pack, built on first use and kept for the pack's lifetime. */
export function planFor(pack: CompiledPack): PackPlan {
  let plan = plans.get(pack);
  if (plan === undefined) {
    const referenced = referencedEventTypes(pack);
    const typeIds = new Map<string, number>();
    for (const type of referenced) typeIds.set(type, typeIds.size);
    const rules: RulePlan[] = [];
    for (const rule of pack.rules) {
      const event = triggerEvent(rule);
      if (event === undefined) continue; // nothing can start this rule's clock
      const by = rule.satisfiedBy === undefined ? [] : Array.isArray(rule.satisfiedBy) ? rule.satisfiedBy : [rule.satisfiedBy];
      rules.push({
        rule,
        triggerType: event === 'age' ? -1 : typeIds.get(event)!,
        templates: templatesFor(rule),
        satisfiedBy: by.map((match) => ({ matches: compileMatch(match), typeId: typeIds.get(match.event)! })),
        stops: rule.stopsOn.map((stop: Stop) => ('age' in stop ? { age: stop.age, typeId: -1 as const } : { typeId: typeIds.get(stop.event)!, matches: compileMatch(stop) })),
        triggerWhere: compileWhere(rule.trigger && !('age' in rule.trigger) ? rule.trigger.where : undefined),
        appliesWhen: compileCondition(rule.appliesWhen, pack.states, typeIds),
        variantWhen: (rule.variants ?? []).map((v) => compileCondition(v.when, pack.states, typeIds)),
        ...(rule.breachReason ? { breachReason: { typeId: typeIds.get(rule.breachReason.event)!, matches: compileMatch(rule.breachReason) } } : {}),
        phaseEnds: (rule.recurrence?.phases ?? []).map((p) => {
          const events = !p.until ? [] : 'event' in p.until ? [p.until] : 'anyOf' in p.until ? p.until.anyOf : [];
          return events.map((m) => ({ typeId: typeIds.get(m.event)!, matches: compileMatch(m) }));
        }),
        ...triggerFields(rule),
        effective: rule.effective ? { from: rule.effective.from, to: rule.effective.to } : undefined,
        recurring: rule.recurrence !== undefined,
      });
    }
    plan = { typeIds, rules, referenced };
    plans.set(pack, plan);
  }
  return plan;
}
