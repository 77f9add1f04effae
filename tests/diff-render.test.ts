// The Markdown and HTML renderings of a diff: summary first, both sides with their quotes,
// verdicts in words, text escaped, output deterministic.
import { describe, expect, it } from 'vitest';
import { compileRules } from './helpers/compile.js';
import { diffPacks, renderDiffHtml, renderDiffMarkdown, type PackDiff } from '../src/diff/index.js';

const TRICKY = `Tom & Jerry's "plan" <b>within</b> 5 | 6 days`;

function rule(id: string, obligation: string, deadline: unknown, extra: Record<string, unknown> = {}) {
  return {
    id,
    obligation,
    title: `Rule ${id}`,
    level: 'statutory',
    trigger: { event: 'referral_received' },
    deadline,
    satisfiedBy: { event: 'assessment_authorised' },
    responsible: ['social worker'],
    source: { document: 'Guide', section: '§ 1', quote: `Quote of ${id}` },
    ...extra,
  };
}

function sample(): PackDiff {
  const base = compileRules(
    [
      rule('b-assess', 'assessment-completion', { amount: 20, unit: 'working_days' }),
      rule('b-ack', 'referral-acknowledgement', { amount: 1, unit: 'working_days' }),
      rule('b-icpc', 'initial-cp-conference', 'none'),
    ],
    { id: 'base-pack', title: 'Base & statutory guidance' },
  );
  const local = compileRules(
    [
      rule('l-assess', 'assessment-completion', { amount: 4, unit: 'weeks' }, { source: { document: 'Local <standards>', section: '2.1', quote: TRICKY } }),
      rule('l-ack', 'referral-acknowledgement', { amount: 1, unit: 'working_days' }),
      rule('l-icpc', 'initial-cp-conference', { amount: 10, unit: 'working_days' }),
      rule('l-lado', 'lado-referral', { amount: 1, unit: 'working_days' }),
    ],
    { id: 'local-pack', title: 'Local standards' },
  );
  return diffPacks(base, local, { from: '2024-01-01', to: '2024-12-31' });
}

describe('renderDiffMarkdown', () => {
  const md = renderDiffMarkdown(sample());

  it('opens with the packs, the method and a summary count per verdict', () => {
    expect(md.startsWith('# Local standards compared with Base & statutory guidance\n')).toBe(true);
    expect(md).toContain('for each of the 366 trigger dates from 2024-01-01 to 2024-12-31');
    expect(md).toContain('| mixed | 1 |');
    expect(md).toContain('| same | 1 |');
    expect(md).toContain('| base sets no number | 1 |');
    expect(md).toContain('| local only | 1 |');
    expect(md).toContain('| **total** | **4** |');
    expect(md.indexOf('## Summary')).toBeLessThan(md.indexOf('## Obligations'));
  });

  it('puts both quotes side by side, with table pipes escaped and no raw tags', () => {
    const line = md.split('\n').find((l) => l.startsWith('| quote |') && l.includes('Tom'))!;
    expect(line).toBe(
      `| quote | “Quote of b-assess” (Guide, § 1) | “Tom & Jerry's "plan" &lt;b>within&lt;/b> 5 \\| 6 days” (Local &lt;standards>, 2.1) |`,
    );
  });

  it('gives the mixed verdict with counts and an example each way', () => {
    expect(md).toMatch(/\*\*Verdict: mixed\*\*: local earlier on \d+, later on \d+, same on \d+ of 366 trigger dates; earlier: trigger /);
    // The first date local is later in 2024: Mon 1 (New Year's Day) to Fri 5 January give the
    // same date both ways (Mon 1 + 20 working days = Mon 29 January = + 4 weeks); Sat 6 January
    // + 20 working days = Fri 2 February, + 4 weeks = Sat 3 February.
    expect(md).toContain('later: trigger Sat 2024-01-06: base due Fri 2024-02-02, local due Sat 2024-02-03');
    expect(md).toMatch(/earlier: trigger \w{3} 2024-\d\d-\d\d: base due/);
  });

  it('is deterministic', () => {
    expect(renderDiffMarkdown(sample())).toBe(md);
  });
});

describe('renderDiffHtml', () => {
  const html = renderDiffHtml(sample());

  it('is one self-contained page: inline CSS, no scripts, no external assets, print rules', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<script|<link|<img|src=|url\(|@import/i);
  });

  it('escapes & < > " \' in quotes and titles', () => {
    expect(html).toContain('Tom &amp; Jerry&#39;s &quot;plan&quot; &lt;b&gt;within&lt;/b&gt; 5 | 6 days');
    expect(html).toContain('<title>Local standards compared with Base &amp; statutory guidance</title>');
    expect(html).not.toContain('<b>within');
  });

  it('shows summary counts at the top and the verdict in words as well as colour', () => {
    expect(html.indexOf('class="summary"')).toBeLessThan(html.indexOf('class="diff"'));
    expect(html).toContain('<tr class="v-mixed"><td><span class="badge v-mixed">mixed</span></td><td class="count">1</td>');
    expect(html.match(/<tr class="row v-/g)).toHaveLength(4);
    expect(html).toContain('<tr class="row v-base-sets-no-number" id="row-3">');
  });
});
