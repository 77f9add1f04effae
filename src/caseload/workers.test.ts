// Workers get the calling thread's compiled pack as a snapshot and rebuild it instead of
// loading YAML; without a snapshot they still load `packSource`. Either way the output is
// the same as on one thread, in input order.
import { describe, expect, it } from 'vitest';
import type { Calendar } from '../calendar/index.js';
import { loadPackOrThrow } from '../pack/files.js';
import type { CompiledPack } from '../pack/types.js';
import { evaluateCaseload } from './evaluateCaseload.js';
import { generateCases } from './generate.js';
import { evaluateNdjsonStream } from './stream.js';
import type { CaseloadRecord } from './types.js';

const asOf = '2025-03-31';
const generated = [...generateCases({ count: 300, seed: 23, asOf })];
const text = generated.map((c) => JSON.stringify(c)).join('\n');

async function ndjson(pack: CompiledPack, options: { workers?: number; packSource?: string } = {}): Promise<string> {
  let out = '';
  await evaluateNdjsonStream([text], { write: (s: string) => (out += s) }, pack, { asOf, batchSize: 16, ...options });
  return out;
}

/** The same calendar behind an object the pack loader did not make: no snapshot possible. */
function foreignCalendar(c: Calendar): Calendar {
  return {
    division: c.division,
    closures: c.closures,
    officialThrough: c.officialThrough,
    isWorkingDay: c.isWorkingDay.bind(c),
    addWorkingDays: c.addWorkingDays.bind(c),
    workingDaysBetween: c.workingDaysBetween.bind(c),
    nextWorkingDay: c.nextWorkingDay.bind(c),
    bankHolidays: c.bankHolidays.bind(c),
    holidaysBetween: c.holidaysBetween.bind(c),
  };
}

describe('caseload workers and pack snapshots', () => {
  const pack = loadPackOrThrow('calderdale');
  const oneThread = ndjson(pack);

  it('2 workers rebuilding calderdale from its snapshot write exactly what one thread does, in order', async () => {
    const expected = await oneThread;
    expect(expected.split('\n').filter(Boolean)).toHaveLength(generated.length);
    expect(await ndjson(pack, { workers: 2 })).toBe(expected);
  });

  it('keeps input order record by record', async () => {
    const records: CaseloadRecord[] = [];
    for await (const r of evaluateCaseload(generated, pack, { asOf, workers: 2, batchSize: 3 })) records.push(r);
    expect(records.map((r) => r.line)).toEqual(generated.map((_, i) => i + 1));
    expect(records.map((r) => (r.kind === 'result' ? r.result.caseId : r.reason))).toEqual(generated.map((c) => c.id));
  });

  it('uses the snapshot, not packSource, when there is one', async () => {
    // A packSource no worker could load: the run works only because the snapshot is used.
    expect(await ndjson(pack, { workers: 1, packSource: 'no-such-pack' })).toBe(await oneThread);
  });

  it('falls back to loading packSource when the pack cannot be sent', async () => {
    const foreign = { ...pack, calendar: foreignCalendar(pack.calendar) };
    expect(await ndjson(foreign, { workers: 1, packSource: 'calderdale' })).toBe(await oneThread);
    await expect(ndjson(foreign, { workers: 1, packSource: 'no-such-pack' })).rejects.toThrow(
      /caseload worker could not start: .*there is no bundled pack "no-such-pack"/,
    );
  });
});
