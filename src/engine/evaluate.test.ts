// Engine tests: every expected date here was worked out by hand from a printed calendar and
// the official bank-holiday list (reasoning beside each), never copied from the engine.
import { describe, expect, it } from 'vitest';
import { compileRules, SRC } from '../../tests/helpers/compile.js';
import { InvalidDateError } from '../calendar/index.js';
import type { CaseHistory } from '../model/case.js';
import { evaluate } from './evaluate.js';

const icpcRule = {
  id: 'icpc',
  obligation: 'initial-cp-conference',
  title: 'Initial child protection conference',
  level: 'statutory',
  trigger: { event: 'strategy_discussion', where: { s47Initiated: true }, occurrence: 'first' },
  deadline: { amount: 15, unit: 'working_days' },
  satisfiedBy: { event: 'initial_cp_conference' },
  responsible: ['social worker'],
  source: SRC,
};

function kase(events: Record<string, unknown>[], extra: Partial<CaseHistory> = {}): CaseHistory {
  return { id: 'C1', child: {}, ...extra, events: events as CaseHistory['events'] };
}

function only(rules: unknown[], events: Record<string, unknown>[], asOf: string, extra: Partial<CaseHistory> = {}) {
  return evaluate(kase(events, extra), compileRules(rules), { asOf }).instances;
}

describe('working-day deadlines', () => {
  const sd = { type: 'strategy_discussion', at: '2024-03-28', s47Initiated: true };

  it('strategy discussion Thu 2024-03-28: ICPC due Mon 2024-04-22 (Good Friday 29 Mar and Easter Monday 1 Apr skipped); held that day is met', () => {
    const [i] = only([icpcRule], [sd, { type: 'initial_cp_conference', at: '2024-04-22' }], '2024-06-01');
    expect(i).toMatchObject({ due: '2024-04-22', status: 'met', breach: false, satisfiedBy: { date: '2024-04-22', index: 1 } });
    expect(i!.basis).toBe(
      'strategy discussion Thu 2024-03-28 + 15 working days = Mon 2024-04-22; skipping Good Friday 2024-03-29, Easter Monday 2024-04-01',
    );
  });

  it('held Wed 2024-04-24 is late by 2 working days (23, 24 Apr) and 2 calendar days', () => {
    const [i] = only([icpcRule], [sd, { type: 'initial_cp_conference', at: '2024-04-24' }], '2024-06-01');
    expect(i).toMatchObject({ status: 'late', breach: true, lateness: { amount: 2, unit: 'working_days', calendarDays: 2 } });
  });

  it('not held: pending on the due date itself, overdue the day after', () => {
    expect(only([icpcRule], [sd], '2024-04-22')[0]!.status).toBe('pending');
    expect(only([icpcRule], [sd], '2024-04-23')[0]).toMatchObject({
      status: 'overdue',
      breach: true,
      lateness: { amount: 1, unit: 'working_days', calendarDays: 1 },
    });
  });

  it('the same 15 working days from Mon 2024-03-04 land on Mon 2024-03-25 with no bank holidays in range', () => {
    const [i] = only([icpcRule], [{ ...sd, at: '2024-03-04' }], '2024-03-05');
    expect(i!.due).toBe('2024-03-25');
    expect(i!.basis).toMatch(/no bank holidays in range$/);
  });

  const oneDay = { ...icpcRule, id: 'one', obligation: 'referral-decision', trigger: { event: 'referral_received' }, deadline: { amount: 1, unit: 'working_days' }, satisfiedBy: { event: 'referral_decision' } };
  it.each([
    ['Saturday 2024-03-02: Monday is day 1', '2024-03-02', '2024-03-04'],
    ['Early May bank holiday Mon 2024-05-06: Tuesday is day 1', '2024-05-06', '2024-05-07'],
    ['Christmas Eve Tue 2024-12-24: Christmas and Boxing Day skipped', '2024-12-24', '2024-12-27'],
    ["Fri 2022-09-16: the Queen's funeral Mon 2022-09-19 skipped", '2022-09-16', '2022-09-20'],
    ['a working day Wed 2024-03-06 is day 0', '2024-03-06', '2024-03-07'],
  ])('referral on %s', (_name, at, due) => {
    expect(only([oneDay], [{ type: 'referral_received', at }], at)[0]!.due).toBe(due);
  });
});

describe('hour deadlines and variants', () => {
  const decision = {
    id: 'decision',
    obligation: 'referral-decision',
    title: 'Referral decision',
    level: 'local_minimum',
    trigger: { event: 'referral_received' },
    deadline: { amount: 24, unit: 'hours' },
    variants: [
      { label: 'immediate child protection referral', when: { trigger: { urgency: 'immediate' } }, deadline: { amount: 2, unit: 'hours' } },
      { label: 'child protection referral', when: { trigger: { urgency: { in: ['immediate', 'child_protection'] } } }, deadline: { amount: 4, unit: 'hours' } },
    ],
    satisfiedBy: { event: 'referral_decision' },
    responsible: ['team manager'],
    source: SRC,
  };

  it('immediate referral at 10:15 GMT on 1 Mar 2024: due 12:15; decision at 12:00 met, at 13:00 one hour late', () => {
    const referral = { type: 'referral_received', at: '2024-03-01T10:15:00Z', urgency: 'immediate' };
    const met = only([decision], [referral, { type: 'referral_decision', at: '2024-03-01T12:00:00Z' }], '2024-03-02')[0]!;
    expect(met).toMatchObject({ due: '2024-03-01', dueInstant: '2024-03-01T12:15:00.000Z', status: 'met', variant: 'immediate child protection referral', timescale: '2 hours' });
    const late = only([decision], [referral, { type: 'referral_decision', at: '2024-03-01T13:00:00Z' }], '2024-03-02')[0]!;
    expect(late).toMatchObject({ status: 'late', lateness: { amount: 1, unit: 'hours', calendarDays: 0 } });
  });

  it('the first matching variant wins: an immediate referral matches both variants and gets 2 hours, not 4', () => {
    const [i] = only([decision], [{ type: 'referral_received', at: '2024-03-01T09:00:00Z', urgency: 'immediate' }], '2024-03-01');
    expect(i!.dueInstant).toBe('2024-03-01T11:00:00.000Z');
  });

  it('no variant matches: the rule deadline applies (24 hours from a date-only Fri 2024-03-01 is the end of Sat 2024-03-02)', () => {
    const events = [{ type: 'referral_received', at: '2024-03-01', urgency: 'standard' }];
    const [pending] = only([decision], events, '2024-03-02');
    expect(pending).toMatchObject({ due: '2024-03-02', status: 'pending', timescale: '24 hours' });
    expect(pending!.variant).toBeUndefined();
    expect(pending!.dueInstant).toBeUndefined();
    const [late] = only([decision], [...events, { type: 'referral_decision', at: '2024-03-04' }], '2024-03-05');
    expect(late).toMatchObject({ status: 'late', lateness: { amount: 2, unit: 'days', calendarDays: 2 } });
  });

  it('DST start: Sat 2024-03-30 23:30 GMT + 24 elapsed hours = 23:30 UTC Sunday, which is 00:30 BST on Mon 2024-04-01', () => {
    const [i] = only([decision], [{ type: 'referral_received', at: '2024-03-30T23:30:00Z' }], '2024-03-31');
    expect(i).toMatchObject({ due: '2024-04-01', dueInstant: '2024-03-31T23:30:00.000Z' });
  });

  it('DST end: 00:30 BST Sun 2024-10-27 (23:30 UTC Sat) + 24 hours = 23:30 GMT the same Sunday', () => {
    const [i] = only([decision], [{ type: 'referral_received', at: '2024-10-27T00:30:00+01:00' }], '2024-10-27');
    expect(i).toMatchObject({ due: '2024-10-27', dueInstant: '2024-10-27T23:30:00.000Z' });
  });

  it('2 hours from a date-only trigger is due by the end of that day', () => {
    const [i] = only([decision], [{ type: 'referral_received', at: '2024-03-01', urgency: 'immediate' }], '2024-03-01');
    expect(i!.due).toBe('2024-03-01');
  });
});

describe('months, recurrence and stops', () => {
  const review = {
    id: 'review',
    obligation: 'review-cp-conference',
    title: 'Review conference',
    level: 'statutory',
    trigger: { event: 'initial_cp_conference', where: { outcome: 'cp_plan' } },
    deadline: { amount: 3, unit: 'months' },
    satisfiedBy: { event: 'review_cp_conference' },
    stopsOn: [{ event: 'cp_plan_ended' }],
    recurrence: { phases: [{ every: { amount: 6, unit: 'months' } }] },
    responsible: ['conference chair'],
    source: SRC,
  };

  it('ICPC 2024-01-31 + 3 months clamps to 2024-04-30; then 6 months from each review actually held; a plan ending cancels the next', () => {
    const instances = only(
      [review],
      [
        { type: 'initial_cp_conference', at: '2024-01-31', outcome: 'cp_plan' },
        { type: 'review_cp_conference', at: '2024-04-29' }, // met (due 30 Apr)
        { type: 'review_cp_conference', at: '2024-11-05' }, // due 29 Oct (6 months from 29 Apr): 7 days late
        { type: 'cp_plan_ended', at: '2025-03-01' }, // before the next due 2025-05-05
      ],
      '2025-06-01',
    );
    expect(instances.map((i) => [i.due, i.status, i.occurrence])).toEqual([
      ['2024-04-30', 'met', 1],
      ['2024-10-29', 'late', 2],
      ['2025-05-05', 'cancelled', 3],
    ]);
    expect(instances[1]!.lateness).toEqual({ amount: 7, unit: 'days', calendarDays: 7 });
    expect(instances[2]!.cancelledBy).toMatchObject({ event: 'cp_plan_ended', date: '2025-03-01' });
  });

  it('leap and non-leap month ends: 2023-11-30 + 3 months = 2024-02-29; 2022-11-30 + 3 months = 2023-02-28', () => {
    const due = (at: string) => only([review], [{ type: 'initial_cp_conference', at, outcome: 'cp_plan' }], at)[0]!.due;
    expect(due('2023-11-30')).toBe('2024-02-29');
    expect(due('2022-11-30')).toBe('2023-02-28');
  });

  it('an overdue interval ends the schedule: one open breach, no invented later intervals', () => {
    const instances = only([review], [{ type: 'initial_cp_conference', at: '2024-01-31', outcome: 'cp_plan' }], '2025-06-01');
    expect(instances.map((i) => i.status)).toEqual(['overdue']);
    expect(instances[0]!.lateness).toMatchObject({ unit: 'days', calendarDays: 397 }); // 30 Apr 2024 → 1 Jun 2025
  });

  it('the trigger attribute filter: an ICPC without a plan starts no review clock', () => {
    expect(only([review], [{ type: 'initial_cp_conference', at: '2024-01-31', outcome: 'no_plan' }], '2024-06-01')).toEqual([]);
  });

  const visits = {
    id: 'cla-visits',
    obligation: 'cla-visit',
    title: 'Looked-after child visits',
    level: 'statutory',
    trigger: { event: 'placement_started' },
    deadline: { amount: 1, unit: 'weeks' },
    satisfiedBy: { event: 'visit', where: { childSeen: true } },
    recurrence: {
      phases: [
        { label: 'until the first review', every: { amount: 1, unit: 'weeks' }, until: { event: 'cla_review' } },
        { every: { amount: 6, unit: 'weeks' }, until: { count: 2 } },
        { every: { amount: 3, unit: 'months' } },
      ],
    },
    responsible: ['social worker'],
    source: SRC,
  };

  it('phases: weekly until the first review, then two 6-weekly intervals, then 3-monthly; a late visit restarts the clock from the day it happened', () => {
    const seen = (at: string) => ({ type: 'visit', at, childSeen: true });
    const instances = only(
      [visits],
      [
        { type: 'placement_started', at: '2024-04-08' }, // Mon; first visit within a week: Mon 15 Apr
        seen('2024-04-12'), // met; phase 1 → due 19 Apr
        seen('2024-04-19'), // met; review not yet held → still weekly → due 26 Apr
        { type: 'cla_review', at: '2024-04-22' },
        seen('2024-04-25'), // met; review held by 25 Apr → phase 2: +42 days = 6 Jun
        { type: 'visit', at: '2024-05-01', childSeen: false }, // not a statutory visit: child not seen
        seen('2024-06-06'), // met (phase 2, 1 done) → due 18 Jul
        seen('2024-07-20'), // 2 days late (phase 2, 2 done) → phase 3: 20 Oct
      ],
      '2024-11-01',
    );
    expect(instances.map((i) => [i.due, i.status, i.phase ?? null])).toEqual([
      ['2024-04-15', 'met', null],
      ['2024-04-19', 'met', 1],
      ['2024-04-26', 'met', 1],
      ['2024-06-06', 'met', 2],
      ['2024-07-18', 'late', 2],
      ['2024-10-20', 'overdue', 3],
    ]);
    expect(instances[5]!.lateness).toEqual({ amount: 12, unit: 'days', calendarDays: 12 });
    expect(instances[3]!.basis).toBe('visit (last done) Thu 2024-04-25 + 6 weeks = Thu 2024-06-06; phase 2: every 6 weeks');
  });

  it('a phase that ends on either of two events (anyOf): 4-weekly until the carer is approved or a care order is made', () => {
    const temporary = {
      ...visits,
      id: 'temporary-carer',
      recurrence: {
        phases: [
          { every: { amount: 4, unit: 'weeks' }, until: { anyOf: [{ event: 'foster_carer_approved' }, { event: 'care_order_made' }] } },
          { every: { amount: 6, unit: 'weeks' } },
        ],
      },
    };
    const seen = (at: string) => ({ type: 'visit', at, childSeen: true });
    // Placement Mon 2024-04-08: first visit due within a week, Mon 15 Apr; met Fri 12 Apr.
    // Phase 1 (4-weekly): 12 Apr + 28 days = Fri 10 May; met Thu 9 May.
    const start = [{ type: 'placement_started', at: '2024-04-08' }, seen('2024-04-12'), seen('2024-05-09')];
    const byOrder = only([temporary], [...start, { type: 'care_order_made', at: '2024-05-20' }, seen('2024-05-30')], '2024-06-01');
    // A care order on 20 May ends phase 1: the visit of Thu 30 May (due 6 Jun, met) starts phase 2: + 6 weeks = Thu 11 Jul.
    expect(byOrder.map((i) => [i.due, i.status, i.phase ?? null])).toEqual([
      ['2024-04-15', 'met', null],
      ['2024-05-10', 'met', 1],
      ['2024-06-06', 'met', 1],
      ['2024-07-11', 'pending', 2],
    ]);
    const byApproval = only([temporary], [...start, { type: 'foster_carer_approved', at: '2024-05-20' }, seen('2024-05-30')], '2024-06-01');
    expect(byApproval[3]).toMatchObject({ due: '2024-07-11', phase: 2 });
    // Neither event: still 4-weekly, 30 May + 28 days = Thu 27 Jun.
    const neither = only([temporary], [...start, seen('2024-05-30')], '2024-06-01');
    expect(neither[3]).toMatchObject({ due: '2024-06-27', phase: 1 });
  });

  it('a phase that ends at an age: 6-monthly health assessments under 5, yearly from 5', () => {
    const health = {
      ...visits,
      id: 'health',
      obligation: 'health-assessment',
      trigger: { event: 'looked_after_started' },
      deadline: { amount: 20, unit: 'working_days' },
      satisfiedBy: { event: 'health_assessment' },
      recurrence: { phases: [{ every: { amount: 6, unit: 'months' }, until: { age: { years: 5 } } }, { every: { amount: 1, unit: 'years' } }] },
    };
    const instances = only(
      [health],
      [
        { type: 'looked_after_started', at: '2024-06-01' }, // Sat: Mon 3 Jun is day 1 → day 20 is Fri 28 Jun
        { type: 'health_assessment', at: '2024-06-20' }, // aged 4 → +6 months
        { type: 'health_assessment', at: '2024-12-18' }, // aged 4 (5 on 10 Mar 2025) → +6 months
        { type: 'health_assessment', at: '2025-06-10' }, // aged 5 → +1 year
      ],
      '2025-07-01',
      { child: { dateOfBirth: '2020-03-10' } },
    );
    expect(instances.map((i) => [i.due, i.status])).toEqual([
      ['2024-06-28', 'met'],
      ['2024-12-20', 'met'],
      ['2025-06-18', 'met'],
      ['2026-06-10', 'pending'],
    ]);
  });

  const coreGroup = {
    id: 'core-group',
    obligation: 'first-core-group',
    title: 'First core group',
    level: 'statutory',
    trigger: { event: 'initial_cp_conference', where: { outcome: 'cp_plan' } },
    deadline: { amount: 10, unit: 'working_days' },
    satisfiedBy: { event: 'core_group' },
    stopsOn: [{ event: 'cp_plan_ended' }],
    responsible: ['social worker'],
    source: SRC,
  };
  const icpc = { type: 'initial_cp_conference', at: '2024-06-03', outcome: 'cp_plan' }; // Mon; +10 wd = Mon 17 Jun

  it('a plan ending before the due date cancels the obligation', () => {
    const [i] = only([coreGroup], [icpc, { type: 'cp_plan_ended', at: '2024-06-10' }], '2024-07-01');
    expect(i).toMatchObject({ due: '2024-06-17', status: 'cancelled', breach: false, cancelledBy: { date: '2024-06-10' } });
  });

  it('a plan ending after the due date leaves the breach standing, lateness counted to the end (18, 19, 20 Jun)', () => {
    const [i] = only([coreGroup], [icpc, { type: 'cp_plan_ended', at: '2024-06-20' }], '2024-07-01');
    expect(i).toMatchObject({ status: 'overdue', breach: true, lateness: { amount: 3, unit: 'working_days', calendarDays: 3 } });
  });
});

describe('counting back before a meeting', () => {
  const report = {
    id: 'report',
    obligation: 'cp-conference-report-shared',
    title: 'Report shared before the review conference',
    level: 'local_minimum',
    deadline: { amount: 5, unit: 'working_days', before: 'review_cp_conference' },
    satisfiedBy: { event: 'report_shared' },
    responsible: ['social worker'],
    source: SRC,
  };
  const conference = { type: 'review_cp_conference', at: '2024-06-12', scheduled: true }; // Wed; 5 wd before = Wed 5 Jun

  it('a scheduled conference Wed 2024-06-12: report due Wed 2024-06-05, pending before then', () => {
    const [i] = only([report], [conference], '2024-06-01');
    expect(i).toMatchObject({ due: '2024-06-05', status: 'pending', timescale: '5 working days before review cp conference' });
    expect(i!.basis).toBe('review cp conference (scheduled) Wed 2024-06-12 − 5 working days = Wed 2024-06-05; no bank holidays in range');
  });

  it('shared on the due date is met; two working days after is late; none by Thu 6 Jun is overdue', () => {
    expect(only([report], [conference, { type: 'report_shared', at: '2024-06-05' }], '2024-06-20')[0]!.status).toBe('met');
    expect(only([report], [conference, { type: 'report_shared', at: '2024-06-07' }], '2024-06-20')[0]).toMatchObject({
      status: 'late',
      lateness: { amount: 2, unit: 'working_days' },
    });
    expect(only([report], [conference], '2024-06-06')[0]).toMatchObject({ status: 'overdue', lateness: { amount: 1, unit: 'working_days' } });
  });

  it("the report for the previous conference does not count for the next one", () => {
    const instances = only(
      [report],
      [{ type: 'report_shared', at: '2023-12-01' }, { type: 'review_cp_conference', at: '2023-12-12' }, conference],
      '2024-06-07',
    );
    expect(instances.map((i) => [i.due, i.status])).toEqual([
      ['2023-12-05', 'met'], // Tue 12 Dec − 5 wd = Tue 5 Dec; shared 1 Dec
      ['2024-06-05', 'overdue'],
    ]);
  });

  it('48 hours before a date-only Wednesday conference is the Monday', () => {
    const rule = { ...report, deadline: { amount: 48, unit: 'hours', before: 'initial_cp_conference' } };
    expect(only([rule], [{ type: 'initial_cp_conference', at: '2024-06-12', scheduled: true }], '2024-06-01')[0]!.due).toBe('2024-06-10');
  });
});

describe('triggers and conditions', () => {
  const sds = [
    { type: 'strategy_discussion', at: '2024-03-04', s47Initiated: true }, // +15 wd = Mon 25 Mar
    { type: 'strategy_discussion', at: '2024-03-11', s47Initiated: true }, // +15 wd = Wed 3 Apr (Easter skipped)
    { type: 'strategy_discussion', at: '2024-03-18', s47Initiated: false },
  ];
  it.each([
    ['first', [['2024-03-04', '2024-03-25']]],
    ['latest', [['2024-03-11', '2024-04-03']]],
    [
      'each',
      [
        ['2024-03-04', '2024-03-25'],
        ['2024-03-11', '2024-04-03'],
      ],
    ],
  ])('occurrence %s', (occurrence, expected) => {
    const rule = { ...icpcRule, trigger: { ...icpcRule.trigger, occurrence } };
    expect(only([rule], sds, '2024-03-20').map((i) => [i.trigger.date, i.due])).toEqual(expected);
  });

  const recording = {
    id: 'recording',
    obligation: 'case-recording',
    title: 'Visit recorded',
    level: 'local_minimum',
    trigger: { event: 'visit' },
    appliesWhen: { state: 'on_cp_plan', child: { ageUnder: { years: 1 } } },
    deadline: { amount: 1, unit: 'working_days' },
    satisfiedBy: { event: 'case_recorded' },
    responsible: ['social worker'],
    source: SRC,
  };
  it('appliesWhen: only visits while on a plan and while the child is under 1 (born 2023-06-15) start a clock', () => {
    const instances = only(
      [recording],
      [
        { type: 'visit', at: '2024-01-10' }, // not yet on a plan
        { type: 'cp_plan_started', at: '2024-02-01' },
        { type: 'visit', at: '2024-06-14' }, // on plan, aged 11 months: applies
        { type: 'visit', at: '2024-06-15' }, // first birthday: no longer under 1
        { type: 'cp_plan_ended', at: '2024-07-01' },
      ],
      '2024-08-01',
      { child: { dateOfBirth: '2023-06-15' } },
    );
    expect(instances.map((i) => i.trigger.date)).toEqual(['2024-06-14']);
  });

  it('a child-age condition on a case without a date of birth does not apply, and says so', () => {
    const result = evaluate(kase([{ type: 'cp_plan_started', at: '2024-02-01' }, { type: 'visit', at: '2024-06-14' }]), compileRules([recording]), {
      asOf: '2024-08-01',
    });
    expect(result.instances).toEqual([]);
    expect(result.warnings).toEqual(["rule recording tests the child's age but the case has no child.dateOfBirth"]);
  });

  it('hasEvent picks a variant from data on the case (an extension recorded after the trigger)', () => {
    const assessment = {
      id: 'assessment',
      obligation: 'assessment-completion',
      title: 'Assessment',
      level: 'local_minimum',
      trigger: { event: 'assessment_started' },
      deadline: { amount: 15, unit: 'working_days' },
      variants: [{ label: 'extended to 25 days', when: { hasEvent: { event: 'assessment_extended', where: { toWorkingDays: 25 } } }, deadline: { amount: 25, unit: 'working_days' } }],
      satisfiedBy: { event: 'assessment_authorised' },
      responsible: ['team manager'],
      source: SRC,
    };
    const start = { type: 'assessment_started', at: '2024-06-03' }; // Mon: +15 wd = Mon 24 Jun; +25 wd = Mon 8 Jul
    expect(only([assessment], [start], '2024-06-04')[0]!.due).toBe('2024-06-24');
    expect(only([assessment], [start, { type: 'assessment_extended', at: '2024-06-12', toWorkingDays: 25 }], '2024-06-14')[0]).toMatchObject({
      due: '2024-07-08',
      variant: 'extended to 25 days',
    });
  });

  it('an age trigger starts the clock on the birthday (15 years 6 months), only while looked after', () => {
    const pathway = {
      id: 'pathway',
      obligation: 'pathway-plan',
      title: 'Pathway plan',
      level: 'statutory',
      trigger: { age: { years: 15, months: 6 } },
      appliesWhen: { state: 'looked_after' },
      deadline: { unit: 'same_day' },
      satisfiedBy: { event: 'pathway_plan' },
      responsible: ['social worker'],
      source: SRC,
    };
    const child = { child: { dateOfBirth: '2009-08-31' } }; // + 15y 6m = 31 Feb 2025 → clamps to 28 Feb 2025
    const inCare = only([pathway], [{ type: 'looked_after_started', at: '2024-01-10' }], '2025-03-01', child);
    expect(inCare[0]).toMatchObject({ trigger: { event: 'age', date: '2025-02-28' }, due: '2025-02-28', status: 'overdue' });
    expect(only([pathway], [], '2025-03-01', child)).toEqual([]);
    const noBirthDate = evaluate(kase([{ type: 'looked_after_started', at: '2024-01-10' }]), compileRules([pathway]), { asOf: '2025-03-01' });
    expect(noBirthDate.warnings[0]).toMatch(/no child.dateOfBirth/);
  });

  it('a date of birth before 2000 (a care leaver of 24): ages are counted on the plain date, and the birthday is judged as usual', () => {
    const review = {
      id: 'leaving-care-review',
      obligation: 'leaving-care-review',
      title: 'Review at 21',
      level: 'statutory',
      trigger: { age: { years: 21 } },
      appliesWhen: { child: { ageAtLeast: { years: 18 } } },
      deadline: { amount: 1, unit: 'months' },
      satisfiedBy: { event: 'pathway_plan' },
      responsible: ['personal adviser'],
      source: SRC,
    };
    // Born Thu 29 Feb 1996: 21st birthday in 2017, not a leap year, clamps to Tue 28 Feb 2017;
    // + 1 month = Tue 28 Mar 2017. A pathway plan on 20 Mar 2017 meets it.
    const [i] = only([review], [{ type: 'pathway_plan', at: '2017-03-20' }], '2024-06-01', { child: { dateOfBirth: '1996-02-29' } });
    expect(i).toMatchObject({ trigger: { event: 'age', date: '2017-02-28' }, due: '2017-03-28', status: 'met' });
    // Born 1 May 1999: 21 on 1 May 2020, due 1 June 2020; nothing held, so overdue at 2024-06-01.
    const [j] = only([review], [], '2024-06-01', { child: { dateOfBirth: '1999-05-01' } });
    expect(j).toMatchObject({ trigger: { date: '2020-05-01' }, due: '2020-06-01', status: 'overdue' });
  });
});

describe('levels, no-number duties, reasons and unmapped data', () => {
  it('deadline none: reported as no_timescale with what met it, never a breach', () => {
    const rule = { ...icpcRule, id: 'see', obligation: 'first-visit', trigger: { event: 'referral_received' }, deadline: 'none', satisfiedBy: { event: 'visit' } };
    const [i] = only([rule], [{ type: 'referral_received', at: '2024-03-01' }, { type: 'visit', at: '2024-05-01' }], '2024-06-01');
    expect(i).toMatchObject({ status: 'no_timescale', due: null, breach: false, timescale: 'no timescale set', satisfiedBy: { date: '2024-05-01' } });
  });

  it('a good-practice miss is reported late but is not a breach', () => {
    const rule = { ...icpcRule, level: 'good_practice' };
    const [i] = only([rule], [{ type: 'strategy_discussion', at: '2024-03-28', s47Initiated: true }], '2024-05-01');
    expect(i).toMatchObject({ status: 'overdue', breach: false });
  });

  it('breachReason: an assessment past 45 working days says whether the reason was recorded', () => {
    const rule = {
      ...icpcRule,
      id: 'assessment',
      obligation: 'assessment-completion',
      trigger: { event: 'referral_received' },
      deadline: { amount: 45, unit: 'working_days' },
      satisfiedBy: { event: 'assessment_authorised' },
      breachReason: { event: 'assessment_delay_reason' },
    };
    // Mon 2024-06-03 + 45 wd: 9 whole weeks to Mon 5 Aug (45 working days; Summer bank holiday is 26 Aug)
    const events = [{ type: 'referral_received', at: '2024-06-03' }, { type: 'assessment_authorised', at: '2024-08-07' }];
    const [noReason] = only([rule], events, '2024-09-01');
    expect(noReason).toMatchObject({ due: '2024-08-05', status: 'late', breachReason: { recorded: false } });
    const [withReason] = only([rule], [...events, { type: 'assessment_delay_reason', at: '2024-08-06' }], '2024-09-01');
    expect(withReason!.breachReason).toMatchObject({ recorded: true, event: { date: '2024-08-06' } });
  });

  it('lists events no rule refers to, so unmapped data is visible', () => {
    const result = evaluate(
      kase([{ type: 'strategy_discussion', at: '2024-03-28', s47Initiated: true }, { type: 'home_fire_check', at: '2024-03-29' }]),
      compileRules([icpcRule]),
      { asOf: '2024-04-01' },
    );
    expect(result.unusedEvents).toEqual([{ event: 'home_fire_check', date: '2024-03-29', at: '2024-03-29', index: 1 }]);
  });

  it('latestOnly (Annex A): a recurring schedule starts from the latest visit held, inventing no earlier history', () => {
    const rule = {
      ...icpcRule,
      id: 'visits',
      obligation: 'cla-visit',
      trigger: { event: 'placement_started' },
      deadline: { amount: 5, unit: 'working_days' },
      satisfiedBy: { event: 'visit' },
      recurrence: { phases: [{ every: { amount: 6, unit: 'weeks' } }] },
    };
    const events = [{ type: 'placement_started', at: '2023-01-02' }, { type: 'visit', at: '2024-03-01' }];
    const withHistory = only([rule], events, '2024-05-01');
    expect(withHistory[0]).toMatchObject({ status: 'late' }); // the full-history reading: first visit 14 months late
    const latestOnly = only([rule], events, '2024-05-01', { latestOnly: ['visit'] });
    expect(latestOnly.map((i) => [i.due, i.status, i.occurrence])).toEqual([['2024-04-12', 'overdue', undefined]]); // 1 Mar + 42 days
  });
});

describe('purity and bad input', () => {
  it('events after the as-of date are not yet known', () => {
    const events = [{ type: 'strategy_discussion', at: '2024-03-28', s47Initiated: true }, { type: 'initial_cp_conference', at: '2024-04-22' }];
    expect(only([icpcRule], events, '2024-04-10')[0]!.status).toBe('pending');
  });

  it('does not mutate its input and gives the same answer twice', () => {
    const input = kase([{ type: 'strategy_discussion', at: '2024-03-28', s47Initiated: true }]);
    const copy = structuredClone(input);
    const pack = compileRules([icpcRule]);
    const a = evaluate(input, pack, { asOf: '2024-05-01' });
    const b = evaluate(input, pack, { asOf: '2024-05-01' });
    expect(input).toEqual(copy);
    expect(a).toEqual(b);
  });

  it.each(['2024-02-30', '01/05/2024', '', 'today'])('rejects the as-of date %j with a typed error', (asOf) => {
    expect(() => evaluate(kase([]), compileRules([icpcRule]), { asOf })).toThrow(InvalidDateError);
  });

  it.each([null, undefined, 'working-together-2018', { id: 'x', rules: [] }])('rejects %j as the pack with a TypeError that says what to pass', (pack) => {
    const call = () => evaluate(kase([]), pack as never, { asOf: '2024-05-01' });
    expect(call).toThrow(TypeError);
    expect(call).toThrow(/^evaluate: pack must be a CompiledPack from loadPack\/loadPackOrThrow\/loadPackFromString \(got /);
  });
});

describe('compact results (detail: compact)', () => {
  const sd = { type: 'strategy_discussion', at: '2024-03-28', s47Initiated: true };
  const events = [sd, { type: 'initial_cp_conference', at: '2024-04-24' }, { type: 'unmapped_thing', at: '2024-04-01' }];

  it('the same judgement without source, basis, timescale and deadline; marked detail: compact', () => {
    const pack = compileRules([icpcRule]);
    const full = evaluate(kase(events), pack, { asOf: '2024-06-01' });
    const compact = evaluate(kase(events), pack, { asOf: '2024-06-01', detail: 'compact' });
    expect(compact.detail).toBe('compact');
    expect('detail' in full).toBe(false);
    // Held Wed 24 Apr against a due date of Mon 22 Apr: late by 2 working days, as in full.
    expect(compact.instances).toEqual([
      {
        obligation: 'initial-cp-conference',
        rule: 'icpc',
        pack: full.instances[0]!.pack,
        title: 'Initial child protection conference',
        trigger: { event: 'strategy_discussion', date: '2024-03-28', at: '2024-03-28', index: 0 },
        due: '2024-04-22',
        status: 'late',
        breach: true,
        satisfiedBy: { event: 'initial_cp_conference', date: '2024-04-24', at: '2024-04-24', index: 1 },
        lateness: { amount: 2, unit: 'working_days', calendarDays: 2 },
        responsible: ['social worker'],
        level: 'statutory',
      },
    ]);
    expect(compact.unusedEvents).toEqual(full.unusedEvents);
    expect(compact.unusedEvents).toEqual([{ event: 'unmapped_thing', date: '2024-04-01', at: '2024-04-01', index: 2 }]);
    const { source, basis, timescale, deadline, ...judgement } = full.instances[0]!;
    expect([source, basis, timescale, deadline].every((v) => v !== undefined)).toBe(true);
    expect(JSON.parse(JSON.stringify(compact.instances[0]))).toEqual(JSON.parse(JSON.stringify(judgement)));
  });

  it('rejects an unknown detail level with a TypeError naming it', () => {
    expect(() => evaluate(kase(events), compileRules([icpcRule]), { asOf: '2024-06-01', detail: 'brief' as never })).toThrow(
      `detail must be 'full', 'compact' or 'minimal', not "brief"`,
    );
  });
});

describe('minimal results (detail: minimal)', () => {
  const sd = { type: 'strategy_discussion', at: '2024-03-28', s47Initiated: true };
  // Input order is not history order: positions must be the input's, not the sorted history's.
  const events = [{ type: 'initial_cp_conference', at: '2024-04-24' }, { type: 'unmapped_thing', at: '2024-04-01' }, sd];

  it('the judgement with the rule by id and events by their position in the input', () => {
    const pack = compileRules([icpcRule]);
    const minimal = evaluate(kase(events), pack, { asOf: '2024-06-01', detail: 'minimal' });
    expect(minimal.detail).toBe('minimal');
    // Thu 28 Mar 2024 + 15 working days (Good Friday and Easter Monday skipped) = Mon 22 Apr;
    // held Wed 24 Apr: late by 2 working days.
    expect(JSON.parse(JSON.stringify(minimal))).toEqual({
      caseId: 'C1',
      asOf: '2024-06-01',
      detail: 'minimal',
      pack: { id: pack.id, version: pack.version },
      instances: [{ rule: 'icpc', trigger: 2, due: '2024-04-22', status: 'late', breach: true, satisfiedBy: 0, lateness: { amount: 2, unit: 'working_days', calendarDays: 2 } }],
      unusedEvents: [1],
      warnings: [],
    });
  });

  it('a clock stopped before it was due names the stop by position; a pending one has no satisfiedBy', () => {
    const stopped = { ...icpcRule, stopsOn: [{ event: 'case_closed' }] };
    const pack = compileRules([stopped]);
    const r = evaluate(kase([sd, { type: 'case_closed', at: '2024-04-02' }]), pack, { asOf: '2024-06-01', detail: 'minimal' });
    expect(r.instances.map((i) => [i.status, i.cancelledBy, i.breach])).toEqual([['cancelled', 1, false]]);
    const open = evaluate(kase([sd]), pack, { asOf: '2024-04-05', detail: 'minimal' });
    expect(JSON.parse(JSON.stringify(open.instances))).toEqual([{ rule: 'icpc', trigger: 0, due: '2024-04-22', status: 'pending', breach: false }]);
  });
});

describe('history order, whatever the input order', () => {
  const pack = compileRules([icpcRule]);
  const triggerOf = (events: Record<string, unknown>[]) => {
    const [instance] = evaluate(kase(events), pack, { asOf: '2024-06-01', detail: 'minimal' }).instances;
    return [instance!.trigger, instance!.due];
  };

  it('the first strategy discussion is the earliest by date, not the first listed', () => {
    // Listed first: Tue 2 Apr, whose 15 working days would end Tue 23 Apr. The earliest is
    // Thu 28 Mar (position 2): due Mon 22 Apr, Good Friday and Easter Monday skipped.
    const events = [
      { type: 'strategy_discussion', at: '2024-04-02', s47Initiated: true },
      { type: 'initial_cp_conference', at: '2024-04-22' },
      { type: 'strategy_discussion', at: '2024-03-28', s47Initiated: true },
    ];
    expect(triggerOf(events)).toEqual([2, '2024-04-22']);
  });

  it('on the same day, two timed events go by time; otherwise the one listed first', () => {
    const at = (time: string) => ({ type: 'strategy_discussion', at: `2024-03-28${time}`, s47Initiated: true });
    expect(triggerOf([at('T15:00:00Z'), at('T09:00:00Z')])).toEqual([1, '2024-04-22']);
    expect(triggerOf([at(''), at('T09:00:00Z')])).toEqual([0, '2024-04-22']);
    expect(triggerOf([at('T09:00:00Z'), at('')])).toEqual([0, '2024-04-22']);
    // 23:30 UTC on 27 Mar is 23:30 GMT, the 27th in London: earlier than anything on the 28th.
    expect(triggerOf([at(''), { type: 'strategy_discussion', at: '2024-03-27T23:30:00Z', s47Initiated: true }])).toEqual([1, '2024-04-19']);
  });
});

describe('events outside the calendar range 2000-2099', () => {
  it('an old event no rule uses is listed as unused and does not stop the evaluation', () => {
    const result = evaluate(kase([{ type: 'old_note', at: '1998-05-01' }, { type: 'strategy_discussion', at: '2024-03-28', s47Initiated: true }]), compileRules([icpcRule]), { asOf: '2024-04-05' });
    expect(result.unusedEvents).toEqual([{ event: 'old_note', date: '1998-05-01', at: '1998-05-01', index: 0 }]);
    // Thu 28 Mar 2024 + 15 working days, skipping Good Friday and Easter Monday = Mon 22 Apr.
    expect(result.instances.map((i) => [i.due, i.status])).toEqual([['2024-04-22', 'pending']]);
  });

  it('a rule started by an event in 1999 fails with the calendar\'s out-of-range error, not a wrong date', () => {
    expect(() => evaluate(kase([{ type: 'strategy_discussion', at: '1999-12-30', s47Initiated: true }]), compileRules([icpcRule]), { asOf: '2024-04-05' })).toThrow(
      /"1999-12-30" is outside the supported range 2000-01-01 to 2099-12-31/,
    );
  });
});

describe('a case given to evaluate without parseCase', () => {
  it('an impossible date or an instant without an offset is refused with the calendar\'s message, never read as some other day', () => {
    expect(() => evaluate(kase([{ type: 'strategy_discussion', at: '2024-02-30', s47Initiated: true }]), compileRules([icpcRule]), { asOf: '2024-04-05' })).toThrow(
      /"2024-02-30" is not a valid date/,
    );
    expect(() => evaluate(kase([{ type: 'strategy_discussion', at: '2024-03-28T10:00:00', s47Initiated: true }]), compileRules([icpcRule]), { asOf: '2024-04-05' })).toThrow(
      /is not a valid instant/,
    );
  });
});
