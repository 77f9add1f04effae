import { describe, expect, it } from 'vitest';
import { brief, HEADER, issuesOf, load, pack, rule } from './fixtures.testutil.js';

// Layout (fixtures.testutil.ts): HEADER lines 1-7, `rules:` line 8, rules[0] lines 9-17
// (id 9, obligation 10, title 11, level 12, trigger 13, deadline 14, satisfiedBy 15,
// responsible 16, source 17), extra keys from line 18; rules[1] follows the last line.

describe('semantic checks: names', () => {
  it('duplicate rule ids', () => {
    expect(brief(issuesOf(load(pack(rule('r1'), rule('r1')))))).toEqual(['18:9 rules[1].id: the rule id "r1" is already used by rules[0]']);
  });

  it('unknown event types wherever they appear', () => {
    const text = `${HEADER}states:
  - name: on_plan_level_3
    from: { event: cin_plan_begun }
    to: { event: cin_plan_ended }
defaults: { stopsOn: [{ event: case_shut }] }
rules:
${rule('r1', {
  trigger: '{ event: strategy_discusion }',
  satisfiedBy: '[{ event: initial_cp_conference }, { event: icpc }]',
  breachReason: '{ event: delay_reason }',
  recurrence: '{ phases: [{ every: { amount: 1, unit: weeks }, until: { event: first_review } }, { every: { amount: 4, unit: weeks } }] }',
  variants: '[{ when: { noEvent: { event: plan_made } }, deadline: { amount: 1, unit: days } }]',
  stopsOn: '[{ event: plan_over }]',
})}${rule('r2', { trigger: null, deadline: '{ amount: 5, unit: working_days, before: review_conference }' })}`;
    // rules[0] starts on line 14 (trigger 18, satisfiedBy 20, extras 23-26); rules[1] on line 27
    // (no trigger, so its deadline is on line 31)
    const issues = issuesOf(load(text));
    expect(issues.every((i) => i.code === 'unknown_event_type')).toBe(true);
    expect(brief(issues)).toEqual([
      '10:20 states[0].from.event: the state starts on "cin_plan_begun", which is not an event type (declare new event types under `events:`)',
      '12:32 defaults.stopsOn[0].event: the clock stops on "case_shut", which is not an event type (declare new event types under `events:`)',
      '18:23 rules[0].trigger.event: the clock starts at "strategy_discusion", which is not an event type (declare new event types under `events:`); did you mean "strategy_discussion"?',
      '20:62 rules[0].satisfiedBy[1].event: "icpc" is not an event type, so nothing could meet this rule (declare new event types under `events:`)',
      '23:28 rules[0].breachReason.event: "delay_reason" is not an event type (declare new event types under `events:`)',
      '24:81 rules[0].recurrence.phases[0].until.event: the phase ends on "first_review", which is not an event type (declare new event types under `events:`)',
      '25:44 rules[0].variants[0].when.noEvent.event: "plan_made" is not an event type (declare new event types under `events:`)',
      '26:24 rules[0].stopsOn[0].event: the clock stops on "plan_over", which is not an event type (declare new event types under `events:`)',
      '31:56 rules[1].deadline.before: the deadline counts back from "review_conference", which is not an event type (declare new event types under `events:`); did you mean "review_cp_conference"?',
    ]);
  });

  it('event types declared by the pack are known', () => {
    const text = `${HEADER}events:
  - { type: assessment_extended, description: manager extended the assessment timescale }
rules:
${rule('r1', { trigger: '{ event: assessment_extended }' })}`;
    expect(load(text).ok).toBe(true);
  });

  it('unknown states in conditions, including lists', () => {
    const text = pack(rule('r1', { appliesWhen: '{ state: on_cp_pln, notState: [looked_after, in_care] }' }));
    expect(brief(issuesOf(load(text)))).toEqual([
      '18:27 rules[0].appliesWhen.state: "on_cp_pln" is not a case state (declare new states under `states:`); did you mean "on_cp_plan"?',
      '18:63 rules[0].appliesWhen.notState[1]: "in_care" is not a case state (declare new states under `states:`)',
    ]);
  });

  it('states declared by the pack are known', () => {
    const text = `${HEADER}states:
  - { name: in_care, from: { event: looked_after_started }, to: { event: looked_after_ended } }
rules:
${rule('r1', { appliesWhen: '{ state: in_care }' })}`;
    expect(load(text).ok).toBe(true);
  });

  it('unknown obligation keys', () => {
    expect(brief(issuesOf(load(pack(rule('r1', { obligation: 'initial-cp-conferense' })))))).toEqual([
      '10:17 rules[0].obligation: "initial-cp-conferense" is not an obligation key (use one from obligations.md or declare it under `obligations:`); did you mean "initial-cp-conference"?',
    ]);
    const declared = `${HEADER}obligations:
  - { key: later-life-letter, title: Later-life letter written }
rules:
${rule('r1', { obligation: 'later-life-letter' })}`;
    expect(load(declared).ok).toBe(true);
  });

  it('declarations that clash with the core vocabulary or repeat themselves', () => {
    const text = `${HEADER}events:
  - { type: visit, description: a visit }
  - { type: plan_review, description: a review }
  - { type: plan_review, description: again }
states:
  - { name: on_cp_plan, from: { event: cp_plan_started }, to: { event: cp_plan_ended } }
obligations:
  - { key: cp-visit, title: CP visits }
rules: []
`;
    expect(brief(issuesOf(load(text)))).toEqual([
      '9:13 events[0].type: the event type "visit" is already in the shared vocabulary or an inherited pack',
      '11:13 events[2].type: the event type "plan_review" is already declared at events[1]',
      '13:13 states[0].name: the state "on_cp_plan" is built in or inherited already',
      '15:12 obligations[0].key: the obligation key "cp-visit" is already in obligations.md or an inherited pack',
    ]);
  });
});

describe('semantic checks: rule shapes', () => {
  it('a `before` deadline must count back from the trigger event', () => {
    // line 14: `    deadline: { amount: 5, unit: working_days, before: review_cp_conference }`
    const text = pack(rule('r1', { deadline: '{ amount: 5, unit: working_days, before: review_cp_conference }' }));
    expect(brief(issuesOf(load(text)), 'before_trigger_mismatch')).toEqual([
      '14:56 rules[0].deadline.before: counts back from "review_cp_conference" but the trigger is "strategy_discussion": a `before` deadline is counted from the meeting that starts the clock, so they must be the same event',
    ]);
  });

  it('a `before` deadline may stand in for the trigger', () => {
    const text = pack(rule('r1', { trigger: null, deadline: '{ amount: 5, unit: working_days, before: review_cp_conference }' }));
    expect(load(text).ok).toBe(true);
  });

  it('a rule needs a trigger or a `before` deadline', () => {
    expect(brief(issuesOf(load(pack(rule('r1', { trigger: null })))))).toEqual([
      '9:5 rules[0]: the rule has no trigger: add `trigger: { event: ... }`, or count the deadline back `before` an event',
    ]);
  });

  it('a rule with a timescale needs satisfiedBy; a `deadline: none` rule does not', () => {
    expect(brief(issuesOf(load(pack(rule('r1', { satisfiedBy: null })))))).toEqual([
      '9:5 rules[0]: the rule has a timescale but no `satisfiedBy`: say which event meets it (only `deadline: none` rules may omit it)',
    ]);
    expect(load(pack(rule('r1', { satisfiedBy: null, deadline: 'none' }))).ok).toBe(true);
  });

  it('a variant after an always-true variant can never match', () => {
    const variants = `
      - when: {}
        deadline: { amount: 1, unit: days }
      - when: { state: on_cp_plan }
        deadline: { amount: 2, unit: days }`;
    // variants: line 18; variants[0] line 19, variants[1] line 21, each at column 9
    const issues = issuesOf(load(pack(rule('r1', { variants }))));
    expect(brief(issues)).toEqual([
      '14:15 rules[0].deadline: never applies: variants[0] always matches; move its timescale here and remove the variant',
      '21:9 rules[0].variants[1]: can never apply: variants[0] before it always matches (its `when` has no conditions)',
    ]);
    expect(issues.map((i) => [i.code, i.severity])).toEqual([
      ['unreachable_deadline', 'warning'],
      ['unreachable_variant', 'error'],
    ]);
  });

  it('a variant repeating an earlier `when` (in any key order) can never match', () => {
    const variants = `
      - when: { state: on_cp_plan, child: { disabled: true } }
        deadline: { amount: 1, unit: days }
      - when: { child: { disabled: true }, state: on_cp_plan }
        deadline: { amount: 2, unit: days }`;
    expect(brief(issuesOf(load(pack(rule('r1', { variants })))))).toEqual([
      '21:15 rules[0].variants[1].when: can never apply: variants[0] has the same `when` and comes first',
    ]);
  });

  it('an always-true variant alone only warns: the pack still loads', () => {
    const result = load(pack(rule('r1', { variants: '[{ when: {}, deadline: { amount: 1, unit: days } }]' })));
    expect(result.ok && result.warnings.map((w) => w.code)).toEqual(['unreachable_deadline']);
  });

  it('a phase ending on anyOf events: each event is checked, located at its own line and column', () => {
    const recurrence = `
      phases:
        - every: { amount: 1, unit: weeks }
          until: { anyOf: [{ event: cla_review }, { event: carer_aproved }] }
        - every: { amount: 4, unit: weeks }`;
    // rules[0] starts on line 14; recurrence on 19, the until line is 21: 10 spaces, then
    // `until: { anyOf: [{ event: cla_review }, { event: ` puts "carer_aproved" at column 60.
    expect(brief(issuesOf(load(pack(rule('r1', { recurrence })))))).toEqual([
      '21:60 rules[0].recurrence.phases[0].until.anyOf[1].event: the phase ends on "carer_aproved", which is not an event type (declare new event types under `events:`)',
    ]);
    const one = `
      phases:
        - every: { amount: 1, unit: weeks }
          until: { anyOf: [{ event: cla_review }] }
        - every: { amount: 4, unit: weeks }`;
    expect(issuesOf(load(pack(rule('r1', { recurrence: one })))).length).toBeGreaterThan(0);
  });

  it('a phase without `until` before another phase never ends', () => {
    const recurrence = `
      phases:
        - every: { amount: 1, unit: weeks }
        - every: { amount: 4, unit: weeks }`;
    expect(brief(issuesOf(load(pack(rule('r1', { recurrence })))))).toEqual([
      '20:11 rules[0].recurrence.phases[0]: this phase never ends, so phases[1] and later can never start: add `until` (an event, anyOf events, age, count or after)',
    ]);
  });

  it('amounts must fit their unit', () => {
    expect(brief(issuesOf(load(pack(rule('r1', { deadline: '{ unit: working_days }' })))))).toEqual([
      '14:15 rules[0].deadline: missing "amount": how many working days?',
    ]);
    // line 14: `    deadline: { amount: 2, unit: same_day }`: the 2 is at column 25
    expect(brief(issuesOf(load(pack(rule('r1', { deadline: '{ amount: 2, unit: same_day }' })))))).toEqual([
      '14:25 rules[0].deadline.amount: same_day takes no amount (it means the day itself); remove "amount: 2"',
    ]);
    expect(load(pack(rule('r1', { deadline: '{ unit: same_working_day }' }))).ok).toBe(true);
    expect(load(pack(rule('r1', { deadline: '{ amount: 0, unit: same_day }' }))).ok).toBe(true);
  });

  it('a recurring interval must move forward', () => {
    const recurrence = `
      phases:
        - every: { amount: 0, unit: weeks }`;
    expect(brief(issuesOf(load(pack(rule('r1', { recurrence })))))).toEqual([
      '20:18 rules[0].recurrence.phases[0].every: a recurring interval must be at least one hour, day, week, month or year: the next one would fall on the same date',
    ]);
  });
});

describe('semantic checks: dates and calendar', () => {
  it('effective.to before from, for the pack and for a rule', () => {
    const text = HEADER.replace('effective: { from: 2024-01-01 }', 'effective: { from: 2024-01-01, to: 2023-12-31 }') + `rules:\n${rule('r1', { effective: '{ from: 2020-01-01, to: 2019-01-01 }' })}`;
    expect(brief(issuesOf(load(text)))).toEqual([
      '7:36 effective.to: ends (2023-12-31) before it starts (2024-01-01)',
      '18:40 rules[0].effective.to: ends (2019-01-01) before it starts (2020-01-01)',
    ]);
  });

  it('dates that do not exist', () => {
    const text = `${HEADER}closures: [2024-12-27, 2025-02-30]\nrules: []\n`;
    expect(brief(issuesOf(load(text)))).toEqual(['8:24 closures[1]: "2025-02-30" is not a real date']);
  });

  it('closures outside the calendar range', () => {
    const issues = issuesOf(load(`${HEADER}closures: [1999-12-27]\nrules: []\n`));
    expect(issues.map((i) => [i.code, i.line, i.column, i.path])).toEqual([['invalid_calendar', 8, 12, 'closures[0]']]);
    expect(issues[0]!.message).toContain('1999-12-27');
  });
});
