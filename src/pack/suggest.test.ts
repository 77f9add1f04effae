import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from './suggest.js';

describe('editDistance (optimal string alignment)', () => {
  it.each([
    ['visti', 'visit', 1], // two neighbours swapped: one step
    ['ab', 'ba', 1],
    ['referal_decision', 'referral_decision', 1], // one letter missing
    ['kitten', 'sitting', 3], // k→s, e→i, +g
    ['', 'abc', 3],
    ['abc', 'abc', 0],
    ['ca', 'abc', 3], // a swapped pair is not edited again (full Damerau-Levenshtein would say 2)
  ])('%s → %s is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
});

describe('closestName', () => {
  const known = ['visit', 'cin_review', 'referral_decision', 'strategy_discussion', 'dental_check'];

  it('suggests the nearest name when it is a likely typo', () => {
    expect(closestName('visti', known)).toBe('visit');
    expect(closestName('Visit', known)).toBe('visit');
    expect(closestName('cin_reveiw', known)).toBe('cin_review');
    // 19 characters allow 4 steps; "stratgey_discusion" is 2 away (a swap and a missing s).
    expect(closestName('stratgey_discusion', known)).toBe('strategy_discussion');
  });

  it('suggests nothing when no name is close', () => {
    expect(closestName('home_fire_check', known)).toBeUndefined();
    // 5 characters allow one step; "vxsxt" is two substitutions from "visit".
    expect(closestName('vxsxt', known)).toBeUndefined();
    expect(closestName('visit', [])).toBeUndefined();
  });
});
