// The CLI's evaluate and summary commands on a three-rule test pack. Expected dates are
// worked by hand: referral Mon 2024-03-04 + 1 working day = Tue 2024-03-05; strategy
// discussion Mon 2024-03-04 + 15 working days = Mon 2024-03-25 (Good Friday is 29 March);
// allocation Thu 2024-02-01 + 20 working days = Thu 2024-02-29.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from '../src/cli/index.js';

const dir = fileURLToPath(new URL('./fixtures/caseload/', import.meta.url));
const PACK = ['--pack', 'caseload-mini.yaml'];

async function run(args: string[], stdin = '', takesBytes = false) {
  let stdout = '';
  let stderr = '';
  const decoder = new TextDecoder();
  const code = await cli(args, {
    // `takesBytes` as the real standard output: caseload lines may then arrive as UTF-8 bytes.
    stdout: { write: (s: string | Uint8Array) => (stdout += typeof s === 'string' ? s : decoder.decode(s)), takesBytes },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: Readable.from([Buffer.from(stdin)]),
    cwd: dir,
  });
  return { code, stdout, stderr };
}

describe('csc-timescales evaluate: one case', () => {
  it('prints one pretty JSON result for a .json case', async () => {
    const { code, stdout, stderr } = await run(['evaluate', ...PACK, '--as-of', '2024-06-03', 'case-a.json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.caseId).toBe('A');
    expect(stdout).toContain('\n  "caseId": "A"');
    const icpc = result.instances.find((i: { obligation: string }) => i.obligation === 'initial-cp-conference');
    expect(icpc).toMatchObject({ due: '2024-03-25', status: 'met', satisfiedBy: { date: '2024-03-22' } });
  });

  it('prints a table for people with --format table, then the basis lines', async () => {
    const { code, stdout } = await run(['evaluate', ...PACK, '--as-of', '2024-06-03', '--format', 'table', 'case-a.json']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^case A: pack caseload-mini 1, as of 2024-06-03/);
    expect(stdout).toMatch(/obligation\s+trigger\s+due\s+status\s+satisfied\s+lateness\s+responsible/);
    expect(stdout).toMatch(/initial-cp-conference\s+strategy_discussion 2024-03-04\s+2024-03-25\s+met\s+initial_cp_conference 2024-03-22\s+social worker, team manager/);
    expect(stdout).toContain('initial-cp-conference: strategy discussion Mon 2024-03-04 + 15 working days = Mon 2024-03-25; no bank holidays in range');
  });

  it('reads one pretty-printed case from standard input', async () => {
    const { code, stdout } = await run(['evaluate', ...PACK, '--as-of', '2024-06-03', '-'], readFileSync(join(dir, 'case-a.json'), 'utf8'));
    expect(code).toBe(0);
    expect(JSON.parse(stdout).caseId).toBe('A');
  });

  it('says which path of an invalid case is wrong (exit 2)', async () => {
    const { code, stderr } = await run(['evaluate', ...PACK, '--as-of', '2024-06-03', '-'], '{\n "id": "X", "events": [{"type": "visit", "at": "2024-13-01"}]\n}');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^csc-timescales evaluate: standard input: invalid case: events\[0\]\.at: "2024-13-01" is not a date/);
  });

  it('defaults --as-of to today and says so on standard error', async () => {
    const { code, stderr } = await run(['evaluate', ...PACK, 'case-a.json']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^as of \d{4}-\d{2}-\d{2}\n$/);
  });
});

describe('csc-timescales evaluate: a caseload', () => {
  const args = ['evaluate', ...PACK, '--as-of', '2024-03-11', 'cli-caseload.ndjson'];

  it('writes one line per input line, in order, with error records for the malformed and the invalid line', async () => {
    const { code, stdout, stderr } = await run(args);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.caseId ?? `error ${l.error.line} ${l.error.caseId}`)).toEqual(['A', 'B', 'error 4 C', 'error 5 D', 'E']);
    expect(lines[2].error.reason).toMatch(/^not valid JSON/);
    expect(lines[3].error.reason).toMatch(/events\[0\]\.at: "2024-02-30" is not a date/);
    expect(lines[1].instances[0]).toMatchObject({ obligation: 'referral-decision', due: '2024-03-05', status: 'overdue', breach: true });
    expect(lines[4].instances[0]).toMatchObject({ obligation: 'case-supervision', due: '2024-02-29', status: 'met' });
    expect(stderr).toBe('read 5, evaluated 3, rejected 2\n');
  });

  it('gives the same output with 2 workers', async () => {
    const one = await run(args);
    const two = await run([...args, '--workers', '2']);
    expect(two).toEqual(one);
  });

  it('--detail compact: the same lines, due dates and statuses, without source, basis, timescale and deadline; the same with 2 workers', async () => {
    const full = await run(args);
    const compact = await run([...args, '--detail', 'compact']);
    expect(compact.code).toBe(0);
    expect(compact.stderr).toBe(full.stderr);
    const fullLines = full.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    const compactLines = compact.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(compactLines.map((l) => l.caseId ?? l.error.line)).toEqual(['A', 'B', 4, 5, 'E']);
    for (const [i, line] of compactLines.entries()) {
      if (line.error) {
        expect(line).toEqual(fullLines[i]);
        continue;
      }
      expect(line.detail).toBe('compact');
      const expected = fullLines[i].instances.map(({ source, basis, timescale, deadline, ...rest }: Record<string, unknown>) => rest);
      expect(line.instances).toEqual(expected);
    }
    // Hand-worked (see the top of this file): B's referral decision due Tue 2024-03-05, overdue.
    expect(compactLines[1].instances[0]).toMatchObject({ obligation: 'referral-decision', due: '2024-03-05', status: 'overdue', breach: true });
    expect(compact.stdout.length).toBeLessThan(full.stdout.length);
    expect(await run([...args, '--detail', 'compact', '--workers', '2'])).toEqual(compact);
  });

  it('--detail minimal: rules by id, events by position, the same judgement; the same through a standard output that takes bytes, with 2 workers', async () => {
    const full = await run(args);
    const minimal = await run([...args, '--detail', 'minimal']);
    expect(minimal.code).toBe(0);
    expect(minimal.stderr).toBe(full.stderr);
    const fullLines = full.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    const minimalLines = minimal.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(minimalLines.map((l) => l.caseId ?? l.error.line)).toEqual(['A', 'B', 4, 5, 'E']);
    for (const [i, line] of minimalLines.entries()) {
      if (line.error) expect(line).toEqual(fullLines[i]);
      else {
        expect(line.detail).toBe('minimal');
        expect(line.instances.map((x: { rule: string; due: string; status: string }) => [x.rule, x.due, x.status])).toEqual(
          fullLines[i].instances.map((x: { rule: string; due: string; status: string }) => [x.rule, x.due, x.status]),
        );
      }
    }
    // Hand-worked: B's referral decision due Tue 2024-03-05, overdue, started by B's first event.
    expect(minimalLines[1].instances[0]).toMatchObject({ due: '2024-03-05', status: 'overdue', breach: true, trigger: 0 });
    expect(await run([...args, '--detail', 'minimal', '--workers', '2'], '', true)).toEqual(minimal);
    expect(await run([...args, '--workers', '2'], '', true)).toEqual(full);
  });

  it('--detail with --summary is refused: a summary prints counts, not results', async () => {
    const { code, stderr } = await run([...args, '--detail', 'minimal', '--summary']);
    expect(code).toBe(2);
    expect(stderr).toBe('csc-timescales evaluate: --detail minimal is for JSON results: --summary prints counts, not results\n');
  });

  it('--detail compact with --format table is refused: the table shows basis lines', async () => {
    const { code, stderr } = await run([...args, '--detail', 'compact', '--format', 'table']);
    expect(code).toBe(2);
    expect(stderr).toBe('csc-timescales evaluate: --detail compact is for JSON output: the table always shows each basis line\n');
  });

  it('exits 1 with --strict when a case was rejected, and with --fail-on-breach when one is breached', async () => {
    expect((await run([...args, '--strict'])).code).toBe(1);
    expect((await run([...args, '--fail-on-breach'])).code).toBe(1);
    const clean = ['evaluate', ...PACK, '--as-of', '2024-03-11', '--strict', '--fail-on-breach', '-'];
    const ok = await run(clean, '{"id":"A","events":[{"type":"referral_received","at":"2024-03-04T10:00:00Z"},{"type":"referral_decision","at":"2024-03-05"}]}\n');
    expect(ok).toMatchObject({ code: 0, stderr: 'read 1, evaluated 1, rejected 0\n' });
    expect(JSON.parse(ok.stdout).caseId).toBe('A');
  });

  it('prints a summary instead of results with --summary', async () => {
    const { code, stdout, stderr } = await run([...args, '--summary', '--summary-format', 'json']);
    expect(code).toBe(0);
    // No per-case output, so each rejected line is still named (line 4: broken JSON, line 5: a bad date).
    const rejections = stderr.split('\n').filter((l) => l.startsWith('line '));
    expect(rejections.map((l) => l.replace(/: rejected: .*/, ''))).toEqual(['line 4 (case C)', 'line 5 (case D)']);
    expect(rejections[1]).toMatch(/events\[0\]\.at: "2024-02-30" is not a date/);
    const summary = JSON.parse(stdout);
    expect(summary.cases).toEqual({ read: 5, evaluated: 3, rejected: 2, withBreach: 1 });
    expect(summary.byObligation['referral-decision']).toMatchObject({ met: 1, overdue: 1, breaches: 1 });
    expect(summary.byObligation['case-supervision']).toMatchObject({ met: 1 });
  });
});

describe('csc-timescales summary', () => {
  it('prints a table, and writes a self-contained HTML page with --out', async () => {
    const table = await run(['summary', ...PACK, '--as-of', '2024-03-11', 'cli-caseload.ndjson']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/referral-decision\s+mini-referral-decision\s+caseload-mini\s+Decision on next steps after a referral\s+1\s+0\s+1\s+0\s+0\s+0\s+50\.0%\s+1\s+0/);
    const out = join(mkdtempSync(join(tmpdir(), 'caseload-')), 'report.html');
    const html = await run(['summary', ...PACK, '--as-of', '2024-03-11', '--format', 'html', '--out', out, 'cli-caseload.ndjson']);
    expect(html.code).toBe(0);
    expect(html.stderr).toContain(`wrote ${out}`);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>[\s\S]*<svg[\s\S]*50%<\/text>/);
  });
});

describe('bad input is one line and exit 2', () => {
  it.each([
    [['evaluate', '--pack', 'no-such-pack', '--as-of', '2024-03-11', 'case-a.json'], /no-such-pack/],
    [['evaluate', ...PACK, '--as-of', '2024-03-11', 'missing.ndjson'], /cannot read missing\.ndjson/],
    [['evaluate', ...PACK, '--as-of', 'yesterday', 'case-a.json'], /--as-of must be a date/],
    [['evaluate', ...PACK, '--workers', 'two', 'case-a.json'], /--workers must be a whole number/],
    [['evaluate', ...PACK, '--format', 'xml', 'case-a.json'], /--format must be one of json, table/],
    [['evaluate', ...PACK, '--bogus', 'case-a.json'], /unknown option --bogus/],
    [['evaluate', 'case-a.json'], /--pack is required/],
  ])('%j', async (args, message) => {
    const { code, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
