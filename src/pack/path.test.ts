import { describe, expect, it } from 'vitest';
import { HEADER, issuesOf, load, pack, rule } from './fixtures.testutil.js';
import { decodeJsonPointer, formatPackPath, toPackPath } from './path.js';

describe('paths', () => {
  it('formats paths as people read them', () => {
    expect(formatPackPath(['rules', 3, 'deadline', 'unit'])).toBe('rules[3].deadline.unit');
    expect(formatPackPath(['rules', 0, 'trigger', 'where', "child's age"])).toBe('rules[0].trigger.where["child\'s age"]');
    expect(formatPackPath([])).toBe('');
  });

  it('decodes every ~1 and ~0 in a JSON Pointer, in the right order', () => {
    expect(decodeJsonPointer('/where/a~1b~1c~0d~0e')).toEqual(['where', 'a/b/c~d~e']);
    expect(decodeJsonPointer('/x/~01')).toEqual(['x', '~1']);
    expect(decodeJsonPointer('')).toEqual([]);
    expect(decodeJsonPointer('#/rules/3')).toEqual(['rules', '3']);
  });

  it('turns list positions into numbers using the data', () => {
    expect(toPackPath(['rules', '3', 'where', '7'], { rules: [0, 1, 2, { where: {} }] })).toEqual(['rules', 3, 'where', '7']);
  });

  it('locates a value under a key containing / and ~', () => {
    // line 13: `    trigger: { event: strategy_discussion, where: { "a/b~c": { foo: 1 } } }`
    const text = pack(rule('r1', { trigger: '{ event: strategy_discussion, where: { "a/b~c": { foo: 1 } } }' }));
    expect(issuesOf(load(text)).map((i) => `${i.line}:${i.column} ${i.path}: ${i.message}`)).toEqual([
      '13:64 rules[0].trigger.where["a/b~c"].foo: unknown key; expected one of in, notIn, not, exists, gte, gt, lte, lt',
    ]);
  });

  it('locates through an alias, at the anchored value', () => {
    // line 8: `x-roles: &roles [1]`: the 1 is at column 18
    const text = `${HEADER}x-roles: &roles [1]\nrules:\n${rule('r1', { responsible: '*roles' })}`;
    const issues = issuesOf(load(text));
    expect(issues.map((i) => `${i.line}:${i.column} ${i.path}`)).toEqual(['8:1 x-roles', '8:18 rules[0].responsible[0]']);
  });
});
