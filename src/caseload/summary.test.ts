// The summary counts per (obligation, rule), so an obligation a pack measures by two rules
// (a local standard kept beside the statutory one with `keepsInherited`) gives two rows
// that are never added together. Every expected figure below is counted by hand.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { cli } from '../cli/index.js';
import type { ObligationInstance, ObligationStatus } from '../engine/types.js';
import type { Level } from '../pack/schema.js';
import { summaryToHtml } from './html.js';
import { createSummary, emptyCounts, mergeSummaries, onTimePercent, ruleKey, summarise } from './summary.js';
import type { CaseloadSummary, ComplianceCounts } from './summary.js';
import { summarySections } from './summaryView.js';
import type { CaseloadRecord } from './types.js';

const WT = 'working-together-2018';
const CAL = 'calderdale';

function instance(obligation: string, rule: string, pack: string, status: ObligationStatus, due: string | null, responsible: string[], level: Level = pack === WT ? 'statutory' : 'local_minimum'): ObligationInstance {
  return {
    obligation,
    rule,
    pack,
    title: `Title of ${rule}`,
    trigger: { event: 'referral_received', date: '2024-03-01' },
    due,
    timescale: due ? 'some working days' : 'no timescale',
    deadline: due ? { amount: 1, unit: 'working_days' } : 'none',
    status,
    breach: (status === 'late' || status === 'overdue') && level !== 'good_practice',
    responsible,
    level,
    source: { document: 'Test', section: '1', quote: 'test' },
    basis: `basis for ${rule}`,
  };
}

const statutoryAssessment = (status: ObligationStatus) => instance('assessment-completion', 'wt-assessment-completion', WT, status, '2024-05-08', ['social worker']);
const localAssessment = (status: ObligationStatus) => instance('assessment-completion', 'cal-assessment-completion', CAL, status, '2024-03-25', ['Social Worker', 'Practice Manager']);
const statutoryVisit = () => instance('first-visit', 'wt-see-child', WT, 'no_timescale', null, ['local authority social worker']);
const localVisit = (status: ObligationStatus) => instance('first-visit', 'cal-first-visit', CAL, status, '2024-03-11', ['Social Worker']);

function result(caseId: string, instances: ObligationInstance[]): CaseloadRecord {
  return { kind: 'result', line: Number(caseId.slice(1)), result: { caseId, asOf: '2024-06-03', pack: { id: CAL, version: '1.0.0' }, instances, unusedEvents: [], warnings: [] } };
}

// c1: every standard met. c2: the assessment misses both the statutory and the local
// standard. c3: the assessment meets the statutory standard but not the local one; the local
// first visit is overdue.
const c1 = result('c1', [statutoryAssessment('met'), localAssessment('met'), statutoryVisit(), localVisit('met')]);
const c2 = result('c2', [statutoryAssessment('late'), localAssessment('late')]);
const c3 = result('c3', [statutoryAssessment('met'), localAssessment('late'), statutoryVisit(), localVisit('overdue')]);

const counts = (c: Partial<ComplianceCounts>): ComplianceCounts => ({ ...emptyCounts(), ...c });

describe('summary per obligation and rule (hand-built results)', () => {
  const summary = summarise([c1, c2, c3]);

  it('counts each standard apart: statutory assessments 2 of 3 on time, local 1 of 3', () => {
    const assessment = summary.byObligation['assessment-completion']!;
    expect(assessment.rules).toEqual({
      // c1 met, c2 late, c3 met
      [`${WT}/wt-assessment-completion`]: { ...counts({ met: 2, late: 1, breaches: 1, instances: 3 }), rule: 'wt-assessment-completion', pack: WT, title: 'Title of wt-assessment-completion' },
      // c1 met, c2 late, c3 late
      [`${CAL}/cal-assessment-completion`]: { ...counts({ met: 1, late: 2, breaches: 2, instances: 3 }), rule: 'cal-assessment-completion', pack: CAL, title: 'Title of cal-assessment-completion' },
    });
    expect(onTimePercent(assessment.rules[`${WT}/wt-assessment-completion`]!)).toBe(66.7);
    expect(onTimePercent(assessment.rules[`${CAL}/cal-assessment-completion`]!)).toBe(33.3);
    // The obligation-level figures are still every instance of the key: both standards added.
    expect(assessment).toMatchObject({ met: 3, late: 3, breaches: 3, instances: 6, title: 'Title of wt-assessment-completion' });

    expect(summary.byObligation['first-visit']!.rules).toEqual({
      [`${WT}/wt-see-child`]: { ...counts({ no_timescale: 2, instances: 2 }), rule: 'wt-see-child', pack: WT, title: 'Title of wt-see-child' },
      [`${CAL}/cal-first-visit`]: { ...counts({ met: 1, overdue: 1, breaches: 1, instances: 2 }), rule: 'cal-first-visit', pack: CAL, title: 'Title of cal-first-visit' },
    });
  });

  it('counts a case with a breach once, however many standards it misses', () => {
    // c2 misses two standards for one obligation; c3 two standards of two obligations; c1 none.
    expect(summary.cases).toEqual({ read: 3, evaluated: 3, rejected: 0, withBreach: 2 });
    // c1: 3 met, 1 no timescale; c2: 2 late; c3: 1 met, 1 late, 1 overdue, 1 no timescale.
    expect(summary.total).toEqual(counts({ met: 4, late: 3, overdue: 1, no_timescale: 2, breaches: 4, instances: 10 }));
    expect(summary.byRole['Practice Manager']).toEqual(counts({ met: 1, late: 2, breaches: 2, instances: 3 }));
    expect(summary.byMonth['2024-03']).toEqual(counts({ met: 2, late: 2, overdue: 1, breaches: 3, instances: 5 }));
    expect(summary.byMonth['2024-05']).toEqual(counts({ met: 2, late: 1, breaches: 1, instances: 3 }));
  });

  it('adds up to the same summary when parts are counted apart and merged', () => {
    const merged = mergeSummaries(summarise([c1]), summarise([c2, c3]));
    expect(merged).toEqual(summary);
    expect(mergeSummaries(createSummary(), summary)).toEqual(summary);
  });

  it('keeps a rule id reused by another pack apart from the rule it replaced', () => {
    const replaced = result('c4', [instance('assessment-completion', 'wt-assessment-completion', 'other-authority', 'overdue', '2024-04-01', [])]);
    const merged = mergeSummaries(summarise([c1, c2, c3]), summarise([replaced]));
    const rules = merged.byObligation['assessment-completion']!.rules;
    expect(Object.keys(rules).sort()).toEqual(['calderdale/cal-assessment-completion', 'other-authority/wt-assessment-completion', 'working-together-2018/wt-assessment-completion']);
    expect(rules[ruleKey('other-authority', 'wt-assessment-completion')]).toMatchObject({ overdue: 1, breaches: 1, instances: 1 });
    expect(rules[ruleKey(WT, 'wt-assessment-completion')]).toMatchObject({ met: 2, late: 1, instances: 3 });
  });

  it('merges a summary saved before rules were counted without failing', () => {
    const old = JSON.parse(JSON.stringify(summarise([c2]))) as CaseloadSummary;
    for (const obligation of Object.values(old.byObligation)) delete (obligation as Partial<typeof obligation>).rules;
    const merged = mergeSummaries(summarise([c1]), old);
    expect(merged.byObligation['assessment-completion']).toMatchObject({ met: 2, late: 2, instances: 4 });
    // Only c1's instances can be put against a rule.
    expect(merged.byObligation['assessment-completion']!.rules[`${CAL}/cal-assessment-completion`]).toMatchObject({ met: 1, late: 0, instances: 1 });
    // The table keeps c2's two late assessments, in a row with no rule id.
    const [byObligation] = summarySections(merged);
    expect(byObligation!.rows.filter((r) => r[0] === 'assessment-completion')).toEqual([
      ['assessment-completion', 'cal-assessment-completion', CAL, 'Title of cal-assessment-completion', '1', '0', '0', '0', '0', '0', '100.0%', '0', '0'],
      ['assessment-completion', 'wt-assessment-completion', WT, 'Title of wt-assessment-completion', '1', '0', '0', '0', '0', '0', '100.0%', '0', '0'],
      ['assessment-completion', '', '', 'Title of wt-assessment-completion', '0', '2', '0', '0', '0', '0', '0.0%', '2', '0'],
    ]);
  });

  it('shows one table row per rule, with its id, pack and title, and never the two standards added up', () => {
    const [byObligation, byRole, byMonth] = summarySections(summary);
    expect(byObligation!.header.slice(0, 5)).toEqual(['obligation', 'rule', 'pack', 'title', 'met']);
    expect(byObligation!.textColumns).toBe(4);
    expect(byObligation!.totalRow).toBe(true);
    expect(byObligation!.rows).toEqual([
      ['assessment-completion', 'cal-assessment-completion', CAL, 'Title of cal-assessment-completion', '1', '2', '0', '0', '0', '0', '33.3%', '2', '0'],
      ['assessment-completion', 'wt-assessment-completion', WT, 'Title of wt-assessment-completion', '2', '1', '0', '0', '0', '0', '66.7%', '1', '0'],
      ['first-visit', 'cal-first-visit', CAL, 'Title of cal-first-visit', '1', '0', '1', '0', '0', '0', '50.0%', '1', '0'],
      ['first-visit', 'wt-see-child', WT, 'Title of wt-see-child', '0', '0', '0', '0', '0', '2', 'n/a', '0', '0'],
      ['all', '', '', '', '4', '3', '1', '0', '0', '2', '50.0%', '4', '0'],
    ]);
    expect([byRole!.textColumns, byRole!.totalRow, byMonth!.textColumns, byMonth!.totalRow]).toEqual([1, false, 1, false]);
  });

  it('gives the HTML page a bar and a table row per rule', () => {
    const html = summaryToHtml(summary);
    const labels = [...html.matchAll(/text-anchor="end">([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(labels).toEqual(['assessment-completion (cal-assessment-completion)', 'assessment-completion (wt-assessment-completion)', 'first-visit (cal-first-visit)', 'first-visit (wt-see-child)']);
    expect(html).toContain('<title>assessment-completion, rule cal-assessment-completion (calderdale): 33.3%</title>');
    expect(html).toContain('<title>assessment-completion, rule wt-assessment-completion (working-together-2018): 66.7%</title>');
    expect(html).toContain('<tr><td class="text">assessment-completion</td><td class="text">wt-assessment-completion</td><td class="text">working-together-2018</td><td class="text wrap">Title of wt-assessment-completion</td><td>2</td>');
    expect(html).toContain('<tr class="total"><td class="text">all</td><td class="text"></td><td class="text"></td><td class="text wrap"></td><td>4</td>');
    expect(html).toContain('<tr><td class="text">Practice Manager</td><td>1</td>');
  });

  it('labels a bar with the obligation alone when one rule measures it', () => {
    const html = summaryToHtml(summarise([result('c5', [localVisit('met')])]));
    expect([...html.matchAll(/text-anchor="end">([^<]*)<\/text>/g)].map((m) => m[1])).toEqual(['first-visit']);
  });
});

// The real Calderdale pack (which keeps wt-assessment-completion and wt-see-child beside its
// own rules) on three cases, through the CLI. Working days, worked by hand:
// - wt-assessment-completion: referral Fri 2024-03-01 + 45 working days = Wed 2024-05-08
//   (Good Friday, Easter Monday and the early May bank holiday skipped).
// - cal-assessment-completion: assessment started Mon 2024-03-04 + 15 working days = Mon 2024-03-25.
// - cal-first-visit: allocated Mon 2024-03-04 + 5 working days = Mon 2024-03-11.
// - wt-see-child: no timescale.
// Case A: visit Fri 03-08, authorised Fri 03-22: all met.
// Case B: visit Wed 03-13 (late), authorised Wed 04-10: local late, statutory met.
// Case C: no visit (overdue at 2024-06-03), authorised Mon 05-20: local and statutory late.
const tinyCaseload = ['A:2024-03-08:2024-03-22', 'B:2024-03-13:2024-04-10', 'C::2024-05-20']
  .map((spec) => {
    const [id, visit, authorised] = spec.split(':');
    const events = [
      { type: 'referral_received', at: '2024-03-01' },
      { type: 'case_allocated', at: '2024-03-04' },
      { type: 'assessment_started', at: '2024-03-04' },
      ...(visit ? [{ type: 'visit', at: visit, childSeen: true }] : []),
      { type: 'assessment_authorised', at: authorised },
    ];
    return JSON.stringify({ id, child: { dateOfBirth: '2015-05-01' }, events });
  })
  .join('\n');

async function runCli(args: string[], stdin: string) {
  let stdout = '';
  let stderr = '';
  const code = await cli(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, stdin: Readable.from([Buffer.from(stdin)]), cwd: process.cwd() });
  return { code, stdout, stderr };
}

describe('summary of the Calderdale pack, whose local rules keep the statutory ones', () => {
  const expected = {
    'assessment-completion': {
      'calderdale/cal-assessment-completion': { met: 1, late: 2, overdue: 0, no_timescale: 0, breaches: 2, instances: 3 },
      'working-together-2018/wt-assessment-completion': { met: 2, late: 1, overdue: 0, no_timescale: 0, breaches: 1, instances: 3 },
    },
    'first-visit': {
      'calderdale/cal-first-visit': { met: 1, late: 1, overdue: 1, no_timescale: 0, breaches: 2, instances: 3 },
      'working-together-2018/wt-see-child': { met: 0, late: 0, overdue: 0, no_timescale: 3, breaches: 0, instances: 3 },
    },
  };

  it.each([
    ['summary', ['summary', '--pack', 'calderdale', '--as-of', '2024-06-03', '--format', 'json', '-']],
    ['evaluate --summary', ['evaluate', '--pack', 'calderdale', '--as-of', '2024-06-03', '--summary', '--summary-format', 'json', '-']],
  ])('%s --format json: each standard of one obligation apart', async (_name, args) => {
    const { code, stdout } = await runCli(args, tinyCaseload);
    expect(code).toBe(0);
    const summary = JSON.parse(stdout) as CaseloadSummary;
    for (const [obligation, rules] of Object.entries(expected)) {
      const got = summary.byObligation[obligation]!;
      expect(Object.keys(got.rules).sort()).toEqual(Object.keys(rules));
      for (const [key, figures] of Object.entries(rules)) expect(got.rules[key]).toMatchObject(figures);
    }
    // Before the split this row read 3 met, 3 late: 50% on time against no one standard.
    expect(summary.byObligation['assessment-completion']).toMatchObject({ met: 3, late: 3, instances: 6 });
    expect(summary.cases).toEqual({ read: 3, evaluated: 3, rejected: 0, withBreach: 3 });
  });

  it('summary --format table: a row per rule with its pack', async () => {
    const { code, stdout } = await runCli(['summary', '--pack', 'calderdale', '--as-of', '2024-06-03', '-'], tinyCaseload);
    expect(code).toBe(0);
    const row = (rule: string) => stdout.split('\n').find((line) => line.includes(` ${rule} `))?.split(/\s{2,}/);
    expect(row('cal-assessment-completion')?.slice(0, 3)).toEqual(['assessment-completion', 'cal-assessment-completion', 'calderdale']);
    expect(row('cal-assessment-completion')?.slice(-9)).toEqual(['1', '2', '0', '0', '0', '0', '33.3%', '2', '0']);
    expect(row('wt-assessment-completion')?.slice(0, 3)).toEqual(['assessment-completion', 'wt-assessment-completion', 'working-together-2018']);
    expect(row('wt-assessment-completion')?.slice(-9)).toEqual(['2', '1', '0', '0', '0', '0', '66.7%', '1', '0']);
    expect(row('cal-first-visit')?.slice(-9)).toEqual(['1', '1', '1', '0', '0', '0', '33.3%', '2', '0']);
    expect(row('wt-see-child')?.slice(-9)).toEqual(['0', '0', '0', '0', '0', '3', 'n/a', '0', '0']);
  });
});
