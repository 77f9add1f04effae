import { dayString, onOrAfterWeekday, toDay } from './days.js';
import { assessment, childInNeedPlan, childProtectionEnquiry, childProtectionPlan, lookedAfter, referral, supervision } from './journeys.js';
import type { CaseDraft } from './journeys.js';
import { createRandom } from './prng.js';
import type { Random } from './prng.js';

/** Options for {@link generateCases}. */
export interface GenerateOptions {
  /** How many cases. */
  count: number;
  /** Same seed, same caseload. Default 42. */
  seed?: number;
  /** Histories stop at this date (YYYY-MM-DD); referrals fall in the two years before it. */
  asOf: string;
}

/** A generated case: plain JSON in the shape of `case-format.md`. */
export interface GeneratedCase {
  /** The case id: `C-` and the case's 1-based position in the caseload, zero-padded to 7 digits, such as `C-0000001`. */
  id: string;
  /** The child the case is about. */
  child: {
    /** Date of birth, YYYY-MM-DD. */
    dateOfBirth: string;
    /** Whether the child is disabled (about 8% of cases). */
    disabled: boolean;
    /** `true` for an unaccompanied asylum-seeking child (about 3% of cases); absent otherwise. */
    uasc?: boolean;
  };
  /** The case history, in date order: events up to the as-of date, plus any booked after it (`scheduled: true`). */
  events: {
    /** The event type, such as `referral_received`. */
    type: string;
    /** When: a date (YYYY-MM-DD), or a UTC instant (YYYY-MM-DDTHH:MM:00Z) for events timed to the minute. */
    at: string;
    /** The event's attributes, such as `urgency`, `outcome` or `scheduled`. */
    [attribute: string]: unknown;
  }[];
}

interface DraftEvent {
  day: number;
  order: number;
  event: GeneratedCase['events'][number];
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function buildCase(rng: Random, index: number, asOf: number): GeneratedCase {
  const referralDay = onOrAfterWeekday(asOf - rng.int(0, 730));
  const age = rng.weighted([[0, 9], [2, 10], [5, 14], [8, 13], [11, 13], [14, 14], [16, 6]] as const) + rng.int(0, 2);
  const dob = referralDay - age * 365 - rng.int(0, 364);
  const disabled = rng.chance(0.08);
  const drafted: DraftEvent[] = [];
  const draft: CaseDraft = {
    rng,
    asOf,
    age,
    disabled,
    add(type, day, attributes) {
      if (day === undefined || (day > asOf && attributes?.['scheduled'] !== true)) return;
      drafted.push({ day, order: drafted.length, event: { type, at: dayString(day), ...attributes } });
    },
    addInstant(type, day, minutes, attributes) {
      if (day > asOf) return;
      const at = `${dayString(day)}T${pad(Math.floor(minutes / 60), 2)}:${pad(minutes % 60, 2)}:00Z`;
      drafted.push({ day, order: drafted.length, event: { type, at, ...attributes } });
    },
  };

  const urgency = rng.weighted([['standard', 82], ['child_protection', 14], ['immediate', 4]] as const);
  const noFurtherAction = urgency === 'standard' && rng.chance(0.1);
  const allocated = referral(draft, referralDay, urgency, noFurtherAction);
  if (noFurtherAction) {
    if (rng.chance(0.9)) draft.add('case_closed', allocated + rng.int(0, 5));
    return finish(drafted, index, dob, disabled, rng);
  }
  let openUntil = allocated + 60;
  const authorised = assessment(draft, referralDay, allocated, urgency);
  if (authorised !== undefined) openUntil = Math.max(openUntil, authorised);

  const cpStart = rng.chance(urgency === 'standard' ? 0.07 : 0.6) ? childProtectionEnquiry(draft, referralDay, urgency) : undefined;
  let planEnd: number | undefined;
  if (cpStart !== undefined) {
    planEnd = childProtectionPlan(draft, cpStart);
    openUntil = planEnd ?? Number.POSITIVE_INFINITY;
  }
  if (rng.chance(cpStart !== undefined ? 0.15 : 0.06)) {
    const careEnd = lookedAfter(draft, (cpStart ?? allocated) + rng.int(0, 120));
    openUntil = Math.max(openUntil, careEnd ?? Number.POSITIVE_INFINITY);
  } else if (authorised !== undefined && (planEnd !== undefined ? rng.chance(0.6) : cpStart === undefined && rng.chance(0.35))) {
    const cinEnd = childInNeedPlan(draft, planEnd ?? authorised);
    openUntil = Math.max(openUntil, cinEnd ?? Number.POSITIVE_INFINITY);
  }
  supervision(draft, allocated, openUntil);
  if (openUntil !== Number.POSITIVE_INFINITY && rng.chance(0.8)) draft.add('case_closed', openUntil + rng.int(1, 20));

  return finish(drafted, index, dob, disabled, rng);
}

function finish(drafted: DraftEvent[], index: number, dob: number, disabled: boolean, rng: Random): GeneratedCase {
  drafted.sort((a, b) => a.day - b.day || a.order - b.order);
  return {
    id: `C-${pad(index + 1, 7)}`,
    child: { dateOfBirth: dayString(dob), disabled, ...(rng.chance(0.03) ? { uasc: true } : {}) },
    events: drafted.map((d) => d.event),
  };
}

/**
 * A synthetic caseload: realistic histories (referrals with urgency, some with no further
 * action, assessments with a planned timescale, strategy discussions, conferences, child protection and child in need
 * plans with visits and reviews, looked-after episodes with placements, reviews, health
 * assessments and PEPs, supervision), mostly on time with a tail of late and missing work.
 * Deterministic: the same options give the same cases. Lazy: cases are made as you iterate,
 * so a million cases never sit in memory.
 *
 * @example
 * const [first] = generateCases({ count: 1, seed: 42, asOf: '2025-03-31' });
 * first.id; //=> 'C-0000001'
 * first.events[0].type; // 'contact_received' or 'referral_received'
 */
export function* generateCases(options: GenerateOptions): Generator<GeneratedCase> {
  const rng = createRandom(options.seed ?? 42);
  const asOf = toDay(options.asOf);
  if (!Number.isFinite(asOf)) throw new RangeError(`generateCases: asOf must be YYYY-MM-DD, got "${options.asOf}"`);
  for (let i = 0; i < options.count; i++) yield buildCase(rng, i, asOf);
}
