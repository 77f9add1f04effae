import type { DurationUnitName, Level, Source } from '../pack/schema.js';

/** Where an obligation instance stands. */
export type ObligationStatus = 'met' | 'late' | 'overdue' | 'pending' | 'cancelled' | 'no_timescale';

/** A reference to one event of the case as given (index into `case.events`). */
export interface EventRef {
  event: string;
  /** London date of the event. */
  date: string;
  /** The `at` value as given in the case. */
  at: string;
  /** Position in the input `events` array. */
  index: number;
}

/** The clock start: an event, or a birthday for age triggers. */
export interface TriggerRef {
  event: string;
  date: string;
  at?: string;
  index?: number;
}

/** How late, in the rule's own unit and in calendar days. */
export interface Lateness {
  amount: number;
  unit: 'hours' | 'working_days' | 'days';
  calendarDays: number;
}

/** One obligation arising on the case: a clock, its due date and where it stands. */
export interface ObligationInstance {
  obligation: string;
  rule: string;
  /** Pack that defined the rule. */
  pack: string;
  title: string;
  trigger: TriggerRef;
  /** Due date (end of day), or null for `deadline: none`. */
  due: string | null;
  /** Due instant (ISO, UTC) for hour rules counted from an event with a time. */
  dueInstant?: string;
  /** The timescale in words, e.g. "15 working days", "2 hours", "5 working days before review_cp_conference". */
  timescale: string;
  deadline: { amount: number; unit: DurationUnitName; before?: string } | 'none';
  /** Label of the variant that set the timescale, if any. */
  variant?: string;
  status: ObligationStatus;
  /** Late or overdue and not good practice. */
  breach: boolean;
  satisfiedBy?: EventRef;
  cancelledBy?: TriggerRef;
  lateness?: Lateness;
  responsible: string[];
  level: Level;
  source: Source;
  /** For recurring rules: 1 for the first deadline, then 2, 3 ... */
  occurrence?: number;
  /** For recurring rules: 1-based phase whose interval set this due date. */
  phase?: number;
  /** For late/overdue instances of rules with `breachReason`: was the reason recorded. */
  breachReason?: { recorded: boolean; event?: EventRef };
  /** True when the due date depends on projected (not yet official) bank holidays. */
  projected?: boolean;
  /** One line showing the arithmetic a person can check. */
  basis: string;
}

/** The engine's answer for one case. */
export interface EvaluationResult {
  caseId: string;
  asOf: string;
  pack: { id: string; version: string };
  instances: ObligationInstance[];
  /** Events no rule used as trigger, satisfaction, stop or state: unmapped data. */
  unusedEvents: EventRef[];
  /** Things the engine could not do, e.g. an age rule on a case without a date of birth. */
  warnings: string[];
}

/** Options for {@link evaluate}. */
export interface EvaluateOptions {
  /** The date (YYYY-MM-DD) or instant the case is judged at. Never read from the clock. */
  asOf: string;
}
