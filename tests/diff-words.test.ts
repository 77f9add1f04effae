// The @example lines of the diff's wording helpers, kept true.
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../src/calendar/index.js';
import { clockStart, deepEqual, pairVariants } from '../src/diff/align.js';
import { compareDeadlines } from '../src/diff/compare.js';
import { escapeHtml } from '../src/diff/render-html.js';
import { countsWords, exampleWords, examplesWords, oneLine, partDetails, thousands } from '../src/diff/render-common.js';
import { DEFAULT_SPAN, DueDateSweep, dueDate } from '../src/diff/sweep.js';
import { countVerdicts, verdictFromSweep, verdictWords } from '../src/diff/verdict.js';
import { ageWords, conditionWords, deadlineWords, phaseEndWords, ruleTimescaleWords, triggerWords, whereWords } from '../src/diff/words.js';

describe('words', () => {
  it('spells out timescales, triggers and conditions', () => {
    expect(deadlineWords({ amount: 15, unit: 'working_days' })).toBe('15 working days');
    expect(deadlineWords({ amount: 5, unit: 'working_days', before: 'review_cp_conference' })).toBe('5 working days before review cp conference');
    expect(deadlineWords({ unit: 'same_day', before: 'cla_review' })).toBe('same day as cla review');
    expect(deadlineWords('none')).toBe('no number set');
    expect(ageWords({ years: 15, months: 6 })).toBe('15 years 6 months');
    expect(ageWords({ years: 18 })).toBe('18');
    expect(whereWords({ s47Initiated: true, level: { gte: 3 } })).toBe('s47Initiated: true, level ≥ 3');
    expect(whereWords({ urgency: { in: ['immediate', 'child_protection'] }, nfa: { not: true }, x: { exists: false } })).toBe(
      'urgency one of immediate, child_protection, nfa not true, x not recorded',
    );
    expect(conditionWords({ state: 'on_cp_plan', trigger: { urgency: 'immediate' } })).toBe('trigger urgency: immediate; in state on cp plan');
    expect(conditionWords({ any: [{ child: { disabled: true } }, { state: 'looked_after' }] })).toBe('(disabled child or in state looked after)');
    expect(conditionWords({ noEvent: { event: 'cla_review', since: 'ever' }, not: { case: { team: 'edt' } } })).toBe('never had cla review; not (case team: edt)');
    expect(triggerWords({ trigger: { event: 'strategy_discussion', where: { s47Initiated: true }, occurrence: 'first' }, deadline: 'none' })).toBe(
      'strategy discussion (s47Initiated: true), first only',
    );
    expect(triggerWords({ trigger: { age: { years: 16 } }, deadline: 'none' })).toBe('child reaches 16');
    expect(phaseEndWords({ event: 'review_cp_conference' })).toBe('until review cp conference');
    expect(phaseEndWords({ count: 1 })).toBe('once');
    expect(phaseEndWords({ after: { amount: 1, unit: 'years' } })).toBe('for the first 1 year');
    expect(ruleTimescaleWords({ deadline: { amount: 3, unit: 'months' }, recurrence: { phases: [{ every: { amount: 6, unit: 'months' } }] } })).toBe(
      '3 months, then every 6 months',
    );
    expect(
      ruleTimescaleWords({
        deadline: { amount: 24, unit: 'hours' },
        variants: [{ label: 'immediate referral', when: { trigger: { urgency: 'immediate' } }, deadline: { amount: 2, unit: 'hours' } }],
      }),
    ).toBe('2 hours if immediate referral; otherwise 24 hours');
  });

  it('words a sweep and a verdict', () => {
    expect(thousands(3653)).toBe('3,653');
    expect(thousands(12)).toBe('12');
    expect(exampleWords({ trigger: '2024-03-28', base: '2024-04-29', local: '2024-04-25' })).toBe(
      'trigger Thu 2024-03-28: base due Mon 2024-04-29, local due Thu 2024-04-25',
    );
    expect(countsWords({ dates: 7, stricter: 0, looser: 2, same: 5 })).toBe('local earlier on 0, later on 2, same on 5 of 7 trigger dates');
    expect(countsWords({ dates: 7, stricter: 0, looser: 0, same: 7 })).toBe('the same due date on all 7 trigger dates');
    expect(examplesWords({ dates: 1, stricter: 0, looser: 1, same: 0, looserExample: { trigger: '2024-06-08', base: '2024-07-05', local: '2024-07-06' } })).toEqual([
      'later: trigger Sat 2024-06-08: base due Fri 2024-07-05, local due Sat 2024-07-06',
    ]);
    expect(partDetails({ label: 'timescale', kind: 'deadline', base: '5 working days', local: 'no number set', verdict: 'looser', note: 'local sets no number' })).toEqual([
      'local sets no number',
    ]);
    expect(oneLine('  two\n  lines ')).toBe('two lines');
    expect(verdictWords('base-sets-no-number')).toBe('base sets no number');
    expect(verdictWords('stricter')).toBe('local stricter');
    expect(verdictFromSweep({ dates: 7, stricter: 2, looser: 0, same: 5 })).toBe('stricter');
    expect(verdictFromSweep({ dates: 7, stricter: 2, looser: 1, same: 4 })).toBe('mixed');
    expect(countVerdicts(['same', 'same', 'local-only']).same).toBe(2);
    expect(escapeHtml(`"A & B" <it's>`)).toBe('&quot;A &amp; B&quot; &lt;it&#39;s&gt;');
  });

  it('aligns plain data', () => {
    expect(deepEqual({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(deepEqual({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(deepEqual([1, 2], [2, 1])).toBe(false);
    expect(clockStart({ trigger: { event: 'strategy_discussion', occurrence: 'each', where: { s47Initiated: true } }, deadline: 'none' })).toEqual({
      event: 'strategy_discussion',
      where: { s47Initiated: true },
    });
    expect(pairVariants([{ when: { state: 'on_cp_plan' }, deadline: 'none' }], [])).toEqual([{ base: { when: { state: 'on_cp_plan' }, deadline: 'none' } }]);
  });

  it('sweeps: the examples in the TSDoc', () => {
    const calendar = createCalendar();
    expect(new DueDateSweep(DEFAULT_SPAN.from, DEFAULT_SPAN.to).dates).toHaveLength(3653);
    expect(new DueDateSweep('2024-03-28', '2024-03-28').compare(calendar, { amount: 20, unit: 'working_days' }, calendar, { amount: 4, unit: 'weeks' })).toEqual({
      dates: 1,
      stricter: 1,
      looser: 0,
      same: 0,
      stricterExample: { trigger: '2024-03-28', base: '2024-04-29', local: '2024-04-25' },
    });
    expect(dueDate(calendar, '2024-03-28', { amount: 15, unit: 'working_days' })).toBe('2024-04-22');
    expect(dueDate(calendar, '2024-04-10', { amount: 48, unit: 'hours', before: 'review_cp_conference' })).toBe('2024-04-08');
    const ctx = { sweep: new DueDateSweep('2024-01-01', '2024-12-31'), baseCalendar: calendar, localCalendar: calendar };
    expect(compareDeadlines(ctx, { amount: 15, unit: 'working_days' }, { amount: 10, unit: 'working_days' }).verdict).toBe('stricter');
    expect(compareDeadlines(ctx, 'none', { amount: 1, unit: 'days' }).verdict).toBe('base-sets-no-number');
  });
});
