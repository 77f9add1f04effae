// `csc-timescales diff`: each format, --out, date flags, and a pack that does not load.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../src/cli/index.js';
import type { PackDiff } from '../src/diff/index.js';

function io(cwd: string) {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: {
      stdout: { write: (s: string) => ((out.stdout += s), true) },
      stderr: { write: (s: string) => ((out.stderr += s), true) },
      stdin: Readable.from([]),
      cwd,
    },
  };
}

async function run(cwd: string, ...argv: string[]) {
  const { io: fake, out } = io(cwd);
  const code = await cli(['diff', ...argv], fake);
  return { code, ...out };
}

const rule = (id: string, obligation: string, deadline: unknown, extra: Record<string, unknown> = {}) => ({
  id,
  obligation,
  title: `Rule ${id}`,
  level: 'statutory',
  trigger: { event: 'referral_received' },
  deadline,
  satisfiedBy: { event: 'assessment_authorised' },
  responsible: ['social worker'],
  source: { document: 'Guide', section: '1', quote: `Quote of ${id}` },
  ...extra,
});

const header = (id: string) => ({
  id,
  title: `Pack ${id}`,
  authority: 'Test',
  document: { title: 'Doc', date: '2024' },
  division: 'england-and-wales',
  version: '1',
  effective: { from: '2019-01-01' },
});

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'diff-cli-'));
  writeFileSync(join(dir, 'stat.yaml'), JSON.stringify({ ...header('stat'), rules: [rule('st-assess', 'assessment-completion', { amount: 20, unit: 'working_days' })] }));
  writeFileSync(
    join(dir, 'town.yaml'),
    JSON.stringify({
      ...header('town'),
      extends: 'stat',
      obligations: [{ key: 'lado-referral', title: 'LADO referral' }],
      rules: [
        rule('town-assess', 'assessment-completion', { amount: 15, unit: 'working_days' }, { replaces: 'st-assess' }),
        rule('town-lado', 'lado-referral', { amount: 1, unit: 'working_days' }),
      ],
    }),
  );
  writeFileSync(join(dir, 'broken.yaml'), JSON.stringify({ ...header('broken'), rules: [rule('x', 'no-such-key', 'none')] }));
});

describe('csc-timescales diff', () => {
  it('prints Markdown by default', async () => {
    const r = await run(dir, 'stat.yaml', 'town.yaml', '--from', '2024-01-01', '--to', '2024-01-31');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Pack town compared with Pack stat\n/);
    expect(r.stdout).toContain('for each of the 31 trigger dates from 2024-01-01 to 2024-01-31');
    expect(r.stdout).toContain('| local stricter | 1 |');
    expect(r.stdout).toContain('| local only | 1 |');
  });

  it('writes JSON: the PackDiff itself', async () => {
    const r = await run(dir, 'stat.yaml', 'town.yaml', '--format', 'json', '--from=2024-01-01', '--to=2024-01-07');
    expect(r.code).toBe(0);
    const diff = JSON.parse(r.stdout) as PackDiff;
    expect(diff.span).toEqual({ from: '2024-01-01', to: '2024-01-07', dates: 7 });
    expect(diff.rows.map((row) => [row.obligation, row.verdict])).toEqual([
      ['assessment-completion', 'stricter'],
      ['lado-referral', 'local-only'],
    ]);
    expect(diff.inheritance.replaced).toEqual([{ rule: 'st-assess', by: 'town-assess' }]);
  });

  it('writes HTML to --out', async () => {
    const r = await run(dir, 'stat.yaml', 'town.yaml', '--format', 'html', '--out', 'town.html');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('wrote town.html\n');
    const html = readFileSync(join(dir, 'town.html'), 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<title>Pack town compared with Pack stat</title>');
  });

  it('prints the issues of a pack that does not load and exits 2', async () => {
    const r = await run(dir, 'stat.yaml', 'broken.yaml');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('pack broken.yaml does not load:');
    expect(r.stderr).toContain('no-such-key');
  });

  it('rejects bad arguments with exit 2', async () => {
    expect((await run(dir, 'stat.yaml')).code).toBe(2);
    const format = await run(dir, 'stat.yaml', 'town.yaml', '--format', 'pdf');
    expect([format.code, format.stderr]).toEqual([2, 'csc-timescales diff: --format must be one of markdown, html, json (got "pdf")\n']);
    const from = await run(dir, 'stat.yaml', 'town.yaml', '--from', '2024-02-30');
    expect([from.code, from.stderr]).toEqual([2, 'csc-timescales diff: --from must be a date as YYYY-MM-DD (got "2024-02-30")\n']);
    const early = await run(dir, 'stat.yaml', 'town.yaml', '--from', '1900-01-01');
    expect([early.code, early.stderr]).toEqual([2, 'csc-timescales diff: --from 1900-01-01 is outside the supported range 2000-01-01 to 2099-12-31\n']);
    const late = await run(dir, 'stat.yaml', 'town.yaml', '--to', '2100-01-01');
    expect([late.code, late.stderr]).toEqual([2, 'csc-timescales diff: --to 2100-01-01 is outside the supported range 2000-01-01 to 2099-12-31\n']);
    const order = await run(dir, 'stat.yaml', 'town.yaml', '--from', '2024-02-01', '--to', '2024-01-01');
    expect([order.code, order.stderr]).toEqual([2, 'csc-timescales diff: --from 2024-02-01 is after --to 2024-01-01\n']);
  });

  it('is listed in the usage and has its own --help', async () => {
    const { io: fake, out } = io(dir);
    expect(await cli(['--help'], fake)).toBe(0);
    expect(out.stdout).toContain('diff');
    const help = await run(dir, '--help');
    expect(help.stdout).toMatch(/^usage: csc-timescales diff <base> <local>/);
  });
});
