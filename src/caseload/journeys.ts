// The parts of a synthetic child's journey through children's social care. Each part adds
// dated events to a case being built and says when it ended (undefined while still open).
import { addWeekdays, onOrAfterWeekday } from './days.js';
import type { Random } from './prng.js';
import { doneBy, doneWithinDays, doneWithinWorkingDays, recurring, USUAL } from './timing.js';

/** A case being built: events are kept only up to `asOf` (scheduled meetings excepted). */
export interface CaseDraft {
  rng: Random;
  asOf: number;
  /** Child's age in years at referral. */
  age: number;
  disabled: boolean;
  add(type: string, day: number | undefined, attributes?: Record<string, unknown>): void;
  /** An event with a time of day (hour rules count from it). */
  addInstant(type: string, day: number, minutes: number, attributes?: Record<string, unknown>): void;
}

/** Visits and their usual attributes. */
function visits(c: CaseDraft, days: number[], purpose: string, location: string): void {
  for (const day of days) {
    const childSeen = c.rng.chance(0.93);
    c.add('visit', day, { childSeen, seenAlone: childSeen && c.age >= 4 && c.rng.chance(0.6), purpose, location });
  }
}

/**
 * Referral, acknowledgement, decision and (unless no further action) allocation. Returns the
 * allocation day, or the decision day when the referral led to no further action.
 */
export function referral(c: CaseDraft, day: number, urgency: string, noFurtherAction: boolean): number {
  const { rng } = c;
  if (rng.chance(0.35)) c.add('contact_received', day - rng.int(0, 2));
  c.addInstant('referral_received', day, rng.int(8 * 60, 18 * 60), { urgency, ...(noFurtherAction ? { referralNfa: true } : {}) });
  const tight = urgency === 'standard' ? USUAL : { late: 0.06, missing: 0.02 };
  c.add('referral_acknowledged', doneWithinWorkingDays(rng, day, 1, tight));
  const decision = doneWithinWorkingDays(rng, day, 1, tight) ?? addWeekdays(day, 2);
  c.add('referral_decision', decision, { outcome: noFurtherAction ? 'nfa' : 'assessment' });
  if (rng.chance(0.7)) c.add('referrer_informed', doneWithinWorkingDays(rng, decision, 3));
  if (noFurtherAction) return decision;
  const allocated = doneWithinWorkingDays(rng, decision, urgency === 'standard' ? 3 : 1) ?? addWeekdays(decision, 4);
  c.add('case_allocated', allocated);
  return allocated;
}

/** Child and family assessment. Returns the authorisation day, if it was authorised. */
export function assessment(c: CaseDraft, referralDay: number, allocated: number, urgency: string): number | undefined {
  const { rng } = c;
  const plannedWorkingDays = urgency === 'standard' ? rng.weighted([[10, 1], [15, 2], [25, 3], [35, 2], [45, 3]] as const) : rng.pick([10, 15]);
  c.add('assessment_started', allocated, { plannedWorkingDays });
  visits(c, [doneWithinWorkingDays(rng, allocated, urgency === 'standard' ? 5 : 1) ?? allocated + 7], 'assessment', 'home');
  if (plannedWorkingDays >= 25 && rng.chance(0.6)) c.add('assessment_progress_review', doneWithinWorkingDays(rng, allocated, 10));
  const authorised = doneWithinWorkingDays(rng, referralDay, Math.min(45, plannedWorkingDays + 2), { late: 0.14, missing: 0.03 });
  c.add('assessment_authorised', authorised);
  return authorised;
}

/** Strategy discussion, section 47 enquiry and the initial conference. Returns the plan start. */
export function childProtectionEnquiry(c: CaseDraft, referralDay: number, urgency: string): number | undefined {
  const { rng } = c;
  const strategy = urgency === 'immediate' ? referralDay : (doneWithinWorkingDays(rng, referralDay, 3) ?? addWeekdays(referralDay, 5));
  const s47Initiated = rng.chance(0.85);
  const concern = rng.weighted([['serious_risk', 5], ['immediate_action', 2], ['sexual_abuse', 1], ['complex', 1], ['allegation_against_staff', 0.2]] as const);
  // The enquiry's outcome as the CIN census records it (ICPCnotRequired), which importers put
  // on the strategy discussion; icpcRequested is the same fact as some local packs read it.
  const conference = s47Initiated && rng.chance(0.62);
  const outcome = s47Initiated ? (conference ? { icpcRequested: true } : { icpcNotRequired: true }) : {};
  c.add('strategy_discussion', strategy, { s47Initiated, concern, ...outcome });
  if (!s47Initiated) return undefined;
  c.add('s47_completed', doneWithinWorkingDays(rng, strategy, 15, { late: 0.15, missing: 0.05 }), conference ? {} : { icpcNotRequired: true });
  if (!conference) return undefined;
  const icpc = doneWithinWorkingDays(rng, strategy, 15, { late: 0.18, missing: 0 })!;
  const makesPlan = rng.chance(0.86);
  c.add('initial_cp_conference', icpc, { outcome: makesPlan ? 'cp_plan' : 'no_plan' });
  if (!makesPlan) return undefined;
  c.add('cp_plan_started', icpc, { category: rng.weighted([['NEG', 50], ['EMO', 33], ['PHY', 7], ['SAB', 4], ['MUL', 6]] as const) });
  return icpc;
}

/** A child protection plan: core groups, visits and reviews. Returns the plan end, if ended. */
export function childProtectionPlan(c: CaseDraft, start: number): number | undefined {
  const { rng } = c;
  const planned = start + rng.int(100, 600);
  const end = planned <= c.asOf ? planned : undefined;
  const until = Math.min(planned, c.asOf);
  const firstCore = doneWithinWorkingDays(rng, start, 10, { late: 0.12, missing: 0.03 });
  c.add('core_group', firstCore);
  for (const day of recurring(rng, firstCore ?? start + 14, until, () => 42)) c.add('core_group', day);
  visits(c, recurring(rng, start, until, () => 14, { late: 0.16, missing: 0.05 }), 'statutory', rng.chance(0.8) ? 'home' : 'school');
  let reviews = 0;
  const reviewDays = recurring(rng, start, until, (n) => (n === 1 ? 91 : 182), { late: 0.12, missing: 0.01 });
  for (const day of reviewDays) {
    reviews++;
    c.add('review_cp_conference', day, { outcome: day === reviewDays[reviewDays.length - 1] && end !== undefined ? 'plan_ended' : 'plan_continues' });
  }
  if (end !== undefined) c.add('cp_plan_ended', end, { reason: reviews > 0 ? 'review' : 'transfer' });
  else if (rng.chance(0.35)) {
    const last = reviewDays[reviewDays.length - 1] ?? start;
    c.add('review_cp_conference', Math.max(c.asOf + 1, last + (reviews === 0 ? 91 : 182)), { scheduled: true });
  }
  return end;
}

/** A child in need plan with reviews and visits. Returns the plan end, if ended. */
export function childInNeedPlan(c: CaseDraft, from: number): number | undefined {
  const { rng } = c;
  const start = doneWithinWorkingDays(rng, from, 10, { late: 0.15, missing: 0 })!;
  c.add('cin_plan_started', start, { level: rng.pick([3, 3, 4]), ...(c.disabled && rng.chance(0.6) ? { team: 'disability' } : {}) });
  const planned = start + rng.int(90, 540);
  const until = Math.min(planned, c.asOf);
  for (const day of recurring(rng, start, until, (n) => (n === 1 ? 42 : 91))) c.add('cin_review', day);
  visits(c, recurring(rng, start, until, () => 28, { late: 0.16, missing: 0.06 }), 'statutory', 'home');
  const end = planned <= c.asOf ? planned : undefined;
  c.add('cin_plan_ended', end);
  return end;
}

const PLACEMENTS = [['U1', 4], ['U3', 3], ['U4', 12], ['U5', 6], ['U6', 45], ['R1', 10], ['P1', 6], ['H5', 3], ['K2', 0.5], ['A5', 2]] as const;

/** A period of care: placements, visits, reviews, health and education. Returns its end. */
export function lookedAfter(c: CaseDraft, start: number): number | undefined {
  const { rng } = c;
  const planned = start + rng.int(30, 1100);
  const until = Math.min(planned, c.asOf);
  const emergency = rng.chance(0.25);
  c.add('looked_after_started', start, { legalStatus: rng.weighted([['V2', 40], ['C1', 30], ['C2', 20], ['E1', 5], ['L1', 3], ['J2', 2]] as const), emergency });
  let placementDay = start;
  const moves = rng.weighted([[0, 70], [1, 20], [2, 10]] as const);
  for (let move = 0; move <= moves && placementDay <= until; move++) {
    const placementType = rng.weighted(PLACEMENTS);
    c.add('placement_started', placementDay, { placementType, permanent: move === moves && rng.chance(0.1), ...(placementType.startsWith('U') && rng.chance(0.1) ? { temporaryApproval: true } : {}) });
    c.add('placement_plan', doneWithinWorkingDays(rng, placementDay, 5));
    const next = placementDay + rng.int(40, 400);
    if (move < moves && next <= until) c.add('placement_ended', next);
    placementDay = next;
  }
  c.add('care_plan', doneWithinWorkingDays(rng, start, 10, { late: 0.12, missing: 0.03 }));
  c.add('iro_allocated', doneWithinWorkingDays(rng, start, 5));
  visits(c, recurring(rng, start, until, (n) => (n === 1 ? 7 : 42), { late: 0.14, missing: 0.04 }), 'statutory', 'placement');
  for (const day of recurring(rng, start, until, (n) => (n === 1 ? 28 : n === 2 ? 91 : 182), { late: 0.1, missing: 0.01 })) c.add('cla_review', day);
  const under5 = c.age < 5;
  for (const day of recurring(rng, start, until, (n) => (n === 1 ? 28 : under5 ? 182 : 365), { late: 0.22, missing: 0.05 })) c.add('health_assessment', day);
  for (const day of recurring(rng, start, until, () => 365, { late: 0.2, missing: 0.15 })) c.add('dental_check', day);
  if (c.age >= 4 && c.age < 16) {
    const first = doneWithinWorkingDays(rng, start, 10, { late: 0.18, missing: 0.04 });
    c.add('pep', first);
    for (const day of recurring(rng, first ?? start + 14, until, () => 120)) c.add('pep', day);
  }
  if (c.age >= 15) c.add('pathway_plan', doneBy(rng, start, start + 90));
  const end = planned <= c.asOf ? planned : undefined;
  c.add('looked_after_ended', end, { reason: rng.pick(['returned_home', 'special_guardianship', 'adopted', 'age_18', 'other']) });
  return end;
}

/** Case supervision every few weeks while the case is open. */
export function supervision(c: CaseDraft, from: number, until: number): void {
  for (const day of recurring(c.rng, from, Math.min(until, c.asOf), () => 30, { late: 0.18, missing: 0.05 })) c.add('case_supervision', onOrAfterWeekday(day));
}
