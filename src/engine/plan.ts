// What the engine works out once per pack rather than once per case: a small number for each
// event type the rules refer to, and for each rule the event type that starts its clock, so a
// case is checked against only the rules its events can trigger.
import type { EventMatch, Stop } from '../pack/schema.js';
import type { CompiledPack, CompiledRule } from '../pack/types.js';
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
  satisfiedBy: { match: EventMatch; typeId: number }[];
  /** The stops, each with its type id (-1 for an age). */
  stops: { stop: Stop; typeId: number }[];
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
        satisfiedBy: by.map((match) => ({ match, typeId: typeIds.get(match.event)! })),
        stops: rule.stopsOn.map((stop) => ({ stop, typeId: 'age' in stop ? -1 : typeIds.get(stop.event)! })),
      });
    }
    plan = { typeIds, rules, referenced };
    plans.set(pack, plan);
  }
  return plan;
}
