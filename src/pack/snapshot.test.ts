// A pack rebuilt from its snapshot (as a caseload worker does) must evaluate exactly like the
// pack it was taken from, byte for byte, including a calendar with another division and closures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/index.js';
import { generateCases } from '../caseload/generate.js';
import { evaluate } from '../engine/evaluate.js';
import { parseCase, type CaseHistory } from '../model/case.js';
import { bundledPacksDir, loadPackOrThrow } from './files.js';
import { loadPackFromString } from './load.js';
import { restorePack, snapshotPack, type PackSnapshot } from './snapshot.js';
import type { CompiledPack } from './types.js';

const asOf = '2025-03-31';
const cases: CaseHistory[] = [...generateCases({ count: 250, seed: 7, asOf })].map((c) => {
  const parsed = parseCase(c);
  if (!parsed.ok) throw new Error(`generated case ${c.id} is invalid`);
  return parsed.case;
});

function outputs(pack: CompiledPack): string[] {
  return cases.map((c) => JSON.stringify(evaluate(c, pack, { asOf })));
}

/** What a worker gets: the snapshot after a trip through structured clone (postMessage). */
function throughWorkerData(pack: CompiledPack): CompiledPack {
  const snapshot = snapshotPack(pack);
  if (!snapshot) throw new Error(`no snapshot of ${pack.id}`);
  return restorePack(structuredClone(snapshot));
}

/** Calderdale moved to Scotland with a Christmas closure each year the generated cases span. */
function calderdaleWithClosures(): CompiledPack {
  const text = readFileSync(join(bundledPacksDir(), 'calderdale.yaml'), 'utf8')
    .replace(/^division: england-and-wales$/m, 'division: scotland\nclosures: [2023-12-27, 2023-12-28, 2023-12-29, 2024-12-27, 2024-12-30, 2024-12-31, 2025-03-28]');
  const base = readFileSync(join(bundledPacksDir(), 'working-together-2018.yaml'), 'utf8');
  const result = loadPackFromString(text, { file: 'calderdale-closed.yaml', resolve: () => ({ source: base, file: 'working-together-2018.yaml' }) });
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.pack;
}

describe('pack snapshots', () => {
  for (const id of ['calderdale', 'working-together-2018']) {
    it(`${id}: the rebuilt pack evaluates ${cases.length} generated cases byte-identically`, () => {
      const pack = loadPackOrThrow(id);
      const rebuilt = throughWorkerData(pack);
      expect(rebuilt).not.toBe(pack);
      expect(rebuilt.rules).not.toBe(pack.rules);
      expect(outputs(rebuilt)).toEqual(outputs(pack));
    });
  }

  it('keeps the division and closures, which change due dates', () => {
    const pack = calderdaleWithClosures();
    expect(pack.calendar.division).toBe('scotland');
    const rebuilt = throughWorkerData(pack);
    expect(rebuilt.calendar.division).toBe('scotland');
    expect(rebuilt.calendar.closures).toEqual(pack.calendar.closures);
    expect(rebuilt.calendar.isWorkingDay('2024-12-30')).toBe(false);
    const expected = outputs(pack);
    expect(outputs(rebuilt)).toEqual(expected);
    // The calendar matters for these cases, so the comparison above could fail.
    expect(outputs(loadPackOrThrow('calderdale'))).not.toEqual(expected);
  });

  it('keeps every field but the calendar as it was', () => {
    const pack = loadPackOrThrow('calderdale');
    const { calendar, ...data } = pack;
    const { calendar: rebuiltCalendar, ...rebuiltData } = throughWorkerData(pack);
    expect(rebuiltData).toEqual(data);
    expect(rebuiltCalendar.division).toBe(calendar.division);
  });

  it('a rebuilt pack can be snapshotted again (a worker could pass it on)', () => {
    const twice = throughWorkerData(throughWorkerData(loadPackOrThrow('working-together-2018')));
    expect(outputs(twice)).toEqual(outputs(loadPackOrThrow('working-together-2018')));
  });

  it('gives none for a calendar the loader did not make, or for something that is not a pack', () => {
    const pack = loadPackOrThrow('working-together-2018');
    expect(snapshotPack({ ...pack, calendar: createCalendar() })).toBeUndefined();
    expect(snapshotPack({ ...pack, calendar: { ...pack.calendar } })).toBeUndefined();
    expect(snapshotPack({ id: 'fake' } as CompiledPack)).toBeUndefined();
    expect(snapshotPack({ ...pack, raw: { ...pack.raw, hook: () => 1 } } as CompiledPack)).toBeUndefined();
    // The loader's own calendar with the other fields copied is fine: it is still all data.
    const copy = { ...pack, rules: pack.rules.slice(0, 3) };
    const snapshot: PackSnapshot | undefined = snapshotPack(copy);
    expect(snapshot?.data.rules).toHaveLength(3);
  });
});
