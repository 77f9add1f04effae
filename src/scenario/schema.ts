import { z } from 'zod';

/** One expected obligation instance in a scenario test. */
export const ExpectationSchema = z.strictObject({
  obligation: z.string().min(1),
  rule: z.string().optional(),
  trigger: z.string().optional().meta({ description: 'Trigger date, to pick one of several instances.' }),
  occurrence: z.number().int().min(1).optional().meta({ description: "1-based position among the obligation's instances, in due order." }),
  due: z.union([z.string(), z.null()]).optional(),
  status: z.enum(['met', 'late', 'overdue', 'pending', 'cancelled', 'no_timescale']).optional(),
  breach: z.boolean().optional(),
  lateness: z.strictObject({ amount: z.number(), unit: z.enum(['hours', 'working_days', 'days']) }).optional(),
  responsible: z.array(z.string()).optional(),
  variant: z.string().optional(),
  breachReasonRecorded: z.boolean().optional().meta({ description: 'For late/overdue instances of rules with breachReason: whether the reason was recorded.' }),
  count: z.number().int().min(0).optional().meta({ description: 'How many instances of this obligation (after rule/trigger filters).' }),
});

/** A scenario: a situation and its expected outcomes, worked out by hand. */
export const ScenarioSchema = z.strictObject({
  name: z.string().min(1),
  asOf: z.string(),
  case: z.looseObject({ events: z.array(z.unknown()) }),
  expect: z.array(ExpectationSchema).default([]),
  expectNone: z.array(z.string()).optional(),
});

export const ScenarioFileSchema = z.array(ScenarioSchema);

export type Expectation = z.infer<typeof ExpectationSchema>;
export type Scenario = z.infer<typeof ScenarioSchema>;
