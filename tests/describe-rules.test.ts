// describeRules must give back, by rule id (and variant label, and phase number), exactly the
// rule text a full result carries on each instance: checked instance by instance on generated
// caseloads for every bundled pack, plus a few values copied by hand from the YAML.
import { describe, expect, it } from 'vitest';
import { generateCases } from '../src/caseload/generate.js';
import { evaluate } from '../src/engine/index.js';
import type { ObligationInstance } from '../src/engine/index.js';
import { parseCase } from '../src/model/index.js';
import type { CaseHistory } from '../src/model/index.js';
import { describeRules } from '../src/engine/index.js';
import { loadPackOrThrow } from '../src/pack/index.js';
import type { RuleDescription } from '../src/engine/index.js';

const PACKS = ['working-together-2018', 'calderdale', 'manchester', 'wiltshire'];
const AS_OF = '2025-03-31';

const cases: CaseHistory[] = [...generateCases({ count: 300, seed: 7, asOf: AS_OF })].map((c) => {
  const parsed = parseCase(c);
  if (!parsed.ok) throw new Error('generated case is invalid');
  return parsed.case;
});

/** What a consumer of minimal results would rebuild from the description for one instance. */
function lookUp(rules: Map<string, RuleDescription>, instance: ObligationInstance) {
  const rule = rules.get(instance.rule);
  if (!rule) throw new Error(`no description for rule ${instance.rule}`);
  let own: Pick<RuleDescription, 'timescale' | 'deadline' | 'responsible' | 'level' | 'source'> = rule;
  if (instance.variant !== undefined) {
    // Labels must name one variant of the rule, or a minimal result could not be read back.
    const matching = (rule.variants ?? []).filter((v) => v.label === instance.variant);
    expect(matching, `${instance.rule} variant "${instance.variant}"`).toHaveLength(1);
    own = matching[0]!;
  }
  let { timescale, deadline, source } = own;
  // Recurring rules: the first occurrence runs on the rule's (or variant's) own deadline and
  // carries no phase; every later one (and an Annex A "latest held" one, which has a phase but
  // no occurrence number) runs on its phase's interval. Such an instance keeps the roles and
  // level of its rule or variant, takes the phase's interval as its timescale and deadline,
  // and the phase's source only when the phase has one of its own.
  if (instance.phase !== undefined) {
    const phase = rule.phases?.[instance.phase - 1];
    if (!phase) throw new Error(`${instance.rule}: no phase ${instance.phase}`);
    timescale = phase.every;
    deadline = phase.deadline;
    source = phase.source ?? source;
  }
  return { obligation: rule.obligation, pack: rule.pack, title: rule.title, level: own.level, responsible: own.responsible, timescale, deadline, source };
}

describe('describeRules agrees with full results', () => {
  for (const id of PACKS) {
    it(id, () => {
      const pack = loadPackOrThrow(id);
      const descriptions = describeRules(pack);
      expect(descriptions.map((d) => d.rule)).toEqual(pack.rules.map((r) => r.id));
      const rules = new Map(descriptions.map((d) => [d.rule, d]));
      expect(rules.size).toBe(descriptions.length);

      let instances = 0;
      let withVariant = 0;
      let withPhase = 0;
      for (const kase of cases) {
        for (const instance of evaluate(kase, pack, { asOf: AS_OF, detail: 'full' }).instances) {
          const { obligation, pack: from, title, level, responsible, timescale, deadline, source } = instance;
          expect(lookUp(rules, instance), `${kase.id} ${instance.rule}`).toEqual({ obligation, pack: from, title, level, responsible, timescale, deadline, source });
          instances++;
          if (instance.variant !== undefined) withVariant++;
          if (instance.phase !== undefined) withPhase++;
        }
      }
      // The caseload must reach the parts under test, or the checks above prove little.
      expect(instances).toBeGreaterThan(1000);
      expect(withPhase).toBeGreaterThan(0);
      if (descriptions.some((d) => d.variants)) expect(withVariant).toBeGreaterThan(0);
    });
  }
});

describe('describeRules: values from the YAML', () => {
  const rules = new Map(describeRules(loadPackOrThrow('working-together-2018')).map((d) => [d.rule, d]));

  it('lists all 26 rules of Working Together 2018', () => {
    expect(rules.size).toBe(26);
  });

  it('the initial child protection conference rule', () => {
    // rulepacks/working-together-2018.yaml, wt-initial-cp-conference
    expect(rules.get('wt-initial-cp-conference')).toEqual({
      rule: 'wt-initial-cp-conference',
      obligation: 'initial-cp-conference',
      pack: 'working-together-2018',
      title: 'Initial child protection conference within 15 working days',
      level: 'statutory',
      responsible: ['social worker'],
      timescale: '15 working days',
      deadline: { amount: 15, unit: 'working_days' },
      source: {
        document: 'Working Together to Safeguard Children 2018',
        section: 'chapter 1, Outcome of section 47 enquiries',
        quote:
          'The initial child protection conference should take place within 15 working days of a strategy discussion, or the strategy discussion at which section 47 enquiries were initiated if more than one has been held',
      },
    });
  });

  it('a recurring rule: the review conference within 3 months, then every 6 months', () => {
    const review = rules.get('wt-review-cp-conference')!;
    expect(review.timescale).toBe('3 months');
    expect(review.source.section).toBe('chapter 1, The child protection plan: Social workers should');
    expect(review.phases).toEqual([
      {
        every: '6 months',
        deadline: { amount: 6, unit: 'months' },
        label: 'every six months while on a plan',
        source: {
          document: 'Working Together to Safeguard Children 2018',
          section: 'chapter 1, Child protection review conference',
          quote:
            'Determine when the review conference should be held within three months of the initial conference, and thereafter at maximum intervals of six months',
        },
      },
    ]);
    expect(review.variants).toBeUndefined();
  });

  it('a variant: the strategy discussion for immediate protection', () => {
    const strategy = rules.get('wt-strategy-discussion')!;
    expect(strategy.deadline).toBe('none');
    expect(strategy.responsible).toEqual(["local authority children's social care"]);
    expect(strategy.variants).toHaveLength(1);
    expect(strategy.variants![0]).toMatchObject({
      label: 'immediate protection',
      deadline: 'none',
      level: 'statutory',
      responsible: ['social worker', 'police', 'NSPCC'],
      source: { section: 'chapter 1, Immediate Protection: Multi-agency working' },
    });
    expect(strategy.phases).toBeUndefined();
  });

  it('descriptions are copies: changing one changes neither the next nor the results', () => {
    const pack = loadPackOrThrow('working-together-2018');
    const first = describeRules(pack).find((d) => d.rule === 'wt-initial-cp-conference')!;
    first.responsible.push('someone else');
    first.source.quote = 'changed';
    const again = describeRules(pack).find((d) => d.rule === 'wt-initial-cp-conference')!;
    expect(again.responsible).toEqual(['social worker']);
    expect(again.source.quote).toMatch(/^The initial child protection conference/);
  });
});
