// Minimal results (detail: 'minimal') must carry exactly the judgement of full results, with
// rules by id and events by their position in the input: checked instance by instance on
// generated caseloads for every bundled pack, and against the published schema with ajv.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { generateCases } from '../src/caseload/generate.js';
import { evaluate } from '../src/engine/index.js';
import type { MinimalObligationInstance, ObligationInstance, TriggerRef } from '../src/engine/index.js';
import { parseCase } from '../src/model/index.js';
import type { CaseHistory } from '../src/model/index.js';
import { loadPackOrThrow } from '../src/pack/files.js';

const root = resolve(__dirname, '..');
const schema = JSON.parse(readFileSync(resolve(root, 'schemas/minimal-result.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

/** The minimal form of a full instance, written out field by field from the documented meaning. */
function expectedMinimal(full: ObligationInstance): Record<string, unknown> {
  const at = (ref: TriggerRef) => (ref.event === 'age' ? ref.date : ref.index);
  const out: Record<string, unknown> = { rule: full.rule, trigger: at(full.trigger), due: full.due, status: full.status, breach: full.breach };
  if (full.dueInstant !== undefined) out['dueInstant'] = full.dueInstant;
  if (full.variant !== undefined) out['variant'] = full.variant;
  if (full.satisfiedBy) out['satisfiedBy'] = full.satisfiedBy.index;
  if (full.cancelledBy) out['cancelledBy'] = at(full.cancelledBy);
  if (full.lateness) out['lateness'] = full.lateness;
  if (full.occurrence !== undefined) out['occurrence'] = full.occurrence;
  if (full.phase !== undefined) out['phase'] = full.phase;
  if (full.breachReason) out['breachReason'] = full.breachReason.event ? { recorded: full.breachReason.recorded, event: full.breachReason.event.index } : { recorded: full.breachReason.recorded };
  if (full.projected !== undefined) out['projected'] = full.projected;
  return out;
}

const cases: CaseHistory[] = [...generateCases({ count: 400, seed: 7, asOf: '2025-03-31' })].map((c) => {
  const parsed = parseCase(c);
  if (!parsed.ok) throw new Error('generated case is invalid');
  return parsed.case;
});

describe.each(['working-together-2018', 'calderdale', 'manchester', 'wiltshire'])('minimal results against %s', (id) => {
  const pack = loadPackOrThrow(id);

  it.each(['2025-03-31', '2028-06-30', '2025-07-01T09:30:00+01:00'])('as of %s: every instance is the full judgement by reference, in the same order', (asOf) => {
    let instances = 0;
    const kinds = new Set<string>();
    for (const kase of cases) {
      const full = evaluate(kase, pack, { asOf });
      const minimal = JSON.parse(JSON.stringify(evaluate(kase, pack, { asOf, detail: 'minimal' })));
      expect(minimal.instances).toEqual(full.instances.map(expectedMinimal));
      expect(minimal.unusedEvents).toEqual(full.unusedEvents.map((e) => e.index));
      expect(minimal.warnings).toEqual(full.warnings);
      expect([minimal.caseId, minimal.asOf, minimal.detail, minimal.pack]).toEqual([full.caseId, full.asOf, 'minimal', full.pack]);
      instances += minimal.instances.length;
      for (const i of minimal.instances as MinimalObligationInstance[]) kinds.add(i.status);
    }
    // The comparison covered real work, not empty results.
    expect(instances).toBeGreaterThan(cases.length);
    expect(kinds.has('met') && kinds.has('late')).toBe(true);
  });

  it('results match minimal-result.schema.json', () => {
    for (const kase of cases.slice(0, 100)) {
      const result = JSON.parse(JSON.stringify(evaluate(kase, pack, { asOf: '2025-03-31', detail: 'minimal' })));
      expect(validate(result) ? [] : validate.errors).toEqual([]);
    }
  });
});

it('an age clock is named by the birthday date, an event by its position', () => {
  const pack = loadPackOrThrow('calderdale');
  const withAge = cases.map((kase) => evaluate(kase, pack, { asOf: '2025-03-31', detail: 'minimal' })).flatMap((r) => r.instances);
  expect(withAge.some((i) => typeof i.trigger === 'number')).toBe(true);
  const birthdays = withAge.filter((i) => typeof i.trigger === 'string');
  expect(birthdays.length).toBeGreaterThan(0); // Calderdale's age rules fire on generated children
  for (const i of birthdays) expect(i.trigger).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});
