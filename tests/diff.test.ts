// Diff verdicts worked out by hand on small packs built in the test. Dates are checked against
// the England and Wales list: Good Friday 2024-03-29, Easter Monday 2024-04-01.
import { describe, expect, it } from 'vitest';
import { compileRules, SRC } from './helpers/compile.js';
import { addDays, createCalendar, dueAfter, dueBefore } from '../src/calendar/index.js';
import { dueDate } from '../src/diff/sweep.js';
import { diffPacks, DueDateSweep, combineVerdicts, pairRules, type PackDiff, type DiffRow } from '../src/diff/index.js';
import { loadPackFromString, type CompiledPack } from '../src/pack/index.js';

type Deadline = 'none' | { amount?: number; unit: string; before?: string };

function rule(id: string, deadline: Deadline, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    obligation: 'assessment-completion',
    title: `rule ${id}`,
    level: 'statutory',
    trigger: { event: 'referral_received' },
    deadline,
    satisfiedBy: { event: 'assessment_authorised' },
    responsible: ['social worker'],
    source: SRC,
    ...extra,
  };
}

const base = (rules: unknown[]) => compileRules(rules, { id: 'base-pack', title: 'Base pack' });
const local = (rules: unknown[]) => compileRules(rules, { id: 'local-pack', title: 'Local pack' });

/** The diff of one rule against one rule over a span. */
function one(b: Deadline | Record<string, unknown>, l: Deadline | Record<string, unknown>, span?: { from: string; to: string }): DiffRow {
  const asRule = (id: string, x: Deadline | Record<string, unknown>) => (typeof x === 'object' && x !== null && 'id' in x ? x : rule(id, x as Deadline));
  const diff = diffPacks(base([asRule('b', b)]), local([asRule('l', l)]), span);
  expect(diff.rows).toHaveLength(1);
  return diff.rows[0]!;
}

/** Day-by-day working-day count (the trigger is day 0), independent of the calendar's tables. */
function addWorkingDaysOracle(date: string, n: number): string {
  const calendar = createCalendar();
  let d = date;
  for (let counted = 0; counted < n; ) {
    d = addDays(d, 1);
    if (calendar.isWorkingDay(d)) counted++;
  }
  return d;
}

const wd = (amount: number) => ({ amount, unit: 'working_days' });
const week = (amount: number) => ({ amount, unit: 'weeks' });

describe('verdicts computed over every trigger date', () => {
  it('equal timescales (15 working days both sides) are the same on every date of the default span', () => {
    const row = one(wd(15), wd(15));
    expect(row.verdict).toBe('same');
    expect(row.parts[0]!.sweep).toEqual({ dates: 3653, stricter: 0, looser: 0, same: 3653 });
  });

  it('10 working days locally against 15 in the base is stricter: Mon 2024-03-04 is due Mon 18 March against Mon 25 March', () => {
    const row = one(wd(15), wd(10), { from: '2024-03-04', to: '2024-03-04' });
    expect(row.verdict).toBe('stricter');
    expect(row.parts[0]!.sweep?.stricterExample).toEqual({ trigger: '2024-03-04', base: '2024-03-25', local: '2024-03-18' });
    expect(one(wd(15), wd(10)).parts[0]!.sweep).toMatchObject({ stricter: 3653, looser: 0, same: 0 });
  });

  it('20 working days locally against 15 in the base is looser', () => {
    const row = one(wd(15), wd(20));
    expect(row.verdict).toBe('looser');
    expect(row.parts[0]!.sweep).toMatchObject({ stricter: 0, looser: 3653 });
  });

  it('20 working days against 4 weeks is mixed: earlier around Easter, later from a weekend trigger, the same otherwise', () => {
    // Thu 2024-03-28 + 20 working days, skipping Good Friday and Easter Monday: Tue 2 Apr is
    // day 1, Fri 26 Apr day 19, Mon 29 Apr day 20. 4 weeks: Thu 25 April. Local earlier.
    const easter = one(wd(20), week(4), { from: '2024-03-28', to: '2024-03-28' });
    expect(easter.verdict).toBe('stricter');
    expect(easter.parts[0]!.sweep?.stricterExample).toEqual({ trigger: '2024-03-28', base: '2024-04-29', local: '2024-04-25' });
    // Mon 3 to Sun 9 June 2024, no bank holiday within 20 working days: Mon-Fri + 20 working
    // days = + 4 weeks (same); Sat 8 June + 20 working days = Fri 5 July, 4 weeks = Sat 6 July;
    // Sun 9 June: Fri 5 July against Sun 7 July. Local later on 2 dates: looser.
    const june = one(wd(20), week(4), { from: '2024-06-03', to: '2024-06-09' });
    expect(june.verdict).toBe('looser');
    expect(june.parts[0]!.sweep).toEqual({
      dates: 7,
      stricter: 0,
      looser: 2,
      same: 5,
      looserExample: { trigger: '2024-06-08', base: '2024-07-05', local: '2024-07-06' },
    });
    // Over the whole span: mixed, with counts that match a day-by-day loop.
    const row = one(wd(20), week(4));
    expect(row.verdict).toBe('mixed');
    const oracle = { stricter: 0, looser: 0, same: 0 };
    for (let d = '2019-01-01'; d <= '2028-12-31'; d = addDays(d, 1)) {
      const b = addWorkingDaysOracle(d, 20);
      const l = addDays(d, 28);
      if (l < b) oracle.stricter++;
      else if (l > b) oracle.looser++;
      else oracle.same++;
    }
    expect(row.parts[0]!.sweep).toMatchObject(oracle);
    expect(oracle.stricter).toBeGreaterThan(0);
    expect(oracle.looser).toBeGreaterThan(0);
    expect(row.parts[0]!.sweep?.stricterExample).toBeDefined();
    expect(row.parts[0]!.sweep?.looserExample).toBeDefined();
  });

  it('24 hours against 1 working day is stricter: earlier from Friday and Saturday, the same otherwise', () => {
    // Mon 3 to Sun 9 June 2024. 24 hours from a date-only trigger is the next day; 1 working
    // day from Fri/Sat/Sun is Mon 10 June. Fri → Sat, Sat → Sun earlier; Sun → Mon the same.
    const row = one(wd(1), { amount: 24, unit: 'hours' }, { from: '2024-06-03', to: '2024-06-09' });
    expect(row.verdict).toBe('stricter');
    expect(row.parts[0]!.sweep).toEqual({
      dates: 7,
      stricter: 2,
      looser: 0,
      same: 5,
      stricterExample: { trigger: '2024-06-07', base: '2024-06-10', local: '2024-06-08' },
    });
    expect(one(wd(1), { amount: 24, unit: 'hours' }).verdict).toBe('stricter');
  });

  it('10 working days against 2 weeks repeated every 2 weeks is mixed, and says only the local pack repeats', () => {
    // Thu 2024-03-28 + 10 working days (Easter skipped) = Mon 15 April; + 2 weeks = Thu 11 April.
    // Sat 2024-06-01 + 10 working days = Fri 14 June; + 2 weeks = Sat 15 June.
    const recurring = rule('l', week(2), { recurrence: { phases: [{ every: week(2) }] } });
    expect(one(wd(10), recurring, { from: '2024-03-28', to: '2024-03-28' }).parts[0]!.sweep?.stricterExample).toEqual({
      trigger: '2024-03-28',
      base: '2024-04-15',
      local: '2024-04-11',
    });
    expect(one(wd(10), recurring, { from: '2024-06-01', to: '2024-06-01' }).parts[0]!.sweep?.looserExample).toEqual({
      trigger: '2024-06-01',
      base: '2024-06-14',
      local: '2024-06-15',
    });
    const row = one(wd(10), recurring);
    expect(row.verdict).toBe('mixed');
    expect(row.parts.map((p) => p.label)).toEqual(['first due']);
    expect(row.notes.join(' ')).toContain('Only the local pack repeats the obligation (every 2 weeks)');
  });

  it('recurring against recurring compares the first deadline and each interval and combines them', () => {
    const b = rule('b', wd(10), { recurrence: { phases: [{ every: wd(10) }] } });
    const l = rule('l', week(2), { recurrence: { phases: [{ every: week(2) }] } });
    const row = one(b, l);
    expect(row.parts.map((p) => [p.label, p.verdict])).toEqual([
      ['first due', 'mixed'],
      ['repeat interval', 'mixed'],
    ]);
    expect(row.verdict).toBe('mixed');
  });

  it('phases are compared phase by phase; a different phase end and an extra phase are noted', () => {
    const b = rule('b', week(1), {
      recurrence: { phases: [{ every: week(1), until: { event: 'cla_review' } }, { every: week(6) }] },
    });
    const l = rule('l', week(1), {
      recurrence: { phases: [{ every: week(1), until: { count: 4 } }, { every: week(4), until: { age: { years: 16 } } }, { every: week(8) }] },
    });
    const row = one(b, l);
    expect(row.parts.map((p) => [p.label, p.verdict])).toEqual([
      ['first due', 'same'],
      ['phase 1 interval', 'same'],
      ['phase 2 interval', 'stricter'],
    ]);
    expect(row.verdict).toBe('stricter');
    expect(row.local?.timescale).toBe('1 week, then every 1 week (4 times), then every 4 weeks until age 16, then every 8 weeks');
    expect(row.notes).toContain('Phase 1 ends differently: base until cla review; local 4 times.');
    expect(row.notes).toContain('Only the local pack has phase 3 (every 8 weeks); not compared, as the base has no such phase.');
  });

  it('a stricter interval and a looser first deadline make the schedule mixed', () => {
    const b = rule('b', { amount: 3, unit: 'months' }, { recurrence: { phases: [{ every: { amount: 6, unit: 'months' } }] } });
    const l = rule('l', { amount: 4, unit: 'months' }, { recurrence: { phases: [{ every: { amount: 5, unit: 'months' } }] } });
    const row = one(b, l);
    expect(row.parts.map((p) => p.verdict)).toEqual(['looser', 'stricter']);
    expect(row.verdict).toBe('mixed');
    expect(row.base?.timescale).toBe('3 months, then every 6 months');
  });

  it('counts back before a meeting: 5 working days before is stricter than 5 days before', () => {
    // Conference Wed 2024-04-03: 5 working days before = Mon 25 March (Easter skipped); 5 days before = Fri 29 March.
    const b = rule('b', { amount: 5, unit: 'days', before: 'review_cp_conference' }, { trigger: undefined });
    const l = rule('l', { amount: 5, unit: 'working_days', before: 'review_cp_conference' }, { trigger: undefined });
    const row = one(b, l, { from: '2024-04-03', to: '2024-04-03' });
    expect(row.verdict).toBe('stricter');
    expect(row.parts[0]!.sweep?.stricterExample).toEqual({ trigger: '2024-04-03', base: '2024-03-29', local: '2024-03-25' });
    expect(row.base?.trigger).toBe('counted back from each review cp conference (held or scheduled)');
    expect(row.base?.timescale).toBe('5 days before review cp conference');
  });
});

describe('numbers on one side only', () => {
  it('a statutory duty with no number against a local number is base-sets-no-number', () => {
    const row = one('none', wd(5));
    expect(row.verdict).toBe('base-sets-no-number');
    expect(row.base?.timescale).toBe('no number set');
    expect(row.parts[0]!.sweep).toBeUndefined();
  });

  it('a number in the base and none locally is looser, with the note "local sets no number"', () => {
    const row = one(wd(5), 'none');
    expect(row.verdict).toBe('looser');
    expect(row.parts[0]!.note).toBe('local sets no number');
  });

  it('no number on either side is the same', () => {
    expect(one('none', 'none').verdict).toBe('same');
  });
});

describe('alignment', () => {
  it('an obligation only the local pack has is local-only, one only the base has is base-only', () => {
    const diff = diffPacks(
      base([rule('b-ack', wd(1), { obligation: 'referral-acknowledgement' })]),
      local([rule('l-lado', wd(1), { obligation: 'lado-referral' })]),
    );
    expect(diff.rows.map((r) => [r.obligation, r.verdict])).toEqual([
      ['referral-acknowledgement', 'base-only'],
      ['lado-referral', 'local-only'],
    ]);
    expect(diff.summary).toEqual({ stricter: 0, looser: 0, mixed: 0, same: 0, 'base-sets-no-number': 0, 'local-only': 1, 'base-only': 1 });
    expect(diff.rows[0]!.notes).toEqual(['The local pack (local-pack) has no rule for this obligation.']);
    expect(diff.rows[1]!.notes).toEqual(['The base (base-pack) has no rule for this obligation.']);
  });

  it('several rules for one key pair by trigger and appliesWhen, then by level; the leftover stands alone', () => {
    const onPlan = { state: 'on_cp_plan' };
    const b = base([
      rule('b-plan', wd(10), { obligation: 'cp-visit', appliesWhen: onPlan }),
      rule('b-any', wd(20), { obligation: 'cp-visit', level: 'good_practice', trigger: { event: 'cp_plan_started' } }),
    ]);
    const l = local([
      rule('l-gp', wd(25), { obligation: 'cp-visit', level: 'good_practice', trigger: { event: 'visit' } }),
      rule('l-plan', wd(5), { obligation: 'cp-visit', appliesWhen: onPlan }),
      rule('l-extra', wd(5), { obligation: 'cp-visit', level: 'local_minimum', trigger: { event: 'visit' } }),
    ]);
    const diff = diffPacks(b, l);
    expect(diff.rows.map((r) => [r.base?.rule, r.local?.rule, r.verdict])).toEqual([
      ['b-plan', 'l-plan', 'stricter'],
      ['b-any', 'l-gp', 'looser'],
      [undefined, 'l-extra', 'local-only'],
    ]);
    expect(diff.rows[1]!.notes[0]).toBe(
      'The clocks start at different events: base at cp plan started; local at visit. Due dates are compared from the same trigger date.',
    );
  });

  it('notes a difference of level (a local good-practice rule against a statutory one)', () => {
    const row = one(wd(10), rule('l', wd(10), { level: 'good_practice' }));
    expect(row.verdict).toBe('same');
    expect(row.notes).toContain('Levels differ: the base rule is statutory, the local rule good practice (a local miss is reported but is not a breach).');
  });

  it('variants with deep-equal `when` are compared as sub-rows, with the default deadline as "otherwise"', () => {
    const immediate = { trigger: { urgency: 'immediate' } };
    const b = rule('b', wd(1), {
      variants: [
        { label: 'immediate referral', when: immediate, deadline: 'none' },
        { label: 'out of hours', when: { trigger: { outOfHours: true } }, deadline: wd(2) },
      ],
    });
    const l = rule('l', { amount: 24, unit: 'hours' }, {
      variants: [
        { label: 'complex', when: { trigger: { complex: true } }, deadline: wd(3) },
        { when: { trigger: { urgency: 'immediate' } }, deadline: { amount: 2, unit: 'hours' } },
      ],
    });
    const row = one(b, l);
    expect(row.parts.map((p) => [p.label, p.kind, p.base, p.local, p.verdict])).toEqual([
      ['variant: trigger urgency: immediate', 'variant', 'no number set', '2 hours', 'base-sets-no-number'],
      ['variant: out of hours', 'variant', '2 working days', '24 hours', 'stricter'],
      ['variant: complex', 'variant', '1 working day', '3 working days', 'looser'],
      ['otherwise', 'deadline', '1 working day', '24 hours', 'stricter'],
    ]);
    expect(row.parts[1]!.note).toContain('only the base splits out this case; compared with the local default deadline');
    expect(row.parts[2]!.note).toContain('only the local pack splits out this case; compared with the base\'s default deadline');
    expect(row.verdict).toBe('mixed');
    expect(row.local?.timescale).toBe('3 working days if complex; 2 hours if trigger urgency: immediate; otherwise 24 hours');
  });

  it('pairRules keeps the very same rule together first', () => {
    const [b] = base([rule('x', wd(1))]).rules;
    const [l] = base([rule('x', wd(1))]).rules;
    expect(pairRules([b!], [l!])).toEqual([{ base: b, local: l, same: true }]);
  });
});

// ---------------------------------------------------------------------- inheritance
const BASE_YAML = {
  id: 'stat',
  title: 'Statutory',
  authority: 'HM Government',
  document: { title: 'Statutory guidance', date: '2018' },
  division: 'england-and-wales',
  version: '1',
  effective: { from: '2018-01-01' },
  rules: [
    rule('st-ack', wd(1), { obligation: 'referral-acknowledgement', satisfiedBy: { event: 'referral_acknowledged' } }),
    rule('st-assess', wd(45)),
    rule('st-icpc', wd(15), {
      obligation: 'initial-cp-conference',
      trigger: { event: 'strategy_discussion', where: { s47Initiated: true } },
      satisfiedBy: { event: 'initial_cp_conference' },
    }),
  ],
};
const LOCAL_YAML = {
  id: 'town',
  title: 'Town standards',
  authority: 'Town Council',
  document: { title: 'Town practice standards', date: '2023' },
  division: 'england-and-wales',
  extends: 'stat',
  version: '1',
  effective: { from: '2023-01-01' },
  drops: [{ rule: 'st-icpc', reason: 'conferences are run by the neighbouring authority under a shared service' }],
  rules: [rule('town-assess', wd(30), { replaces: 'st-assess', level: 'local_minimum' })],
};

function loadPair(): { stat: CompiledPack; town: CompiledPack } {
  const files: Record<string, string> = { stat: JSON.stringify(BASE_YAML), town: JSON.stringify(LOCAL_YAML) };
  const resolve = (id: string) => (files[id] ? { source: files[id]!, file: `${id}.yaml` } : undefined);
  const stat = loadPackFromString(files.stat!, { file: 'stat.yaml', resolve });
  const town = loadPackFromString(files.town!, { file: 'town.yaml', resolve });
  if (!stat.ok || !town.ok) throw new Error(JSON.stringify([stat, town].flatMap((r) => (r.ok ? [] : r.issues)), null, 1));
  return { stat: stat.pack, town: town.pack };
}

describe('inherited rules', () => {
  it('lists rules kept unchanged as same with a note, replaced ones compared, dropped ones with the reason', () => {
    const { stat, town } = loadPair();
    const diff = diffPacks(stat, town);
    expect(diff.rows.map((r) => [r.obligation, r.base?.rule, r.local?.rule, r.verdict])).toEqual([
      ['referral-acknowledgement', 'st-ack', 'st-ack', 'same'],
      ['assessment-completion', 'st-assess', 'town-assess', 'stricter'],
      ['initial-cp-conference', 'st-icpc', undefined, 'base-only'],
    ]);
    expect(diff.rows[0]!.notes[0]).toBe('Inherited unchanged: town keeps st-ack from stat.');
    expect(diff.rows[0]!.local?.inherited).toBe(true);
    expect(diff.rows[2]!.notes).toEqual(['Dropped by town: conferences are run by the neighbouring authority under a shared service']);
    expect(diff.inheritance).toEqual({
      extends: 'stat',
      unchanged: [{ rule: 'st-ack', pack: 'stat', obligation: 'referral-acknowledgement' }],
      replaced: [{ rule: 'st-assess', by: 'town-assess' }],
      dropped: [{ rule: 'st-icpc', reason: 'conferences are run by the neighbouring authority under a shared service' }],
    });
  });

  it('is plain JSON-able data and deterministic', () => {
    const { stat, town } = loadPair();
    const a: PackDiff = diffPacks(stat, town);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(JSON.stringify(diffPacks(stat, town))).toBe(JSON.stringify(a));
  });
});

describe('combining and options', () => {
  it('combines part verdicts', () => {
    expect(combineVerdicts(['same', 'same'])).toBe('same');
    expect(combineVerdicts(['same', 'stricter'])).toBe('stricter');
    expect(combineVerdicts(['looser', 'same'])).toBe('looser');
    expect(combineVerdicts(['stricter', 'looser'])).toBe('mixed');
    expect(combineVerdicts(['mixed', 'same'])).toBe('mixed');
    expect(combineVerdicts(['base-sets-no-number', 'same'])).toBe('base-sets-no-number');
    expect(combineVerdicts(['base-sets-no-number', 'stricter'])).toBe('stricter');
  });

  it('rejects a bad span', () => {
    const p = base([rule('b', wd(1))]);
    expect(() => diffPacks(p, p, { from: '2024-02-30' })).toThrow(RangeError);
    expect(() => diffPacks(p, p, { from: '2024-03-01', to: '2024-02-01' })).toThrow(/empty/);
  });

  it('the sweep caches due dates per calendar and timescale', () => {
    const sweep = new DueDateSweep('2024-01-01', '2024-01-07');
    const calendar = createCalendar();
    const first = sweep.dueDates(calendar, { amount: 1, unit: 'working_days' });
    expect(sweep.dueDates(calendar, { amount: 1, unit: 'working_days' })).toBe(first);
    expect(first).toEqual(['2024-01-02', '2024-01-03', '2024-01-04', '2024-01-05', '2024-01-08', '2024-01-08', '2024-01-08']);
  });
});

describe('sweep arithmetic and speed', () => {
  it('dueDate agrees with dueAfter and dueBefore for every unit, with bank holidays and closures', () => {
    const calendar = createCalendar({ closures: ['2024-12-27', '2024-12-30'] });
    const units = ['hours', 'working_days', 'days', 'weeks', 'months', 'years', 'same_day', 'same_working_day'] as const;
    for (let d = '2024-03-20'; d <= '2025-01-10'; d = addDays(d, 1)) {
      for (const unit of units) {
        for (const amount of unit.startsWith('same') ? [0] : unit === 'years' ? [0, 1, 2, 5] : [0, 1, 2, 5, 15, 24, 48]) {
          expect(dueDate(calendar, d, { amount, unit })).toBe(dueAfter(calendar, { date: d }, amount, unit).date);
          expect(dueDate(calendar, d, { amount, unit, before: 'review_cp_conference' })).toBe(dueBefore(calendar, { date: d }, amount, unit).date);
        }
      }
    }
  });

  it('a diff of 300 pairs of rules over ten years of trigger dates runs well under two seconds', () => {
    const units = ['working_days', 'days', 'weeks', 'months', 'hours'] as const;
    const rules = (side: string, shift: number) =>
      Array.from({ length: 300 }, (_, i) =>
        rule(`${side}-${i}`, { amount: 1 + ((i * 7 + shift) % 30), unit: units[(i + shift) % units.length]! }, {
          obligation: `ob-${i}`,
          ...(i % 3 === 0 ? { recurrence: { phases: [{ every: { amount: 1 + ((i + shift) % 12), unit: 'weeks' } }] } } : {}),
        }),
      );
    const obligations = Array.from({ length: 300 }, (_, i) => ({ key: `ob-${i}`, title: `Obligation ${i}` }));
    const b = compileRules(rules('b', 0), { id: 'base-pack', obligations });
    const l = compileRules(rules('l', 3), { id: 'local-pack', obligations, closures: ['2024-12-27'] });
    const started = performance.now();
    const diff = diffPacks(b, l);
    const ms = performance.now() - started;
    expect(diff.rows).toHaveLength(300);
    expect(diff.rows.reduce((n, r) => n + r.parts.filter((p) => p.sweep).length, 0)).toBe(400);
    expect(ms).toBeLessThan(2000);
  });
});

describe('dated rules', () => {
  it('notes a rule that applies only to some trigger dates', () => {
    const row = one(wd(10), rule('l', wd(10), { effective: { from: '2023-01-01' } }));
    expect(row.notes).toContain('The local rule applies only to triggers from 2023-01-01; due dates are compared over the whole span.');
  });
});

describe('arguments', () => {
  it('diffPacks refuses what is not a compiled pack with a TypeError that says what to pass', () => {
    const b = base([rule('b', wd(10))]);
    expect(() => diffPacks('a' as never, 'b' as never)).toThrow(
      new TypeError('diffPacks: base must be a CompiledPack from loadPack/loadPackOrThrow/loadPackFromString (got the string "a")'),
    );
    expect(() => diffPacks(b, null as never)).toThrow(TypeError);
    expect(() => diffPacks(b, null as never)).toThrow('diffPacks: local must be a CompiledPack from loadPack/loadPackOrThrow/loadPackFromString (got null)');
    expect(() => diffPacks(b, { ok: true, pack: b } as never)).toThrow('(got a LoadPackResult: check .ok and pass its .pack)');
  });

  it('a span date before 2000 or after 2099 is outside the supported range, not "not a date"', () => {
    expect(() => new DueDateSweep('1900-01-01', '2024-01-01')).toThrow(new RangeError('from date 1900-01-01 is outside the supported range 2000-01-01 to 2099-12-31'));
    expect(() => new DueDateSweep('2024-01-01', '2100-01-01')).toThrow('to date 2100-01-01 is outside the supported range 2000-01-01 to 2099-12-31');
    expect(() => new DueDateSweep('2024-02-30', '2024-03-01')).toThrow('from date "2024-02-30" is not a valid date (expected YYYY-MM-DD)');
  });
});
