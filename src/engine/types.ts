import { z } from 'zod';
import { DurationUnitSchema, LevelSchema, SourceSchema } from '../pack/schema.js';

// The engine's output. One zod schema gives the TypeScript types and, through
// `npm run schemas`, schemas/result.schema.json for systems that consume results.

/** Where an obligation instance stands. */
export const ObligationStatusSchema = z
  .enum(['met', 'late', 'overdue', 'pending', 'cancelled', 'no_timescale'])
  .meta({ description: 'met, late (breach, closed), overdue (breach, open), pending, cancelled (a stop came first), no_timescale (the source sets no number).' });

/** A reference to one event of the case as given. */
export const EventRefSchema = z.object({
  event: z.string(),
  date: z.string().meta({ description: 'London date of the event.' }),
  at: z.string().meta({ description: 'The `at` value as given in the case.' }),
  index: z.number().int().meta({ description: 'Position in the input `events` array.' }),
});

/** The clock start: an event, or a birthday (`event: "age"`) for age triggers. */
export const TriggerRefSchema = z.object({
  event: z.string(),
  date: z.string(),
  at: z.string().optional(),
  index: z.number().int().optional(),
});

/** How late, in the rule's own unit and in calendar days. */
export const LatenessSchema = z.object({
  amount: z.number(),
  unit: z.enum(['hours', 'working_days', 'days']),
  calendarDays: z.number().int(),
});

/** One obligation arising on the case: a clock, its due date and where it stands. */
export const ObligationInstanceSchema = z.object({
  obligation: z.string(),
  rule: z.string(),
  pack: z.string().meta({ description: 'Pack that defined the rule.' }),
  title: z.string(),
  trigger: TriggerRefSchema,
  due: z.union([z.string(), z.null()]).meta({ description: 'Due date (end of day), or null for `deadline: none`.' }),
  dueInstant: z.string().optional().meta({ description: 'Due instant (ISO, UTC) for hour rules counted from an event with a time.' }),
  timescale: z.string().meta({ description: 'The timescale in words, e.g. "15 working days".' }),
  deadline: z.union([
    z.literal('none'),
    z.object({ amount: z.number(), unit: DurationUnitSchema, before: z.string().optional() }),
  ]),
  variant: z.string().optional().meta({ description: 'Label of the variant that set the timescale.' }),
  status: ObligationStatusSchema,
  breach: z.boolean().meta({ description: 'Late or overdue and not good practice.' }),
  satisfiedBy: EventRefSchema.optional(),
  cancelledBy: TriggerRefSchema.optional(),
  lateness: LatenessSchema.optional(),
  responsible: z.array(z.string()),
  level: LevelSchema,
  source: SourceSchema,
  occurrence: z.number().int().optional().meta({ description: 'Recurring rules: 1 for the first deadline, then 2, 3 ...' }),
  phase: z.number().int().optional().meta({ description: 'Recurring rules: the 1-based phase whose interval set this due date.' }),
  breachReason: z
    .object({ recorded: z.boolean(), event: EventRefSchema.optional() })
    .optional()
    .meta({ description: 'For late/overdue instances of rules with breachReason: was the reason recorded.' }),
  projected: z.boolean().optional().meta({ description: 'The due date depends on projected (not yet official) bank holidays.' }),
  basis: z.string().meta({ description: 'One line showing the arithmetic a person can check.' }),
});

/** The engine's answer for one case. */
export const EvaluationResultSchema = z
  .object({
    caseId: z.string(),
    asOf: z.string(),
    pack: z.object({ id: z.string(), version: z.string() }),
    instances: z.array(ObligationInstanceSchema),
    unusedEvents: z.array(EventRefSchema).meta({ description: 'Events no rule refers to: unmapped data.' }),
    warnings: z.array(z.string()),
  })
  .meta({ title: 'Evaluation result', description: 'csc-timescales: the obligations arising on one case.' });

export type ObligationStatus = z.infer<typeof ObligationStatusSchema>;
export type EventRef = z.infer<typeof EventRefSchema>;
export type TriggerRef = z.infer<typeof TriggerRefSchema>;
export type Lateness = z.infer<typeof LatenessSchema>;
export type ObligationInstance = z.infer<typeof ObligationInstanceSchema>;
export type EvaluationResult = z.infer<typeof EvaluationResultSchema>;

/** Options for `evaluate`. */
export interface EvaluateOptions {
  /** The date (YYYY-MM-DD) or instant the case is judged at. Never read from the clock. */
  asOf: string;
}
