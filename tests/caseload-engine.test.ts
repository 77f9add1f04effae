// The caseload pipeline with the real engine and a bundled pack: generated cases all
// evaluate, and two workers (each loading the pack by id) write exactly what one thread does.
import { describe, expect, it } from 'vitest';
import { generateCases } from '../src/caseload/generate.js';
import { evaluateNdjsonStream } from '../src/caseload/stream.js';
import { loadPackOrThrow } from '../src/pack/files.js';
import { InvalidDateError } from '../src/calendar/index.js';

const asOf = '2025-03-31';
const text = [...generateCases({ count: 600, seed: 5, asOf })].map((c) => JSON.stringify(c)).join('\n');

describe('caseload with the real engine', () => {
  const pack = loadPackOrThrow('working-together-2018');

  it('evaluates every generated case; 2 workers loading the pack by id give byte-identical output', async () => {
    let one = '';
    let two = '';
    const a = await evaluateNdjsonStream([text], { write: (s: string) => (one += s) }, pack, { asOf });
    const b = await evaluateNdjsonStream([text], { write: (s: string) => (two += s) }, pack, { asOf, workers: 2, packSource: 'working-together-2018' });
    expect(a).toMatchObject({ read: 600, evaluated: 600, rejected: 0 });
    expect(b).toEqual(a);
    expect(two).toBe(one);
    expect(a.withBreach).toBeGreaterThan(0);
  });
});

describe('a bad as-of date is one clear error before any case is read', () => {
  const pack = loadPackOrThrow('working-together-2018');

  it('evaluateCaseload and evaluateNdjson throw at the call; evaluateNdjsonStream rejects; nothing is written', async () => {
    const { evaluateCaseload, evaluateNdjson } = await import('../src/caseload/evaluateCaseload.js');
    expect(() => evaluateCaseload([{ id: 'C1', events: [] }], pack, { asOf: 'yesterday' })).toThrow('"yesterday" is not a valid date');
    expect(() => evaluateNdjson([text], pack, { asOf: '2024-02-30' })).toThrow(InvalidDateError);
    let written = '';
    await expect(evaluateNdjsonStream([text], { write: (s: string) => (written += s) }, pack, { asOf: '1999-12-31' })).rejects.toThrow('outside the supported range');
    expect(written).toBe('');
  });
});
