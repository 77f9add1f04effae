// The summary checked against counts made by hand from tests/fixtures/caseload/summary-caseload.ndjson
// (five evaluated cases with known instances, one malformed line, one invalid case).
import { createReadStream } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateNdjsonWith } from '../src/caseload/evaluateCaseload.js';
import { summaryToHtml } from '../src/caseload/html.js';
import { evaluateNdjsonStreamWith } from '../src/caseload/stream.js';
import { emptyCounts, onTimePercent, summarise } from '../src/caseload/summary.js';
import { summarySections } from '../src/caseload/summaryView.js';
import type { CompiledPack } from '../src/pack/types.js';
import { fakeEvaluate } from './fixtures/caseload/fakeEngine.js';

const fixture = fileURLToPath(new URL('./fixtures/caseload/summary-caseload.ndjson', import.meta.url));
const engineModule = pathToFileURL(fileURLToPath(new URL('./fixtures/caseload/fakeEngine.ts', import.meta.url))).href;
const pack = { id: 'fake' } as CompiledPack;
const asOf = '2025-03-31';

const counts = (c: Partial<ReturnType<typeof emptyCounts>>) => ({ ...emptyCounts(), ...c });

const handCounted = {
  cases: { read: 7, evaluated: 5, rejected: 2, withBreach: 2 },
  asOf,
  pack: { id: 'fake', version: '1' },
  total: counts({ met: 5, late: 2, overdue: 2, pending: 1, cancelled: 1, no_timescale: 1, breaches: 2, goodPracticeMisses: 2, instances: 12 }),
  // The fake engine names each instance's rule after its obligation, in pack "fake": one rule
  // per obligation, so each obligation's one rule has the obligation's counts.
  byObligation: Object.fromEntries(
    Object.entries({
      'referral-decision': counts({ met: 2, overdue: 1, breaches: 1, instances: 3 }),
      'assessment-completion': counts({ met: 2, late: 1, breaches: 1, instances: 3 }),
      'case-supervision': counts({ met: 1, late: 1, overdue: 1, goodPracticeMisses: 2, instances: 3 }),
      'initial-cp-conference': counts({ pending: 1, instances: 1 }),
      'strategy-discussion': counts({ no_timescale: 1, instances: 1 }),
      'cp-visit': counts({ cancelled: 1, instances: 1 }),
    }).map(([key, c]) => [key, { ...c, title: `Title of ${key}`, rules: { [`fake/${key}`]: { ...c, rule: key, pack: 'fake', title: `Title of ${key}` } } }]),
  ),
  byRole: {
    'social worker': counts({ met: 4, late: 1, overdue: 1, pending: 1, cancelled: 1, breaches: 2, instances: 8 }),
    'team manager': counts({ met: 3, late: 2, overdue: 1, pending: 1, breaches: 1, goodPracticeMisses: 2, instances: 7 }),
    unassigned: counts({ no_timescale: 1, instances: 1 }),
  },
  byMonth: {
    '2025-01': counts({ met: 2, late: 1, goodPracticeMisses: 1, instances: 3 }),
    '2025-02': counts({ met: 1, late: 1, overdue: 1, breaches: 2, instances: 3 }),
    '2025-03': counts({ met: 2, overdue: 1, cancelled: 1, goodPracticeMisses: 1, instances: 4 }),
    '2025-04': counts({ pending: 1, instances: 1 }),
    none: counts({ no_timescale: 1, instances: 1 }),
  },
};

describe('caseload summary, against hand counts', () => {
  it('counts every obligation, role and month as worked out by hand', async () => {
    const summary = await summarise(evaluateNdjsonWith(createReadStream(fixture), pack, { asOf }, { evaluate: fakeEvaluate(asOf) }));
    expect(summary).toEqual(handCounted);
  });

  it('gives the same summary when batches are counted in two workers and merged', async () => {
    const totals = await evaluateNdjsonStreamWith(createReadStream(fixture), { write: () => true }, pack, { asOf, workers: 2, batchSize: 2, packSource: 'fake', output: 'none', summary: true }, { engineModule });
    expect(totals.summary).toEqual(handCounted);
    expect(totals).toMatchObject({ read: 7, evaluated: 5, rejected: 2, withBreach: 2 });
  });

  it('on time is met / (met + late + overdue): 2 of 3, 1 of 3, 5 of 9; n/a when nothing is decided', () => {
    expect(onTimePercent(handCounted.byObligation['referral-decision']!)).toBe(66.7);
    expect(onTimePercent(handCounted.byObligation['case-supervision']!)).toBe(33.3);
    expect(onTimePercent(handCounted.total)).toBe(55.6);
    expect(onTimePercent(handCounted.byObligation['initial-cp-conference']!)).toBeNull();
    const [byObligation] = summarySections(handCounted);
    expect(byObligation!.rows.find((r) => r[0] === 'cp-visit')).toEqual(['cp-visit', 'cp-visit', 'fake', 'Title of cp-visit', '0', '0', '0', '0', '1', '0', 'n/a', '0', '0']);
    expect(byObligation!.rows.at(-1)).toEqual(['all', '', '', '', '5', '2', '2', '1', '1', '1', '55.6%', '2', '2']);
  });

  it('renders a self-contained HTML page with an inline SVG chart and no scripts or external assets', () => {
    const html = summaryToHtml(handCounted, { title: 'Test <authority>' });
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<title>Test &#60;authority&#62;</title>');
    expect(html).toContain('<style>');
    expect(html).toMatch(/<svg [^>]*role="img"/);
    expect(html).toContain('>66.7%</text>');
    expect(html).not.toMatch(/<script|<link|\ssrc=|\shref=|@import|url\(/i);
  });
});
