// Internal to the engine: what one rule needs while it runs over one case. Not exported
// from the package.
import type { ConditionContext } from './conditions.js';
import type { DayMoment } from './dueDates.js';
import type { CompiledPack, CompiledRule } from '../pack/types.js';
import type { RulePlan } from './plan.js';
import type { AsOf, PreparedCase, PreparedEvent } from './prepare.js';
import type { TriggerRef } from './types.js';

/** A clock start found in the case. */
export interface TriggerPoint {
  /** When the clock started (for an event trigger, the event itself). */
  moment: DayMoment;
  ref: TriggerRef;
  /** The triggering event; absent for age triggers. */
  event?: PreparedEvent;
  /** For `before` deadlines: the previous occurrence of the meeting, which opens the window. */
  previousAnchor?: PreparedEvent;
  /** Words for the basis line ("strategy discussion", "15 years 6 months birthday"); empty for compact results. */
  words: string;
}

/** What one rule needs while it runs over one case. */
export interface RuleRun {
  rule: CompiledRule;
  /** The rule's plan: its event types as ids. */
  plan: RulePlan;
  kase: PreparedCase;
  pack: CompiledPack;
  asOf: AsOf;
  /** Full results (sources, basis lines), or compact or minimal ones. */
  full: boolean;
  /** Minimal results: rules by id, events by position. */
  minimal: boolean;
  warn(message: string): void;
  /** Warns that the rule in hand tests an age the case cannot give (no date of birth). */
  missingBirthDate(): void;
  /** The context conditions are judged in, reused from trigger to trigger. */
  ctx: ConditionContext;
}

