// The shared vocabulary from the design notes: core event types and obligation keys.
// Packs may declare more; these are what every pack and importer can rely on.

/** Core event types (case-format.md). Packs may add their own with `events:`. */
export const CORE_EVENT_TYPES = {
  contact_received: 'information received about a child',
  referral_received: "referral accepted by children's social care",
  referral_acknowledged: 'receipt acknowledged to the referrer',
  referral_decision: 'decision on next steps recorded',
  referrer_informed: 'referrer told the outcome',
  referral_confirmed_in_writing: "referrer's written confirmation received",
  case_allocated: 'case allocated to a worker',
  visit: 'a visit; attributes childSeen, seenAlone, purpose',
  assessment_started: 'child and family (single) assessment started',
  assessment_progress_review: 'in-progress review of the assessment',
  assessment_authorised: 'assessment completed and signed off',
  strategy_discussion: 'strategy discussion or meeting; s47Initiated',
  s47_completed: 'section 47 enquiry concluded',
  initial_cp_conference: 'initial child protection conference held',
  cp_plan_started: 'child protection plan started',
  cp_plan_ended: 'child protection plan ended',
  core_group: 'core group meeting',
  review_cp_conference: 'review child protection conference',
  cp_transfer_in: 'notified that a child on a plan elsewhere has moved here',
  cin_plan_started: 'child in need plan started',
  cin_plan_ended: 'child in need plan ended',
  cin_review: 'child in need plan review',
  looked_after_started: 'period of care started',
  looked_after_ended: 'period of care ended',
  placement_started: 'placement started; placementType, permanent',
  placement_ended: 'placement ended',
  care_plan: 'care plan completed',
  placement_plan: 'placement plan completed',
  iro_allocated: 'independent reviewing officer allocated',
  cla_review: 'looked-after child review',
  health_assessment: 'health assessment',
  dental_check: 'dental check',
  pep: 'personal education plan meeting or review',
  pathway_plan: 'leaving-care pathway plan',
  pathway_plan_review: 'leaving-care pathway plan review',
  case_supervision: 'case supervised by a manager',
  case_closed: 'case closed',
} as const satisfies Record<string, string>;

/** A core event type name. */
export type CoreEventType = keyof typeof CORE_EVENT_TYPES;

/** Core obligation keys (obligations.md). Keys mean the same thing in every pack. */
export const CORE_OBLIGATION_KEYS = {
  'referral-acknowledgement': 'referral acknowledged to the referrer',
  'referral-decision': 'decision on next steps after a referral',
  'assessment-completion': 'assessment completed',
  'initial-cp-conference': 'initial child protection conference held',
  'first-core-group': 'first core group after the initial conference',
  'review-cp-conference': 'review child protection conferences',
  'transfer-in-conference': 'conference for a child on a plan who moves in',
  'referrer-informed': 'referrer told the outcome of the referral',
  'case-allocation': 'case allocated to a worker',
  'strategy-discussion': 'strategy discussion held after a referral raising significant harm',
  'strategy-record-circulated': 'strategy decisions circulated',
  'first-visit': 'first visit / child seen after referral or allocation',
  'assessment-progress-review': 'in-progress review of the assessment',
  's47-completion': 'section 47 enquiry completed / written up',
  'cin-planning-meeting': 'child in need plan made after the assessment',
  'cin-review': 'child in need plan reviews',
  'cin-visit': 'child in need visits',
  'cp-conference-report-shared': 'report shared before a conference',
  'cp-conference-decisions-circulated': 'decisions / minutes circulated after a conference',
  'outline-cp-plan': 'outline plan produced after the initial conference',
  'core-group': 'core group meetings after the first',
  'core-group-record-circulated': 'core group minutes and updated plan circulated',
  'cp-visit': 'child protection visits',
  'post-cp-plan-support': 'plan made after a child protection plan ends',
  'care-plan': 'care plan for a looked-after child',
  'placement-plan': 'placement plan / placement information record',
  'iro-allocation': 'independent reviewing officer allocated or service notified',
  'cla-visit': 'looked-after child visits',
  'cla-review': 'looked-after child reviews',
  'cla-review-report': 'report to the IRO before a review',
  'health-assessment': 'initial and recurring health assessments',
  'dental-check': 'dental checks',
  pep: 'personal education plan and its reviews',
  sdq: 'strengths and difficulties questionnaire',
  'permanence-plan': 'permanence plan / planning meetings',
  'pathway-plan': 'pathway plan and its reviews',
  'case-supervision': 'case supervised by a manager',
  'case-recording': 'case records up to date after an event',
  reassessment: 'periodic re-assessment',
} as const satisfies Record<string, string>;

/**
 * Case states derived from pairs of events (a child is "on a child protection plan" between
 * `cp_plan_started` and `cp_plan_ended`). Packs may declare more with `states:`.
 */
export const CORE_STATES = {
  on_cp_plan: { from: 'cp_plan_started', to: 'cp_plan_ended' },
  looked_after: { from: 'looked_after_started', to: 'looked_after_ended' },
  on_cin_plan: { from: 'cin_plan_started', to: 'cin_plan_ended' },
  in_placement: { from: 'placement_started', to: 'placement_ended' },
  open_case: { from: 'referral_received', to: 'case_closed' },
} as const satisfies Record<string, { from: string; to: string }>;
