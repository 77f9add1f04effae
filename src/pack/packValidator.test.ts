// The generated rule-pack validator (through fitsPackSchema) decides, for every pack loaded, whether the full schema
// checker runs at all: it must be current, and it must accept exactly what ajv accepts when it
// compiles the published schema itself.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { createRandom, type Random } from '../caseload/prng.js';
import { bundledPacksDir } from './files.js';
import { rulePackJsonSchema } from './jsonSchema.js';
import { fitsPackSchema } from './packValidator.js';
import { parsePackSource } from './parse.js';
import { checkPackSchema } from './schemaCheck.js';
import { PACK_VALIDATOR_FILE, renderPackValidator } from './writePackValidator.js';

// The oracle: ajv compiling the published schema at run time, as the loader did before.
const ajvValid = new Ajv2020({ strict: true, allowUnionTypes: true }).compile(rulePackJsonSchema());

const packs = readdirSync(bundledPacksDir())
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => {
    const parsed = parsePackSource(readFileSync(join(bundledPacksDir(), f), 'utf8'), f);
    if (!parsed.ok) throw new Error(`${f} does not parse`);
    return { file: f, data: parsed.source.data };
  });

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside `data` (not the root). */
function paths(data: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (Array.isArray(data)) data.forEach((v, i) => (out.push([...prefix, i]), paths(v, [...prefix, i], out)));
  else if (data !== null && typeof data === 'object') for (const [k, v] of Object.entries(data)) out.push([...prefix, k]), paths(v, [...prefix, k], out);
  return out;
}

const REPLACEMENTS: Json[] = [null, 0, -1, 1.5, 1e9, '', 'x', 'working_days', 'Sunday 😀', true, [], {}, ['a'], { unit: 'days' }];

/**
 * Makes one change at a random place in `data` (removes a key, replaces a value or adds an
 * unexpected key), calls `check`, then undoes the change: cheaper than copying a whole pack.
 */
function withOneChange(data: Json, where: (string | number)[][], random: Random, check: (changed: Json) => void): void {
  const path = random.pick(where);
  const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string, Json>)[key as string]!, data) as Record<string | number, Json>;
  const key = path[path.length - 1]!;
  const before = parent[key]!;
  const kind = random.int(0, 9);
  if (kind === 0 && !Array.isArray(parent)) {
    delete parent[key];
    check(data);
  } else if (kind === 1 && typeof before === 'object' && before !== null && !Array.isArray(before)) {
    (before as Record<string, Json>)['unexpected'] = 1;
    check(data);
    delete (before as Record<string, Json>)['unexpected'];
    return;
  } else {
    parent[key] = random.pick(REPLACEMENTS);
    check(data);
  }
  // Put the value back where it was (a removed key goes back at the end, which JSON Schema ignores).
  parent[key] = before;
}

describe('the generated rule-pack validator (packValidator.generated.ts)', () => {
  it('is current for the schema; if not, run `npm run schemas`', () => {
    expect(readFileSync(PACK_VALIDATOR_FILE, 'utf8')).toBe(renderPackValidator());
  });

  it('accepts every bundled pack, as ajv does', () => {
    expect(packs.length).toBeGreaterThanOrEqual(5);
    for (const { file, data } of packs) {
      expect(ajvValid(data), file).toBe(true);
      expect(fitsPackSchema(data), file).toBe(true);
    }
  });

  it('agrees with ajv on 3,000 packs with one random change each, valid or not', () => {
    const random = createRandom(20261123);
    const copies = packs.map(({ file, data }) => ({ file, data: structuredClone(data) as Json, where: paths(data as Json) }));
    let valid = 0;
    let invalid = 0;
    for (let n = 0; n < 3000; n++) {
      const { file, data, where } = copies[n % copies.length]!;
      withOneChange(data, where, random, (changed) => {
        const expected = ajvValid(changed);
        expect(fitsPackSchema(changed), `${file} change ${n}`).toBe(expected);
        if (expected) valid++;
        else invalid++;
      });
    }
    // Every change was undone.
    copies.forEach(({ data }, i) => expect(data).toEqual(packs[i]!.data));
    // Both answers must be well represented, or the agreement proves little.
    expect(valid).toBeGreaterThan(300);
    expect(invalid).toBeGreaterThan(300);
  });

  it('leaves the explaining to the full checker: a rejected pack still gets located messages', () => {
    const data = structuredClone(packs[0]!.data) as { rules: { deadline: unknown }[] };
    data.rules[0]!.deadline = { amount: 5, unit: 'workdays' };
    expect(fitsPackSchema(data)).toBe(false);
    const problems = checkPackSchema(data);
    expect(problems).toEqual([expect.objectContaining({ path: ['rules', 0, 'deadline', 'unit'] })]);
    expect(problems[0]!.message).toContain('"workdays"');
  });

  it('counts string lengths in code points, as ajv does: a lone surrogate or an emoji is one', () => {
    const data = structuredClone(packs[0]!.data) as { title: string };
    for (const title of ['😀', '\ud800', 'a']) {
      data.title = title;
      expect(fitsPackSchema(data), JSON.stringify(title)).toBe(ajvValid(data));
    }
    data.title = '';
    expect(fitsPackSchema(data)).toBe(false);
  });
});
