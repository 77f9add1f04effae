import { describe, expect, it } from 'vitest';
import { CORE_EVENT_TYPES, CORE_OBLIGATION_KEYS } from '../model/vocabulary.js';
import { load } from './fixtures.testutil.js';
import { loadPackFromString } from './load.js';

const MINIMAL = `# yaml-language-server: $schema=../schemas/rulepack.schema.json
id: demo
title: Demo standards
authority: Demo Council
document: { title: Demo practice standards, date: "2024" }
division: england-and-wales
closures: [2024-12-27]
version: "1.0.0"
effective: { from: 2024-01-01 }
events:
  - { type: letter_sent, description: a letter was sent to the family }
obligations:
  - { key: family-letter, title: Letter to the family }
defaults:
  stopsOn: [{ event: case_closed }]
rules:
  - id: demo-icpc
    obligation: initial-cp-conference
    title: Initial child protection conference
    level: statutory
    trigger: { event: strategy_discussion, where: { s47Initiated: true }, occurrence: first }
    deadline: { amount: 15, unit: working_days }
    satisfiedBy: { event: initial_cp_conference }
    stopsOn: [{ event: case_closed }, { age: { years: 18 } }]
    responsible: [social worker, team manager]
    source:
      document: Working Together to Safeguard Children 2018
      section: "paragraph 59"
      quote: "within 15 working days of the strategy discussion"
  - id: demo-letter
    obligation: family-letter
    title: Letter to the family
    level: good_practice
    trigger: { event: initial_cp_conference }
    deadline: none
    responsible: [social worker]
    source: { document: Demo practice standards, section: Letters, quote: "as soon as possible" }
`;

describe('compiling a valid pack', () => {
  it('produces the CompiledPack the engine reads', () => {
    const result = loadPackFromString(MINIMAL, { file: 'rulepacks/demo.yaml' });
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
    const { calendar, eventTypes, states, obligations, raw, ...rest } = result.pack;
    expect(result.warnings).toEqual([]);
    expect(rest).toEqual({
      id: 'demo',
      title: 'Demo standards',
      authority: 'Demo Council',
      version: '1.0.0',
      document: { title: 'Demo practice standards', date: '2024' },
      division: 'england-and-wales',
      closures: ['2024-12-27'],
      effective: { from: '2024-01-01' },
      chain: ['demo'],
      rules: [
        {
          id: 'demo-icpc',
          obligation: 'initial-cp-conference',
          title: 'Initial child protection conference',
          level: 'statutory',
          trigger: { event: 'strategy_discussion', where: { s47Initiated: true }, occurrence: 'first' },
          deadline: { amount: 15, unit: 'working_days' },
          satisfiedBy: { event: 'initial_cp_conference' },
          // the rule's own stops, then the pack default it did not already list (none here)
          stopsOn: [{ event: 'case_closed' }, { age: { years: 18 } }],
          responsible: ['social worker', 'team manager'],
          source: {
            document: 'Working Together to Safeguard Children 2018',
            section: 'paragraph 59',
            quote: 'within 15 working days of the strategy discussion',
          },
          pack: 'demo',
        },
        {
          id: 'demo-letter',
          obligation: 'family-letter',
          title: 'Letter to the family',
          level: 'good_practice',
          // occurrence defaults to each
          trigger: { event: 'initial_cp_conference', occurrence: 'each' },
          deadline: 'none',
          responsible: ['social worker'],
          source: { document: 'Demo practice standards', section: 'Letters', quote: 'as soon as possible' },
          // the pack default is added
          stopsOn: [{ event: 'case_closed' }],
          pack: 'demo',
        },
      ],
      inheritance: { kept: [], replaced: [], dropped: [] },
      file: 'rulepacks/demo.yaml',
    });
    expect(eventTypes.size).toBe(Object.keys(CORE_EVENT_TYPES).length + 1);
    expect(eventTypes.get('letter_sent')).toBe('a letter was sent to the family');
    expect(obligations.size).toBe(Object.keys(CORE_OBLIGATION_KEYS).length + 1);
    expect(obligations.get('family-letter')).toBe('Letter to the family');
    expect(states.get('looked_after')).toEqual({ from: { event: 'looked_after_started' }, to: { event: 'looked_after_ended' } });
    expect(raw.id).toBe('demo');
    expect(raw.rules).toHaveLength(2);
    expect(calendar.division).toBe('england-and-wales');
    // Tue 24 Dec 2024 + 1 working day: Christmas, Boxing Day and the closure on the 27th skipped
    expect(calendar.addWorkingDays('2024-12-24', 1)).toBe('2024-12-30');
  });

  it('an empty rules list is a valid pack', () => {
    const result = load('id: demo\ntitle: T\nauthority: A\ndocument: { title: D, date: "2024" }\ndivision: scotland\nversion: "1"\neffective: { from: 2024-01-01 }\nrules: []\n');
    expect(result.ok && result.pack.rules).toEqual([]);
  });

  it('is pure: the same text gives an equal pack, and the input is not changed', () => {
    const a = loadPackFromString(MINIMAL, { file: 'demo.yaml' });
    const b = loadPackFromString(MINIMAL, { file: 'demo.yaml' });
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) expect(a.pack.rules).toEqual(b.pack.rules);
  });
});
