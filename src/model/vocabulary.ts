// The shared vocabulary from the design notes: core event types and obligation keys.
// Packs may declare more; these are what every pack and importer can rely on.

/** Core event types (case-format.md). Packs may add their own with `events:`. */
export const CORE_EVENT_TYPES = {
  /** Information about a child reached the local authority (a contact, before any referral). */
  contact_received: 'information received about a child',
  /** A referral was accepted by children's social care: the usual start of the referral clocks. */
  referral_received: "referral accepted by children's social care",
  /** Receipt of the referral was acknowledged to the referrer. */
  referral_acknowledged: 'receipt acknowledged to the referrer',
  /** A decision on next steps after the referral was recorded. */
  referral_decision: 'decision on next steps recorded',
  /** The referrer was told the outcome of the referral. */
  referrer_informed: 'referrer told the outcome',
  /** The referrer's written confirmation of a verbal referral was received. */
  referral_confirmed_in_writing: "referrer's written confirmation received",
  /** The case was allocated to a social worker. */
  case_allocated: 'case allocated to a worker',
  /** A visit to the child; attributes `childSeen`, `seenAlone` and `purpose`. */
  visit: 'a visit; attributes childSeen, seenAlone, purpose',
  /** A child and family (single) assessment started. */
  assessment_started: 'child and family (single) assessment started',
  /** The assessment was reviewed while in progress. */
  assessment_progress_review: 'in-progress review of the assessment',
  /** The assessment was completed and signed off by a manager. */
  assessment_authorised: 'assessment completed and signed off',
  /** A strategy discussion or meeting; `s47Initiated: true` when it starts a section 47 enquiry. */
  strategy_discussion: 'strategy discussion or meeting; s47Initiated',
  /** A section 47 enquiry concluded. */
  s47_completed: 'section 47 enquiry concluded',
  /** An initial child protection conference was held. */
  initial_cp_conference: 'initial child protection conference held',
  /** A child protection plan started. */
  cp_plan_started: 'child protection plan started',
  /** A child protection plan ended. */
  cp_plan_ended: 'child protection plan ended',
  /** A core group meeting of the professionals and family working to the plan. */
  core_group: 'core group meeting',
  /** A review child protection conference was held. */
  review_cp_conference: 'review child protection conference',
  /** Notice that a child on a child protection plan in another area has moved here. */
  cp_transfer_in: 'notified that a child on a plan elsewhere has moved here',
  /** A child in need plan started. */
  cin_plan_started: 'child in need plan started',
  /** A child in need plan ended. */
  cin_plan_ended: 'child in need plan ended',
  /** A child in need plan was reviewed. */
  cin_review: 'child in need plan review',
  /** A period of care started: the child became looked after. */
  looked_after_started: 'period of care started',
  /** A period of care ended. */
  looked_after_ended: 'period of care ended',
  /** A placement started; attributes `placementType` and `permanent`. */
  placement_started: 'placement started; placementType, permanent',
  /** A placement ended. */
  placement_ended: 'placement ended',
  /** A care plan for a looked-after child was completed. */
  care_plan: 'care plan completed',
  /** A placement plan was completed. */
  placement_plan: 'placement plan completed',
  /** An independent reviewing officer (IRO) was allocated. */
  iro_allocated: 'independent reviewing officer allocated',
  /** A looked-after child's review was held. */
  cla_review: 'looked-after child review',
  /** A looked-after child's health assessment took place. */
  health_assessment: 'health assessment',
  /** A looked-after child's dental check took place. */
  dental_check: 'dental check',
  /** A personal education plan (PEP) meeting or review was held. */
  pep: 'personal education plan meeting or review',
  /** A care leaver's pathway plan was completed. */
  pathway_plan: 'leaving-care pathway plan',
  /** A care leaver's pathway plan was reviewed. */
  pathway_plan_review: 'leaving-care pathway plan review',
  /** The case was supervised by a manager. */
  case_supervision: 'case supervised by a manager',
  /** The case was closed: the usual stop for open clocks. */
  case_closed: 'case closed',
} as const satisfies Record<string, string>;

/** A core event type name, such as `'strategy_discussion'`. */
export type CoreEventType = keyof typeof CORE_EVENT_TYPES;

/** Core obligation keys (obligations.md). Keys mean the same thing in every pack. */
export const CORE_OBLIGATION_KEYS = {
  /** Acknowledging a referral to the referrer. */
  'referral-acknowledgement': 'referral acknowledged to the referrer',
  /** Deciding the next steps after a referral. */
  'referral-decision': 'decision on next steps after a referral',
  /** Completing the child and family assessment. */
  'assessment-completion': 'assessment completed',
  /** Holding the initial child protection conference. */
  'initial-cp-conference': 'initial child protection conference held',
  /** Holding the first core group after the initial conference. */
  'first-core-group': 'first core group after the initial conference',
  /** Holding review child protection conferences. */
  'review-cp-conference': 'review child protection conferences',
  /** Holding a conference for a child on a plan who moves into the area. */
  'transfer-in-conference': 'conference for a child on a plan who moves in',
  /** Telling the referrer the outcome of the referral. */
  'referrer-informed': 'referrer told the outcome of the referral',
  /** Allocating the case to a social worker. */
  'case-allocation': 'case allocated to a worker',
  /** Holding a strategy discussion after a referral raising significant harm. */
  'strategy-discussion': 'strategy discussion held after a referral raising significant harm',
  /** Circulating the strategy discussion decisions. */
  'strategy-record-circulated': 'strategy decisions circulated',
  /** The first visit, seeing the child after referral or allocation. */
  'first-visit': 'first visit / child seen after referral or allocation',
  /** Reviewing the assessment while it is in progress. */
  'assessment-progress-review': 'in-progress review of the assessment',
  /** Completing and writing up a section 47 enquiry. */
  's47-completion': 'section 47 enquiry completed / written up',
  /** Making a child in need plan after the assessment. */
  'cin-planning-meeting': 'child in need plan made after the assessment',
  /** Reviewing a child in need plan. */
  'cin-review': 'child in need plan reviews',
  /** Visiting a child in need. */
  'cin-visit': 'child in need visits',
  /** Sharing reports before a child protection conference. */
  'cp-conference-report-shared': 'report shared before a conference',
  /** Circulating the decisions and minutes after a conference. */
  'cp-conference-decisions-circulated': 'decisions / minutes circulated after a conference',
  /** Producing the outline child protection plan after the initial conference. */
  'outline-cp-plan': 'outline plan produced after the initial conference',
  /** Holding core group meetings after the first. */
  'core-group': 'core group meetings after the first',
  /** Circulating core group minutes and the updated plan. */
  'core-group-record-circulated': 'core group minutes and updated plan circulated',
  /** Visiting a child on a child protection plan. */
  'cp-visit': 'child protection visits',
  /** Making a plan for support after a child protection plan ends. */
  'post-cp-plan-support': 'plan made after a child protection plan ends',
  /** Making a care plan for a looked-after child. */
  'care-plan': 'care plan for a looked-after child',
  /** Making a placement plan (placement information record). */
  'placement-plan': 'placement plan / placement information record',
  /** Allocating an independent reviewing officer, or notifying the IRO service. */
  'iro-allocation': 'independent reviewing officer allocated or service notified',
  /** Visiting a looked-after child. */
  'cla-visit': 'looked-after child visits',
  /** Reviewing a looked-after child's case. */
  'cla-review': 'looked-after child reviews',
  /** Sending a report to the IRO before a review. */
  'cla-review-report': 'report to the IRO before a review',
  /** A looked-after child's initial and recurring health assessments. */
  'health-assessment': 'initial and recurring health assessments',
  /** A looked-after child's dental checks. */
  'dental-check': 'dental checks',
  /** The personal education plan and its reviews. */
  pep: 'personal education plan and its reviews',
  /** The strengths and difficulties questionnaire. */
  sdq: 'strengths and difficulties questionnaire',
  /** The permanence plan and its planning meetings. */
  'permanence-plan': 'permanence plan / planning meetings',
  /** A care leaver's pathway plan and its reviews. */
  'pathway-plan': 'pathway plan and its reviews',
  /** Management supervision of the case. */
  'case-supervision': 'case supervised by a manager',
  /** Bringing case records up to date after an event. */
  'case-recording': 'case records up to date after an event',
  /** Periodic re-assessment. */
  reassessment: 'periodic re-assessment',
} as const satisfies Record<string, string>;

/**
 * Case states derived from pairs of events (a child is "on a child protection plan" between
 * `cp_plan_started` and `cp_plan_ended`). Packs may declare more with `states:`.
 */
export const CORE_STATES = {
  /** On a child protection plan. */
  on_cp_plan: {
    /** The event that starts the state. */
    from: 'cp_plan_started',
    /** The event that ends it. */
    to: 'cp_plan_ended',
  },
  /** Looked after (in care). */
  looked_after: {
    /** The event that starts the state. */
    from: 'looked_after_started',
    /** The event that ends it. */
    to: 'looked_after_ended',
  },
  /** On a child in need plan. */
  on_cin_plan: {
    /** The event that starts the state. */
    from: 'cin_plan_started',
    /** The event that ends it. */
    to: 'cin_plan_ended',
  },
  /** In a placement. */
  in_placement: {
    /** The event that starts the state. */
    from: 'placement_started',
    /** The event that ends it. */
    to: 'placement_ended',
  },
  /** The case is open: from the referral until it is closed. */
  open_case: {
    /** The event that starts the state. */
    from: 'referral_received',
    /** The event that ends it. */
    to: 'case_closed',
  },
} as const satisfies Record<string, { from: string; to: string }>;
