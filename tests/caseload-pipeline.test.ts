import { pathToFileURL } from 'node:url';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateCaseloadWith, evaluateNdjsonWith } from '../src/caseload/evaluateCaseload.js';
import { evaluateNdjsonStreamWith } from '../src/caseload/stream.js';
import type { CaseloadProgress, CaseloadRecord } from '../src/caseload/types.js';
import type { CompiledPack } from '../src/pack/types.js';
import { fakeEvaluate } from './fixtures/caseload/fakeEngine.js';

const pack = { id: 'fake' } as CompiledPack;
const asOf = '2025-03-31';
const hooks = { evaluate: fakeEvaluate(asOf) };
const engineModule = pathToFileURL(fileURLToPath(new URL('./fixtures/caseload/fakeEngine.ts', import.meta.url))).href;

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

const ok = (id: string, extra: Record<string, unknown> = {}) => ({ id, events: [{ type: 'referral_received', at: '2025-01-02' }], ...extra });
const ids = (records: CaseloadRecord[]) => records.map((r) => (r.kind === 'result' ? r.result.caseId : `error:${r.line}`));

describe('evaluateCaseload (injected engine)', () => {
  it('gives one record per case, in order, numbered from 1', async () => {
    const cases = Array.from({ length: 1000 }, (_, i) => ok(`C-${i}`));
    const records = await collect(evaluateCaseloadWith(cases, pack, { asOf, batchSize: 7 }, hooks));
    expect(records).toHaveLength(1000);
    expect(records.every((r, i) => r.kind === 'result' && r.line === i + 1 && r.result.caseId === `C-${i}`)).toBe(true);
  });

  it('rejects an invalid case with an error record naming the JSON path, and goes on', async () => {
    const records = await collect(
      evaluateCaseloadWith([ok('A'), { id: 'B', events: [{ type: 'visit', at: '2024-13-01' }] }, 'not an object', ok('D')], pack, { asOf }, hooks),
    );
    expect(ids(records)).toEqual(['A', 'error:2', 'error:3', 'D']);
    expect(records[1]).toMatchObject({ kind: 'error', line: 2, caseId: 'B' });
    expect((records[1] as { reason: string }).reason).toMatch(/^invalid case: events\[0\]\.at: "2024-13-01" is not a date/);
    expect((records[2] as { reason: string }).reason).toMatch(/^invalid case: \(case\)/);
  });

  it('turns an engine failure on one case into an error record, not a crash', async () => {
    const records = await collect(evaluateCaseloadWith([ok('A'), ok('THROW-1'), ok('C')], pack, { asOf }, hooks));
    expect(records[1]).toEqual({ kind: 'error', line: 2, caseId: 'THROW-1', reason: 'could not be evaluated: engine failed on THROW-1' });
  });

  it('accepts an async iterable and pulls from it only as records are consumed (backpressure)', async () => {
    let pulled = 0;
    async function* source() {
      for (let i = 0; i < 100_000; i++) {
        pulled++;
        yield ok(`C-${i}`);
      }
    }
    const iterator = evaluateCaseloadWith(source(), pack, { asOf, batchSize: 10 }, hooks)[Symbol.asyncIterator]();
    for (let i = 0; i < 5; i++) await iterator.next();
    expect(pulled).toBeLessThan(1000);
    await iterator.return?.();
  });

  it('reports progress whose counts add up', async () => {
    const seen: CaseloadProgress[] = [];
    const cases = [ok('A'), { id: 'B' }, ok('C'), ok('D'), { nope: 1 }];
    await collect(evaluateCaseloadWith(cases, pack, { asOf, batchSize: 2, onProgress: (p) => seen.push(p) }, hooks));
    expect(seen.at(-1)).toEqual({ read: 5, evaluated: 3, rejected: 2 });
    expect(seen.every((p) => p.read === p.evaluated + p.rejected)).toBe(true);
  });
});

describe('NDJSON (injected engine)', () => {
  const lines = [
    JSON.stringify(ok('C-1')),
    JSON.stringify(ok('C-2')),
    '',
    '{"id":"C-9","events":[{"type":"visit",',
    JSON.stringify({ id: 'C-4', events: [{ type: 'visit' }] }),
    JSON.stringify(ok('C-5')),
  ];
  const text = `${lines.join('\r\n')}\r\n`;

  it('reports a malformed line in the middle with its line number and case id, and evaluates the rest', async () => {
    const records = await collect(evaluateNdjsonWith([text], pack, { asOf }, hooks));
    expect(ids(records)).toEqual(['C-1', 'C-2', 'error:4', 'error:5', 'C-5']);
    expect(records[2]).toMatchObject({ line: 4, caseId: 'C-9', reason: expect.stringMatching(/^not valid JSON/) });
    expect(records[3]).toMatchObject({ line: 5, caseId: 'C-4', reason: expect.stringMatching(/events\[0\]\.at: is missing/) });
    expect(records[4]!.line).toBe(6);
  });

  it('streams NDJSON out with counts that add up', async () => {
    let out = '';
    const totals = await evaluateNdjsonStreamWith([text], { write: (s: string) => (out += s) }, pack, { asOf }, hooks);
    expect(totals).toEqual({ read: 5, evaluated: 3, rejected: 2, withBreach: 0 });
    const outLines = out.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(outLines).toHaveLength(5);
    expect(outLines[2]).toEqual({ error: { line: 4, caseId: 'C-9', reason: expect.stringMatching(/^not valid JSON/) } });
    expect(outLines[4].caseId).toBe('C-5');
  });
});

describe('worker threads (fake engine module)', () => {
  it('keeps input order with 2 workers even when cases take different times', async () => {
    const cases = Array.from({ length: 400 }, (_, i) => ok(`C-${i}`, i % 37 === 0 ? { attributes: { spinMs: 15 } } : {}));
    cases.splice(123, 0, { id: 'BAD', events: 'nope' } as never);
    const records = await collect(evaluateCaseloadWith(cases, pack, { asOf, workers: 2, batchSize: 5, packSource: 'fake' }, { engineModule }));
    expect(records).toHaveLength(401);
    expect(records.map((r) => r.line)).toEqual(Array.from({ length: 401 }, (_, i) => i + 1));
    expect(records[123]).toMatchObject({ kind: 'error', caseId: 'BAD' });
    const expected = cases.map((c) => (c as { id: string }).id).filter((id) => id !== 'BAD');
    expect(records.filter((r) => r.kind === 'result').map((r) => (r as { result: { caseId: string } }).result.caseId)).toEqual(expected);
  });

  it('sends raw NDJSON text to the workers and writes the same output as one thread', async () => {
    const text = Array.from({ length: 600 }, (_, i) => (i === 300 ? '{"id":"X-300",' : JSON.stringify(ok(`C-${i}`, i % 50 === 0 ? { attributes: { spinMs: 10 } } : {})))).join('\n');
    let one = '';
    let two = '';
    const a = await evaluateNdjsonStreamWith([text], { write: (s: string) => (one += s) }, pack, { asOf, batchSize: 16 }, hooks);
    const b = await evaluateNdjsonStreamWith([text], { write: (s: string) => (two += s) }, pack, { asOf, batchSize: 16, workers: 2, packSource: 'fake' }, { engineModule });
    expect(b).toEqual(a);
    expect(a).toMatchObject({ read: 600, evaluated: 599, rejected: 1 });
    expect(two).toBe(one);
  });

  it('fails clearly when a worker cannot load its pack', async () => {
    await expect(collect(evaluateCaseloadWith([ok('A')], pack, { asOf, workers: 1, packSource: 'missing-pack' }, { engineModule }))).rejects.toThrow(
      /caseload worker could not start: unknown pack "missing-pack"/,
    );
  });
});
