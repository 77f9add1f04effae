// Results must match the published schemas/result.schema.json, checked the way another
// system would: ajv on the JSON file, over real evaluations of the bundled example and packs.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { expect, it } from 'vitest';
import { evaluate } from '../src/engine/index.js';
import { parseCase } from '../src/model/index.js';
import { loadPackOrThrow } from '../src/pack/files.js';

const root = resolve(__dirname, '..');
const schema = JSON.parse(readFileSync(resolve(root, 'schemas/result.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

it.each(['working-together-2018', 'calderdale', 'manchester', 'wiltshire'])('the example case evaluated against %s matches result.schema.json', (id) => {
  const parsed = parseCase(JSON.parse(readFileSync(resolve(root, 'examples/case-icpc.json'), 'utf8')));
  if (!parsed.ok) throw new Error('example case is invalid');
  const result = JSON.parse(JSON.stringify(evaluate(parsed.case, loadPackOrThrow(id), { asOf: '2024-06-03' })));
  expect(result.instances.length).toBeGreaterThan(0);
  expect(validate(result) ? [] : validate.errors).toEqual([]);
});

const compactSchema = JSON.parse(readFileSync(resolve(root, 'schemas/compact-result.schema.json'), 'utf8'));
const validateCompact = new Ajv2020({ allErrors: true, strict: false }).compile(compactSchema);

it.each(['working-together-2018', 'calderdale'])('the example case evaluated compactly against %s matches compact-result.schema.json, and not the full schema', (id) => {
  const parsed = parseCase(JSON.parse(readFileSync(resolve(root, 'examples/case-icpc.json'), 'utf8')));
  if (!parsed.ok) throw new Error('example case is invalid');
  const result = JSON.parse(JSON.stringify(evaluate(parsed.case, loadPackOrThrow(id), { asOf: '2024-06-03', detail: 'compact' })));
  expect(result.instances.length).toBeGreaterThan(0);
  expect(validateCompact(result) ? [] : validateCompact.errors).toEqual([]);
  expect(validate(result)).toBe(false); // no basis or source: not a full result
});

it('the schema rejects a result with a status the engine never produces', () => {
  expect(validate({ caseId: 'x', asOf: '2024-01-01', pack: { id: 'p', version: '1' }, instances: [{ status: 'breached' }], unusedEvents: [], warnings: [] })).toBe(false);
});
