import { describe, expect, it } from 'vitest';
import { brief, header, HEADER, issuesOf, load, rule } from './fixtures.testutil.js';
import type { CompiledPack } from './types.js';

// The base pack "national": three rules, and a default stop on case_closed.
const NATIONAL = `${header('national')}defaults: { stopsOn: [{ event: case_closed }] }
rules:
${rule('nat-icpc')}${rule('nat-ack', {
  obligation: 'referral-acknowledgement',
  trigger: '{ event: referral_received }',
  deadline: '{ amount: 1, unit: working_days }',
  satisfiedBy: '{ event: referral_acknowledged }',
})}${rule('nat-visit', { obligation: 'first-visit', trigger: '{ event: referral_received }', satisfiedBy: '{ event: visit }' })}`;

const BASES = { national: NATIONAL };

/** demo.yaml extending national: `extends` on line 8, `rules:` line 9, rules[0] from line 10. */
function child(extra: string, ...rules: string[]): string {
  return `${HEADER}extends: national\n${extra}${rules.length ? `rules:\n${rules.join('')}` : 'rules: []\n'}`;
}

function loaded(text: string, bases: Record<string, string> = BASES): CompiledPack {
  const result = load(text, bases);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.line}:${i.column} ${i.path}: ${i.message}`).join('\n'));
  return result.pack;
}

describe('inheritance', () => {
  it('a rule that replaces an inherited one takes its place; the rest are kept with their pack and default stops', () => {
    const pack = loaded(child('', rule('demo-icpc', { replaces: 'nat-icpc', deadline: '{ amount: 10, unit: working_days }' })));
    expect(pack.chain).toEqual(['demo', 'national']);
    expect(pack.extends).toBe('national');
    expect(pack.rules.map((r) => [r.id, r.pack, r.stopsOn])).toEqual([
      ['nat-ack', 'national', [{ event: 'case_closed' }]],
      ['nat-visit', 'national', [{ event: 'case_closed' }]],
      ['demo-icpc', 'demo', []],
    ]);
    expect(pack.inheritance).toEqual({ kept: ['nat-ack', 'nat-visit'], replaced: [{ rule: 'nat-icpc', by: 'demo-icpc' }], dropped: [] });
  });

  it('keepsInherited: true applies both rules', () => {
    const pack = loaded(child('', rule('demo-icpc', { keepsInherited: 'true' })));
    expect(pack.rules.map((r) => r.id)).toEqual(['nat-icpc', 'nat-ack', 'nat-visit', 'demo-icpc']);
    expect(pack.inheritance.replaced).toEqual([]);
  });

  it('drops remove an inherited rule and record the reason', () => {
    const pack = loaded(child('drops:\n  - { rule: nat-visit, reason: covered by the allocation standard }\n'));
    expect(pack.rules.map((r) => r.id)).toEqual(['nat-icpc', 'nat-ack']);
    expect(pack.inheritance.dropped).toEqual([{ rule: 'nat-visit', reason: 'covered by the allocation standard' }]);
    expect(pack.inheritance.kept).toEqual(['nat-icpc', 'nat-ack']);
  });

  it('a dropped rule leaves its obligation key free for a new rule', () => {
    const pack = loaded(child('drops:\n  - { rule: nat-icpc, reason: replaced by two local rules }\n', rule('demo-icpc')));
    expect(pack.rules.map((r) => r.id)).toEqual(['nat-ack', 'nat-visit', 'demo-icpc']);
  });

  it('missing_replaces: the same obligation key without replaces or keepsInherited', () => {
    // rules[0] starts on line 10; its obligation is on line 11
    expect(brief(issuesOf(load(child('', rule('demo-icpc')), BASES)))).toEqual([
      '11:17 rules[0].obligation: an inherited rule already covers "initial-cp-conference": nat-icpc (national). Add `replaces: nat-icpc` to replace it, or `keepsInherited: true` to apply both',
    ]);
  });

  it('replace_missing: replacing a rule that is not inherited', () => {
    // rules[0].replaces is the 10th key: line 19, value at column 15
    expect(brief(issuesOf(load(child('', rule('demo-icpc', { replaces: 'nat-icp' })), BASES)), 'replace_missing')).toEqual([
      '19:15 rules[0].replaces: cannot replace "nat-icp" is not a rule inherited from national; did you mean "nat-icpc"?',
    ]);
  });

  it('replace_missing: replacing in a pack that extends nothing', () => {
    const text = `${HEADER}rules:\n${rule('demo-icpc', { replaces: '[nat-icpc]' })}`;
    // rules[0] from line 9; replaces on line 18: `    replaces: [nat-icpc]`, the id at column 16
    expect(brief(issuesOf(load(text)))).toEqual([
      '18:16 rules[0].replaces[0]: cannot replace "nat-icpc" is not inherited: this pack does not extend another pack',
    ]);
  });

  it('replace_obligation_mismatch: replacing a rule for another obligation', () => {
    const issues = issuesOf(load(child('', rule('demo-icpc', { replaces: 'nat-ack' })), BASES));
    expect(issues.map((i) => i.code)).toEqual(['missing_replaces', 'replace_obligation_mismatch']);
    expect(brief(issues, 'replace_obligation_mismatch')).toEqual([
      '19:15 rules[0].replaces: "nat-ack" is a rule for "referral-acknowledgement", not "initial-cp-conference": a rule can only replace inherited rules with the same obligation key',
    ]);
  });

  it('drop_missing and duplicate_drop', () => {
    const drops = 'drops:\n  - { rule: nat-vist, reason: r }\n  - { rule: nat-ack, reason: r }\n  - { rule: nat-ack, reason: again }\n';
    expect(brief(issuesOf(load(child(drops), BASES)))).toEqual([
      '10:13 drops[0].rule: cannot drop "nat-vist" is not a rule inherited from national; did you mean "nat-visit"?',
      '12:13 drops[2].rule: "nat-ack" is already dropped above',
    ]);
  });

  it('duplicate_rule_id: an own id equal to an inherited rule still in force', () => {
    const text = child('', rule('nat-ack', { obligation: 'first-visit', keepsInherited: 'true', trigger: '{ event: referral_received }', satisfiedBy: '{ event: visit }' }));
    expect(brief(issuesOf(load(text, BASES)), 'duplicate_rule_id')).toEqual([
      '10:9 rules[0].id: the rule id "nat-ack" is already used by an inherited rule from national: give this rule its own id, or replace that rule',
    ]);
  });

  it('needless keepsInherited is a warning only', () => {
    const result = load(child('', rule('demo-sdq', { obligation: 'sdq', keepsInherited: 'true' })), BASES);
    expect(result.ok && brief(result.warnings)).toEqual(['19:21 rules[0].keepsInherited: no inherited rule covers "sdq", so there is nothing to keep']);
  });

  it('inherits through several generations, with each ancestor\'s vocabulary', () => {
    const grand = `${header('grand')}events:\n  - { type: letter_sent, description: a letter }\nrules:\n${rule('grand-letter', {
      obligation: 'case-recording',
      trigger: '{ event: case_allocated }',
      satisfiedBy: '{ event: letter_sent }',
    })}`;
    const national = NATIONAL.replace('id: national\n', 'id: national\nextends: grand\n');
    const pack = loaded(child('', rule('demo-letter', { obligation: 'case-recording', replaces: 'grand-letter', satisfiedBy: '{ event: letter_sent }' })), {
      grand,
      national,
    });
    expect(pack.chain).toEqual(['demo', 'national', 'grand']);
    expect(pack.eventTypes.get('letter_sent')).toBe('a letter');
    expect(pack.rules.map((r) => `${r.pack}/${r.id}`)).toEqual(['national/nat-icpc', 'national/nat-ack', 'national/nat-visit', 'demo/demo-letter']);
  });

  it('inheritance_cycle: a pack that extends itself', () => {
    const text = `${HEADER}extends: demo\nrules: []\n`;
    expect(brief(issuesOf(load(text, { demo: text })))).toEqual(['8:10 extends: inheritance cycle: demo extends demo; a pack cannot inherit from itself']);
  });

  it('inheritance_cycle: a extends b extends a names the chain, in the file that closes it', () => {
    const a = `${HEADER}extends: b\nrules: []\n`;
    const b = `${header('b')}extends: demo\nrules: []\n`;
    const issues = issuesOf(load(a, { b, demo: a }));
    expect(issues.map((i) => `${i.file}:${i.line}:${i.column} ${i.code}: ${i.message}`)).toEqual([
      'b.yaml:8:10 inheritance_cycle: inheritance cycle: demo extends b extends demo; a pack cannot inherit from itself',
      'demo.yaml:8:10 invalid_base: the base pack "b" (b.yaml) has 1 error, listed with its file name',
    ]);
  });

  it('unknown_base', () => {
    const text = `${HEADER}extends: nowhere\nrules: []\n`;
    expect(issuesOf(load(text, BASES)).map((i) => [i.code, i.line, i.column, i.message])).toEqual([['unknown_base', 8, 10, 'there is no pack "nowhere" to extend']]);
  });

  it('a base with errors: its issues (in its own file) and one line here', () => {
    const broken = NATIONAL.replace('unit: working_days }\n    satisfiedBy: { event: referral_acknowledged }', 'unit: workdays }\n    satisfiedBy: { event: referral_acknowledged }');
    const issues = issuesOf(load(child(''), { national: broken }));
    expect(issues.map((i) => `${i.file}:${i.line} ${i.code}`)).toEqual(['demo.yaml:8 invalid_base', 'national.yaml:24 schema']);
  });

  it('pack_id_mismatch: the file found for a base has another id', () => {
    const issues = issuesOf(load(child(''), { national: NATIONAL.replace('id: national', 'id: nationale') }));
    expect(issues.map((i) => `${i.file}:${i.line}:${i.column} ${i.code}`)).toEqual(['demo.yaml:8:10 invalid_base', 'national.yaml:1:5 pack_id_mismatch']);
    expect(issues[1]!.message).toBe('this file was found as the pack "national" (extended by demo) but its id is "nationale"; the file name and the id must agree');
  });

  it('warnings of a base are passed on', () => {
    const warned = NATIONAL.replace("rules:\n", "rules:\n") + rule('nat-sdq', { obligation: 'sdq', variants: '[{ when: {}, deadline: { amount: 1, unit: days } }]' });
    const result = load(child(''), { national: warned });
    expect(result.ok && result.warnings.map((w) => `${w.file} ${w.code}`)).toEqual(['national.yaml unreachable_deadline']);
  });
});
