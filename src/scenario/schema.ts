import { z } from 'zod';
import { LatenessSchema, ObligationStatusSchema } from '../engine/types.js';

/** One expected obligation instance in a scenario test. */
export const ExpectationSchema = z.strictObject({
  /** The obligation key expected, such as `initial-cp-conference`. */
  obligation: z.string().min(1),
  /** Only instances raised by this rule id. */
  rule: z.string().optional(),
  /** Only the instance whose clock started on this date, to pick one of several. */
  trigger: z.string().optional().meta({ description: 'Trigger date, to pick one of several instances.' }),
  /** The 1-based position among the obligation's instances, in due order. */
  occurrence: z.number().int().min(1).optional().meta({ description: "1-based position among the obligation's instances, in due order." }),
  /** The expected due date (or due instant), or `null` for no timescale. */
  due: z.union([z.string(), z.null()]).optional(),
  /** The expected status: met, late, overdue, pending, cancelled or no_timescale. */
  status: ObligationStatusSchema.optional(),
  /** Whether the instance is expected to be a breach. */
  breach: z.boolean().optional(),
  /** How late the instance is expected to be. */
  lateness: z
    .strictObject({
      /** How many units late. */
      amount: z.number(),
      /** The unit: `hours`, `working_days` or `days`. */
      unit: LatenessSchema.shape.unit,
    })
    .optional(),
  /** The responsible roles expected, in order. */
  responsible: z.array(z.string()).optional(),
  /** The label of the variant expected to set the timescale. */
  variant: z.string().optional(),
  /** For late or overdue instances of rules with `breachReason`: whether the reason was recorded. */
  breachReasonRecorded: z.boolean().optional().meta({ description: 'For late/overdue instances of rules with breachReason: whether the reason was recorded.' }),
  /** How many instances of this obligation are expected (after the rule and trigger filters). */
  count: z.number().int().min(0).optional().meta({ description: 'How many instances of this obligation (after rule/trigger filters).' }),
});

/** A scenario: a situation and its expected outcomes, worked out by hand. */
export const ScenarioSchema = z.strictObject({
  /** What the scenario shows, such as "ICPC in time"; the case id unless the case gives one. */
  name: z.string().min(1),
  /** The date (or instant with offset) the case is judged at. */
  asOf: z.string(),
  /** The case history; `id` may be left out. */
  case: z.looseObject({
    /** The case's dated events. */
    events: z.array(z.unknown()),
  }),
  /** The instances expected, each matched on obligation (and rule, trigger or occurrence). */
  expect: z.array(ExpectationSchema).default([]),
  /** Obligation keys that must raise no instance at all. */
  expectNone: z.array(z.string()).optional(),
});

/** A scenario file: a YAML list of scenarios run against one pack. */
export const ScenarioFileSchema = z.array(ScenarioSchema);

/** One expected obligation instance in a scenario; only the fields given are checked. */
export type Expectation = z.infer<typeof ExpectationSchema>;
/** A scenario: a case, the date it is judged at, and the outcomes worked out by hand. */
export type Scenario = z.infer<typeof ScenarioSchema>;
