// `csc-timescales packs --rules`: the rule descriptions of a pack, as a table or JSON. Expected
// values are copied from the YAML (rulepacks/working-together-2018.yaml, rulepacks/calderdale.yaml,
// tests/fixtures/caseload/caseload-mini.yaml), not from the program's output.
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from '../src/cli/index.js';

const dir = fileURLToPath(new URL('./fixtures/caseload/', import.meta.url));

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await cli(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: Readable.from([]),
    cwd: dir,
  });
  return { code, stdout, stderr };
}

interface Described {
  rule: string;
  obligation: string;
  title: string;
  level: string;
  timescale: string;
  responsible: string[];
  deadline: unknown;
  source: { document: string; section: string; quote: string };
  variants?: { label: string; timescale: string; deadline: unknown }[];
  phases?: { every: string; label?: string }[];
}

describe('csc-timescales packs --rules --format json', () => {
  it('prints the 26 rules of Working Together 2018 as a JSON array, indented by 2', async () => {
    const { code, stdout, stderr } = await run(['packs', '--rules', 'working-together-2018', '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.startsWith('[\n  {\n    "rule": "wt-referral-acknowledgement",\n')).toBe(true);
    expect(stdout.endsWith('\n]\n')).toBe(true);
    const rules: Described[] = JSON.parse(stdout);
    expect(rules).toHaveLength(26);
    expect(rules.at(-1)!.rule).toBe('wt-nrm-referral');

    const icpc = rules.find((r) => r.rule === 'wt-initial-cp-conference')!;
    expect(icpc).toMatchObject({
      obligation: 'initial-cp-conference',
      pack: 'working-together-2018',
      title: 'Initial child protection conference within 15 working days',
      level: 'statutory',
      timescale: '15 working days',
      deadline: { amount: 15, unit: 'working_days' },
      responsible: ['social worker'],
      source: { document: 'Working Together to Safeguard Children 2018', section: 'chapter 1, Outcome of section 47 enquiries' },
    });
    expect(icpc).not.toHaveProperty('variants');
    expect(icpc).not.toHaveProperty('phases');

    const review = rules.find((r) => r.rule === 'wt-review-cp-conference')!;
    expect(review.title).toBe('Review conference within 3 months, then at most every 6 months');
    expect(review.timescale).toBe('3 months');
    expect(review.phases).toMatchObject([{ every: '6 months', label: 'every six months while on a plan' }]);
  });

  it('describes inherited rules too, and every variant of a rule', async () => {
    const { code, stdout } = await run(['packs', '--rules', 'calderdale', '--format', 'json']);
    expect(code).toBe(0);
    const rules: Described[] = JSON.parse(stdout);
    expect(rules.some((r) => r.rule === 'wt-referral-acknowledgement')).toBe(true);
    const assessment = rules.find((r) => r.rule === 'cal-assessment-completion')!;
    expect(assessment).toMatchObject({
      pack: 'calderdale',
      title: 'Single assessment completed (standard 15 days, extendable to 25, 35 or 45)',
      level: 'local_minimum',
      timescale: '15 working days',
      responsible: ['Social Worker', 'Practice Manager'],
    });
    expect(assessment.variants!.map((v) => [v.label, v.timescale])).toEqual([
      ['extended to the maximum 45 days', '45 working days'],
      ['extended to 35 days', '35 working days'],
      ['extended to 25 days', '25 working days'],
    ]);
  });

  it('reads a pack file, relative to the working directory', async () => {
    const { code, stdout } = await run(['packs', '--rules', 'caseload-mini.yaml', '--format', 'json']);
    expect(code).toBe(0);
    const rules: Described[] = JSON.parse(stdout);
    expect(rules.map((r) => [r.rule, r.level, r.timescale])).toEqual([
      ['mini-referral-decision', 'statutory', '1 working day'],
      ['mini-icpc', 'statutory', '15 working days'],
      ['mini-supervision', 'good_practice', '20 working days'],
    ]);
  });
});

describe('csc-timescales packs --rules (table)', () => {
  it('prints a line naming the pack, then rule, obligation, level, timescale and responsible', async () => {
    const { code, stdout, stderr } = await run(['packs', '--rules', 'working-together-2018']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('pack working-together-2018 1.0.0: 26 rules');
    expect(lines[1]).toMatch(/^rule\s+obligation\s+level\s+timescale\s+responsible$/);
    expect(lines[2]).toMatch(/^-+( +-+){4}$/);
    expect(lines).toHaveLength(3 + 26);
    expect(lines).toContainEqual(expect.stringMatching(/^wt-initial-cp-conference\s+initial-cp-conference\s+statutory\s+15 working days\s+social worker$/));
    expect(lines).toContainEqual(expect.stringMatching(/^wt-review-cp-conference\s+review-cp-conference\s+statutory\s+3 months, then every 6 months\s+social worker$/));
    expect(lines).toContainEqual(expect.stringMatching(/^wt-strategy-discussion\s+strategy-discussion\s+statutory\s+no timescale set \(\+1 variant\)\s+local authority children's social care$/));
  });

  it('--format table is the default', async () => {
    const table = await run(['packs', '--rules', 'caseload-mini.yaml', '--format', 'table']);
    expect(table.stdout).toBe((await run(['packs', '--rules', 'caseload-mini.yaml'])).stdout);
    expect(table.stdout.split('\n')[0]).toBe('pack caseload-mini 1: 3 rules');
  });
});

describe('csc-timescales packs: bad input', () => {
  it('an unknown pack is one line and exit 2', async () => {
    const { code, stdout, stderr } = await run(['packs', '--rules', 'no-such-pack']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^csc-timescales packs: no-such-pack: there is no bundled pack "no-such-pack" \(bundled packs: [^\n]*working-together-2018[^\n]*\)[^\n]*\n$/);
  });

  it('a missing pack file is one line and exit 2', async () => {
    const { code, stderr } = await run(['packs', '--rules', 'missing.yaml']);
    expect(code).toBe(2);
    expect(stderr).toBe('csc-timescales packs: missing.yaml: no such file\n');
  });

  it('--rules needs a value; --format needs --rules and one of table, json', async () => {
    expect((await run(['packs', '--rules'])).stderr).toBe('csc-timescales packs: --rules needs a value\n');
    expect((await run(['packs', '--format', 'json'])).stderr).toBe('csc-timescales packs: --format goes with --rules <pack>\n');
    const xml = await run(['packs', '--rules', 'working-together-2018', '--format', 'xml']);
    expect(xml.code).toBe(2);
    expect(xml.stderr).toBe('csc-timescales packs: --format must be one of table, json, got "xml"\n');
  });

  it('the usage text names --rules and --format', async () => {
    const { code, stdout } = await run(['packs', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('csc-timescales packs --rules <id|file> [--format table|json]');
  });
});
