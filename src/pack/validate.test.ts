import { describe, expect, it } from 'vitest';
import { brief, HEADER, issuesOf, load, pack, rule } from './fixtures.testutil.js';
import { formatPackIssue } from './issues.js';

// Layout reminder (fixtures.testutil.ts): HEADER is lines 1-7, `rules:` line 8, each rule()
// is 9 lines (id, obligation, title, level, trigger, deadline, satisfiedBy, responsible,
// source), so rules[0] starts on line 9, rules[1] on 18, rules[2] on 27, rules[3] on 36.

function schemaIssues(text: string): string[] {
  const issues = issuesOf(load(text));
  expect(issues.every((i) => i.code === 'schema')).toBe(true);
  return issues.map(formatPackIssue);
}

describe('schema validation: one located, human message per mistake', () => {
  it('names an unknown unit with every allowed unit (line 41, column 35)', () => {
    const text = pack(rule('r1'), rule('r2'), rule('r3'), rule('r4', { deadline: '{ amount: 15, unit: workdays }' }));
    // line 41: `    deadline: { amount: 15, unit: workdays }`: "workdays" starts at column 35
    expect(schemaIssues(text)).toEqual([
      'demo.yaml:41:35 rules[3].deadline.unit: "workdays" is not one of hours, working_days, days, weeks, months, years, same_day, same_working_day',
    ]);
  });

  it('reports a missing key at the rule that lacks it', () => {
    expect(schemaIssues(pack(rule('r1', { source: null })))).toEqual([
      `demo.yaml:9:5 rules[0]: missing "source" (where the rule's sentence is quoted)`,
    ]);
  });

  it('reports an unknown key at the key, suggesting the near miss and listing the allowed keys', () => {
    // extra keys follow the 9 standard ones: `deadlne` is on line 18
    expect(schemaIssues(pack(rule('r1', { deadlne: '{ amount: 3, unit: days }' })))).toEqual([
      'demo.yaml:18:5 rules[0].deadlne: unknown key; did you mean "deadline"? expected one of id, obligation, replaces, keepsInherited, title, description, level, trigger, appliesWhen, deadline, variants, satisfiedBy, stopsOn, recurrence, breachReason, responsible, source, notes, effective',
    ]);
  });

  it('reports a wrong type with the value given', () => {
    // line 14: `    deadline: { amount: "15", unit: working_days }`: the "15" starts at column 25
    expect(schemaIssues(pack(rule('r1', { deadline: '{ amount: "15", unit: working_days }' })))).toEqual([
      'demo.yaml:14:25 rules[0].deadline.amount: expected a whole number, got "15"',
    ]);
    // line 16: `    responsible: social worker`: the value starts at column 18
    expect(schemaIssues(pack(rule('r1', { responsible: 'social worker' })))).toEqual([
      'demo.yaml:16:18 rules[0].responsible: expected a list, got "social worker"',
    ]);
  });

  it('words a bad enum and a bad pattern in the pack author\'s terms', () => {
    expect(schemaIssues(pack(rule('r1', { level: 'mandatory' })))).toEqual([
      'demo.yaml:12:12 rules[0].level: "mandatory" is not one of statutory, local_minimum, good_practice',
    ]);
    expect(schemaIssues(pack(rule('r1', { obligation: 'Initial CP conference' })))).toEqual([
      'demo.yaml:10:17 rules[0].obligation: "Initial CP conference" is not kebab-case (lower-case words joined by hyphens, such as initial-cp-conference)',
    ]);
  });

  it('reports several mistakes in source order', () => {
    const text = pack(rule('r1', { level: 'mandatory' }), rule('r2', { title: null }));
    expect(schemaIssues(text)).toEqual([
      'demo.yaml:12:12 rules[0].level: "mandatory" is not one of statutory, local_minimum, good_practice',
      'demo.yaml:18:5 rules[1]: missing "title" (a short title)',
    ]);
  });

  it('reports problems with the header at the header', () => {
    expect(schemaIssues(`${HEADER.replace('england-and-wales', 'wales')}rules: []\n`)).toEqual([
      'demo.yaml:5:11 division: "wales" is not one of england-and-wales, scotland, northern-ireland',
    ]);
    expect(schemaIssues(HEADER)).toEqual(['demo.yaml:1:1: missing "rules" (the list of rules (may be empty: rules: []))']);
  });

  it('says an empty file is empty', () => {
    expect(schemaIssues('# nothing yet\n')).toEqual([
      'demo.yaml:1:1: the file is empty: a pack needs id, title, authority, document, division, version, effective and rules',
    ]);
  });
});

describe('schema validation: unions give one message, from the branch the author meant', () => {
  it('deadline: an object is read as a timescale, a word as "none"', () => {
    expect(schemaIssues(pack(rule('r1', { deadline: 'never' })))).toEqual([
      'demo.yaml:14:15 rules[0].deadline: expected "none" or { amount, unit, before }, got "never"',
    ]);
  });

  it('trigger: the event trigger is chosen when `event` is given', () => {
    // line 13: `    trigger: { event: strategy_discussion, occurence: first }`
    expect(schemaIssues(pack(rule('r1', { trigger: '{ event: strategy_discussion, occurence: first }' })))).toEqual([
      'demo.yaml:13:44 rules[0].trigger.occurence: unknown key; did you mean "occurrence"? expected one of event, where, occurrence, includeScheduled',
    ]);
  });

  it('trigger: the age trigger is chosen when `age` is given', () => {
    // line 13: `    trigger: { age: { years: 15, month: 6 } }`: "month" at column 34
    expect(schemaIssues(pack(rule('r1', { trigger: '{ age: { years: 15, month: 6 } }' })))).toEqual([
      'demo.yaml:13:34 rules[0].trigger.age.month: unknown key; did you mean "months"? expected one of years, months',
    ]);
  });

  it('trigger: an empty mapping lists both forms', () => {
    expect(schemaIssues(pack(rule('r1', { trigger: '{}' })))).toEqual([
      'demo.yaml:13:14 rules[0].trigger: expected event trigger { event, where, occurrence, includeScheduled } or age trigger { age }, got an empty mapping',
    ]);
  });

  it('attribute tests: an unknown operator lists the operators', () => {
    // line 13: `    trigger: { event: strategy_discussion, where: { s47Initiated: { equals: true } } }`
    const issues = schemaIssues(pack(rule('r1', { trigger: '{ event: strategy_discussion, where: { s47Initiated: { equals: true } } }' })));
    expect(issues).toEqual([
      'demo.yaml:13:69 rules[0].trigger.where.s47Initiated.equals: unknown key; expected one of in, notIn, not, exists, gte, gt, lte, lt',
    ]);
  });

  it('attribute tests: a list explains how to allow several values', () => {
    expect(schemaIssues(pack(rule('r1', { trigger: '{ event: strategy_discussion, where: { concern: [neglect, abuse] } }' })))).toEqual([
      'demo.yaml:13:62 rules[0].trigger.where.concern: expected a single value (text, a number, true or false), { in }, { notIn }, { not }, { exists } or { gte, gt, lte, lt }, got a list (to allow several values, write { in: [...] })',
    ]);
  });

  it('attribute tests: a bad value inside the chosen operator is reported there', () => {
    expect(schemaIssues(pack(rule('r1', { trigger: '{ event: strategy_discussion, where: { age: { gte: ten } } }' })))).toEqual([
      'demo.yaml:13:65 rules[0].trigger.where.age.gte: expected a number, got "ten"',
    ]);
  });

  it('attribute tests: an empty comparison is caught by the zod refinement', () => {
    expect(schemaIssues(pack(rule('r1', { trigger: '{ event: strategy_discussion, where: { age: {} } }' })))).toEqual([
      'demo.yaml:13:58 rules[0].trigger.where.age: expected at least one of gte, gt, lte, lt',
    ]);
  });

  it('phase ends: the typo in `count` is named', () => {
    const recurrence = '{ phases: [{ every: { amount: 1, unit: weeks }, until: { cont: 2 } }, { every: { amount: 4, unit: weeks } }] }';
    // line 18: `    recurrence: { phases: [{ every: { amount: 1, unit: weeks }, until: { cont: 2 } }, ...`
    expect(schemaIssues(pack(rule('r1', { recurrence })))).toEqual([
      'demo.yaml:18:74 rules[0].recurrence.phases[0].until.cont: unknown key; did you mean "count"? expected one of event, where, anyOf, age, count, after',
    ]);
  });

  it('conditions (recursive): a bad state name deep inside `all` is found', () => {
    // line 18: `    appliesWhen: { all: [{ state: On CP plan }] }`: the value starts at column 35
    expect(schemaIssues(pack(rule('r1', { appliesWhen: '{ all: [{ state: On CP plan }] }' })))).toEqual([
      'demo.yaml:18:35 rules[0].appliesWhen.all[0].state: "On CP plan" is not snake_case (lower-case words joined by underscores, such as strategy_discussion)',
    ]);
  });

  it('stops: an empty stop lists the two forms', () => {
    expect(schemaIssues(pack(rule('r1', { stopsOn: '[{}]' })))).toEqual([
      'demo.yaml:18:15 rules[0].stopsOn[0]: expected event match { event, where } or { age }, got an empty mapping',
    ]);
  });
});
