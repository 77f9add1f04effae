import { z } from 'zod';
import { DurationUnitSchema, LevelSchema, SourceSchema } from '../pack/schema.js';

// The engine's output. One zod schema gives the TypeScript types and, through
// `npm run schemas`, schemas/result.schema.json for systems that consume results.

/** Where an obligation instance stands. */
export const ObligationStatusSchema = z
  .enum({
    /** Met on time: a satisfying event on or before the due date (or due instant). */
    met: 'met',
    /** Met after the due date: a breach, now closed (unless the rule is good practice). */
    late: 'late',
    /** Not met and the due date is before the as-of date: a breach still open (unless the rule is good practice). */
    overdue: 'overdue',
    /** Not met yet and due on or after the as-of date. */
    pending: 'pending',
    /** A stop (an event, or the child reaching an age) came before the obligation was met and on or before the due date. */
    cancelled: 'cancelled',
    /** The source sets the duty with no number (`deadline: none`): reported, never a breach. */
    no_timescale: 'no_timescale',
  })
  .meta({ description: 'met, late (breach, closed), overdue (breach, open), pending, cancelled (a stop came first), no_timescale (the source sets no number).' });

/** A reference to one event of the case as given. */
export const EventRefSchema = z.object({
  /** The event's type, such as `initial_cp_conference`. */
  event: z.string(),
  /** The event's date in London, YYYY-MM-DD. */
  date: z.string().meta({ description: 'London date of the event.' }),
  /** The event's `at` value exactly as given in the case (a date or an instant). */
  at: z.string().meta({ description: 'The `at` value as given in the case.' }),
  /** The event's 0-based position in the case's `events` array. */
  index: z.number().int().meta({ description: 'Position in the input `events` array.' }),
});

/** The clock start: an event, or a birthday (`event: "age"`) for age triggers. */
export const TriggerRefSchema = z.object({
  /** The event's type, or `age` for a clock started by a birthday. */
  event: z.string(),
  /** The date the clock started (or stopped), YYYY-MM-DD in London. */
  date: z.string(),
  /** The event's `at` value as given in the case; absent for a birthday. */
  at: z.string().optional(),
  /** The event's 0-based position in the case's `events` array; absent for a birthday. */
  index: z.number().int().optional(),
});

/** How late, in the rule's own unit and in calendar days. */
export const LatenessSchema = z.object({
  /** How late, counted in `unit`: to the satisfying event, or to the as-of date (or stop) while overdue. */
  amount: z.number(),
  /** `working_days` for working-day rules, `hours` for hour rules timed to the minute, otherwise `days`. */
  unit: z.enum({
    /** Hours past the due instant, rounded up: for `hours` rules where the due instant and the satisfying event (or as-of) both carry a time. */
    hours: 'hours',
    /** Working days past the due date, for `working_days` and `same_working_day` rules. */
    working_days: 'working_days',
    /** Calendar days past the due date, for every other rule. */
    days: 'days',
  }),
  /** How late in calendar days, whatever the rule's unit. */
  calendarDays: z.number().int(),
});

/** One obligation arising on the case: a clock, its due date and where it stands. */
export const ObligationInstanceSchema = z.object({
  /** The obligation key, such as `initial-cp-conference`. */
  obligation: z.string(),
  /** The id of the rule that raised it. */
  rule: z.string(),
  /** The id of the pack that defined the rule (an ancestor for inherited rules). */
  pack: z.string().meta({ description: 'Pack that defined the rule.' }),
  /** The rule's title. */
  title: z.string(),
  /** What started the clock. */
  trigger: TriggerRefSchema,
  /** The due date (due by the end of that day), or `null` for `deadline: none`. */
  due: z.union([z.string(), z.null()]).meta({ description: 'Due date (end of day), or null for `deadline: none`.' }),
  /** The due instant (ISO, UTC) for hour rules counted from an event with a time. */
  dueInstant: z.string().optional().meta({ description: 'Due instant (ISO, UTC) for hour rules counted from an event with a time.' }),
  /** The timescale in words, such as "15 working days". */
  timescale: z.string().meta({ description: 'The timescale in words, e.g. "15 working days".' }),
  /** The deadline that applied (the variant's, if one applied), or `'none'`. */
  deadline: z.union([
    z.literal('none'),
    z.object({
      /** How many units. */
      amount: z.number(),
      /** The unit counted in, such as `working_days`. */
      unit: DurationUnitSchema,
      /** The event type counted back from, for deadlines set before a meeting. */
      before: z.string().optional(),
    }),
  ]),
  /** The label of the variant that set the timescale, if one did. */
  variant: z.string().optional().meta({ description: 'Label of the variant that set the timescale.' }),
  /** Where it stands: met, late, overdue, pending, cancelled or no_timescale. */
  status: ObligationStatusSchema,
  /** `true` when late or overdue and the rule is not good practice. */
  breach: z.boolean().meta({ description: 'Late or overdue and not good practice.' }),
  /** The event that met the obligation, on time or late. */
  satisfiedBy: EventRefSchema.optional(),
  /** The stop (an event, or `age`) that cancelled the clock before the due date. */
  cancelledBy: TriggerRefSchema.optional(),
  /** How late, for late and overdue instances. */
  lateness: LatenessSchema.optional(),
  /** The roles responsible, as the source names them. */
  responsible: z.array(z.string()),
  /** How binding the timescale is. */
  level: LevelSchema,
  /** The document, section and verbatim quote the timescale comes from. */
  source: SourceSchema,
  /** Recurring rules: 1 for the first deadline, then 2, 3 ... */
  occurrence: z.number().int().optional().meta({ description: 'Recurring rules: 1 for the first deadline, then 2, 3 ...' }),
  /** Recurring rules: the 1-based phase whose interval set this due date. */
  phase: z.number().int().optional().meta({ description: 'Recurring rules: the 1-based phase whose interval set this due date.' }),
  /** For late or overdue instances of rules with `breachReason`: was the reason recorded. */
  breachReason: z
    .object({
      /** `true` when an event recording the reason was found on or after the trigger. */
      recorded: z.boolean(),
      /** The event that recorded the reason. */
      event: EventRefSchema.optional(),
    })
    .optional()
    .meta({ description: 'For late/overdue instances of rules with breachReason: was the reason recorded.' }),
  /** `true` when the due date depends on projected (not yet official) bank holidays. */
  projected: z.boolean().optional().meta({ description: 'The due date depends on projected (not yet official) bank holidays.' }),
  /** One line showing the arithmetic, so a person can check the due date. */
  basis: z.string().meta({ description: 'One line showing the arithmetic a person can check.' }),
});

/** The fields a compact result leaves out of each instance: the rule's text, not the judgement. */
const FULL_ONLY = { source: true, basis: true, timescale: true, deadline: true } as const;

/**
 * One obligation instance in a compact result: everything needed to act on it (due date,
 * status, breach, lateness, who is responsible, what met it) without the rule's source
 * quote, basis line and timescale, which the rule id leads back to (`explain` prints them).
 */
export const CompactObligationInstanceSchema = ObligationInstanceSchema.omit(FULL_ONLY).meta({
  description: 'An obligation instance without source, basis, timescale and deadline (look them up by rule id).',
});

/** An event of the case by its 0-based position in `events`, or a birthday by its date (age clocks and stops). */
const EventOrBirthdaySchema = z.union([z.number().int(), z.string()]).meta({
  description: 'A number is the 0-based position of an event in the case\'s `events`; a string (YYYY-MM-DD) is the date of a birthday, for clocks started or stopped at an age.',
});

/**
 * One obligation instance in a minimal result: the judgement only, with the rule named by id
 * and events by their position in the case. For systems that hold the case and the pack and
 * store results in bulk: the obligation, title, responsible roles, level and source are the
 * rule's (or its variant's) and {@link describeRules} lists them once.
 */
export const MinimalObligationInstanceSchema = z
  .object({
    /** The id of the rule that raised it (unique within a compiled pack). */
    rule: z.string(),
    /** What started the clock: the event's position in `events`, or the birthday's date. */
    trigger: EventOrBirthdaySchema,
    /** The due date (due by the end of that day), or `null` for `deadline: none`. */
    due: z.union([z.string(), z.null()]),
    /** The due instant (ISO, UTC) for hour rules counted from an event with a time. */
    dueInstant: z.string().optional(),
    /** The label of the variant that set the timescale (and perhaps the roles and level), if one did. */
    variant: z.string().optional(),
    /** Where it stands: met, late, overdue, pending, cancelled or no_timescale. */
    status: ObligationStatusSchema,
    /** `true` when late or overdue and the rule is not good practice. */
    breach: z.boolean(),
    /** The position in `events` of the event that met the obligation, on time or late. */
    satisfiedBy: z.number().int().optional(),
    /** The stop that cancelled the clock: an event's position, or a birthday's date. */
    cancelledBy: EventOrBirthdaySchema.optional(),
    /** How late, for late and overdue instances. */
    lateness: LatenessSchema.optional(),
    /** Recurring rules: 1 for the first deadline, then 2, 3 ... */
    occurrence: z.number().int().optional(),
    /** Recurring rules: the 1-based phase whose interval set this due date. */
    phase: z.number().int().optional(),
    /** For late or overdue instances of rules with `breachReason`: was it recorded, and by which event (its position). */
    breachReason: z
      .object({
        /** `true` when an event recording the reason was found on or after the trigger. */
        recorded: z.boolean(),
        /** The position in `events` of the event that recorded the reason. */
        event: z.number().int().optional(),
      })
      .optional(),
    /** `true` when the due date depends on projected (not yet official) bank holidays. */
    projected: z.boolean().optional(),
  })
  .meta({ description: 'An obligation instance by reference: rule id, event positions, due date and judgement.' });

const resultFields = {
  /** The case's `id`. */
  caseId: z.string(),
  /** The date or instant the case was judged at, as given in the options. */
  asOf: z.string(),
  /** The pack evaluated against. */
  pack: z.object({
    /** The pack's id, such as `working-together-2018`. */
    id: z.string(),
    /** The pack's version. */
    version: z.string(),
  }),
  /** Every obligation arising on the case, each with its due date and status. */
  instances: z.array(ObligationInstanceSchema),
  /** Events of types no rule in the pack refers to: often unmapped data. */
  unusedEvents: z.array(EventRefSchema).meta({ description: 'Events no rule refers to: unmapped data.' }),
  /** Things the engine could not judge, such as an age rule on a case with no date of birth. */
  warnings: z.array(z.string()),
};

/** The engine's answer for one case. */
export const EvaluationResultSchema = z
  .object(resultFields)
  .meta({ title: 'Evaluation result', description: 'csc-timescales: the obligations arising on one case.' });

/** The engine's compact answer for one case (`detail: 'compact'`). */
export const CompactEvaluationResultSchema = z
  .object({
    ...resultFields,
    /** Always `compact`: instances leave out source, basis, timescale and deadline. */
    detail: z.literal('compact'),
    /** Every obligation arising on the case, in compact form. */
    instances: z.array(CompactObligationInstanceSchema),
  })
  .meta({ title: 'Compact evaluation result', description: 'csc-timescales: the obligations arising on one case, without source quotes and basis lines.' });

/** The engine's minimal answer for one case (`detail: 'minimal'`). */
export const MinimalEvaluationResultSchema = z
  .object({
    /** The case's `id`. */
    caseId: z.string(),
    /** The date or instant the case was judged at, as given in the options. */
    asOf: z.string(),
    /** Always `minimal`: rules by id, events by position. */
    detail: z.literal('minimal'),
    /** The pack evaluated against. */
    pack: resultFields.pack,
    /** Every obligation arising on the case, by reference. */
    instances: z.array(MinimalObligationInstanceSchema),
    /** Positions in `events` of events no rule in the pack refers to: often unmapped data. */
    unusedEvents: z.array(z.number().int()),
    /** Things the engine could not judge, such as an age rule on a case with no date of birth. */
    warnings: z.array(z.string()),
  })
  .meta({ title: 'Minimal evaluation result', description: 'csc-timescales: the obligations arising on one case, rules by id and events by position.' });

/**
 * Where an obligation instance stands: `met` (on time), `late` (met after the due date),
 * `overdue` (not met and past due), `pending` (not yet due), `cancelled` (a stop came first)
 * or `no_timescale` (the source sets no number).
 */
export type ObligationStatus = z.infer<typeof ObligationStatusSchema>;
/** A reference to one event of the case, such as the one that met an obligation. */
export type EventRef = z.infer<typeof EventRefSchema>;
/** What started (or stopped) a clock: an event of the case, or a birthday (`event: 'age'`). */
export type TriggerRef = z.infer<typeof TriggerRefSchema>;
/** How late an obligation was met, or is while overdue. */
export type Lateness = z.infer<typeof LatenessSchema>;
/**
 * One obligation arising on a case: one clock started by one trigger, with its due date,
 * status, whether it is a breach, and the cited source.
 */
export type ObligationInstance = z.infer<typeof ObligationInstanceSchema>;
/** What {@link evaluate} returns for one case: every obligation instance, unused events and warnings. */
export type EvaluationResult = z.infer<typeof EvaluationResultSchema>;
/** An obligation instance without source, basis, timescale and deadline (see {@link ResultDetail}). */
export type CompactObligationInstance = z.infer<typeof CompactObligationInstanceSchema>;
/** What {@link evaluate} returns with `detail: 'compact'`. */
export type CompactEvaluationResult = z.infer<typeof CompactEvaluationResultSchema>;

/** An obligation instance by reference (see {@link ResultDetail}). */
export type MinimalObligationInstance = z.infer<typeof MinimalObligationInstanceSchema>;
/** What {@link evaluate} returns with `detail: 'minimal'`. */
export type MinimalEvaluationResult = z.infer<typeof MinimalEvaluationResultSchema>;

/** What {@link evaluate} returns at any detail level (see {@link ResultDetail}). */
export type AnyEvaluationResult = EvaluationResult | CompactEvaluationResult | MinimalEvaluationResult;

/**
 * How much each instance carries. `full` (the default): the rule's source quote, the basis
 * line and the timescale, so a person can check every due date. `compact`: the judgement
 * (due date, status, breach, lateness, what met it) with the rule's title, roles and level,
 * without the source quote, basis line and timescale. `minimal`: the judgement only, the rule
 * by id and events by their position in the case, for systems that store results for whole
 * caseloads and look rules up once with {@link describeRules}; about a sixth of the size of
 * `full`. Due dates and statuses are identical at every level.
 */
export type ResultDetail = 'full' | 'compact' | 'minimal';

/** Options for `evaluate`. */
export interface EvaluateOptions {
  /** The date (YYYY-MM-DD) or instant the case is judged at. Never read from the clock. */
  asOf: string;
  /** `full` (default), `compact` or `minimal`: see {@link ResultDetail}. */
  detail?: ResultDetail;
}
