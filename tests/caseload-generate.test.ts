import { describe, expect, it } from 'vitest';
import { generateCases } from '../src/caseload/generate.js';
import { createRandom } from '../src/caseload/prng.js';
import { parseCase } from '../src/model/case.js';

const take = (seed: number, count = 300) => [...generateCases({ count, seed, asOf: '2025-03-31' })];

describe('generateCases', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(JSON.stringify(take(42))).toBe(JSON.stringify(take(42)));
    expect(JSON.stringify(take(43))).not.toBe(JSON.stringify(take(42)));
  });

  it('gives valid cases numbered C-0000001 ... whose events are all on or before the as-of date, except scheduled meetings', () => {
    const cases = take(7, 2000);
    expect(cases[0]!.id).toBe('C-0000001');
    expect(cases[1999]!.id).toBe('C-0002000');
    for (const c of cases) {
      expect(parseCase(c).ok).toBe(true);
      for (const e of c.events) if (e['scheduled'] !== true) expect(e.at.slice(0, 10) <= '2025-03-31').toBe(true);
    }
  });

  it('covers the journeys: every case is referred; some go to conference, plans, care and supervision', () => {
    const types = new Map<string, number>();
    for (const c of take(1, 5000)) for (const e of c.events) types.set(e.type, (types.get(e.type) ?? 0) + 1);
    expect(types.get('referral_received')).toBe(5000);
    for (const type of ['referral_acknowledged', 'assessment_started', 'assessment_authorised', 'strategy_discussion', 'initial_cp_conference', 'cp_plan_started', 'core_group', 'review_cp_conference', 'cin_plan_started', 'cin_review', 'looked_after_started', 'placement_started', 'cla_review', 'health_assessment', 'pep', 'visit', 'case_supervision', 'case_closed']) {
      expect(types.get(type) ?? 0, type).toBeGreaterThan(0);
    }
    expect(types.get('initial_cp_conference')!).toBeLessThan(types.get('strategy_discussion')!);
  });

  it('mostly on time with a tail: about 80-95% of referral decisions within one working day', () => {
    let within = 0;
    let decided = 0;
    for (const c of take(3, 3000)) {
      const referral = c.events.find((e) => e.type === 'referral_received')!.at.slice(0, 10);
      const decision = c.events.find((e) => e.type === 'referral_decision');
      if (!decision) continue;
      decided++;
      const days = (Date.parse(decision.at) - Date.parse(referral)) / 86_400_000;
      if (days <= 3) within++; // a Friday referral decided on Monday is one working day
    }
    expect(within / decided).toBeGreaterThan(0.8);
    expect(within / decided).toBeLessThan(0.97);
  });
});

describe('createRandom', () => {
  it('repeats for a seed and stays in range', () => {
    const a = createRandom(9);
    const b = createRandom(9);
    for (let i = 0; i < 1000; i++) {
      const x = a.next();
      expect(x).toBe(b.next());
      expect(x >= 0 && x < 1).toBe(true);
    }
    expect(createRandom(1).int(3, 3)).toBe(3);
  });
});
