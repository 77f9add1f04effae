import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { cli } from '../src/cli/index.js';
import { parseCase } from '../src/model/index.js';

const root = join(import.meta.dirname, '..');

async function run(argv: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const code = await cli(argv, {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    stdin: Readable.from([stdin]),
    cwd: root,
  });
  return { code, stdout, stderr };
}

describe('csc-timescales import', () => {
  it('writes one valid JSON case per line, problems and a count to standard error, exit 0', async () => {
    const r = await run(['import', 'cin', 'tests/fixtures/import/cin-census.xml']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(parseCase(JSON.parse(line)).ok).toBe(true);
    const errors = r.stderr.trimEnd().split('\n');
    expect(errors).toHaveLength(13);
    expect(errors[0]).toBe(
      'cin-census.xml Message/Children/Child[1]/CINdetails[1]/Assessments[0]/AssessmentAuthorisationDate (child CIN-002): warning: AssessmentAuthorisationDate 2023-11-08 is before AssessmentActualStartDate 2023-11-10; both are imported as given',
    );
    expect(errors.at(-1)).toBe('imported 4 children, 12 problems');
  });

  it('exits 1 with --strict when any problem is an error, 0 when only warnings', async () => {
    expect((await run(['import', 'cin', 'tests/fixtures/import/cin-census.xml', '--strict'])).code).toBe(1);
    const clean = await run(['import', 'cin', 'tests/fixtures/import/cin-e2e.xml', '--strict']);
    expect(clean.code).toBe(0);
    expect(clean.stderr).toBe('imported 6 children, 0 problems\n');
  });

  it('writes to --out instead of standard output', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'csc-import-')), 'cases.ndjson');
    const r = await run(['import', 'ssda903', 'tests/fixtures/import/ssda903', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual(['1001', '1002', '1003', '1004', '1005', '1006']);
    expect(r.stderr).toContain('episodes.csv row 12: error: CHILD is empty; this record is not imported\n');
    expect(r.stderr.endsWith('imported 6 children, 13 problems\n')).toBe(true);
  });

  it('reads an Annex A folder of CSVs', async () => {
    const r = await run(['import', 'annex-a', 'tests/fixtures/import/annex-a']);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(7);
    expect(r.stderr.endsWith('imported 7 children, 8 problems\n')).toBe(true);
  });

  it('exits 2 with one line for a path that cannot be read or a bad format', async () => {
    const missing = await run(['import', 'cin', 'no/such/file.xml']);
    expect(missing).toEqual({ code: 2, stdout: '', stderr: 'csc-timescales import: no/such/file.xml: no such file or folder\n' });
    const format = await run(['import', 'csv', 'x']);
    expect(format.stderr).toBe('csc-timescales import: unknown format "csv": expected cin, ssda903, annex-a\n');
    expect((await run(['import', 'cin'])).code).toBe(2);
  });

  it('pipes straight into evaluate', async () => {
    const imported = await run(['import', 'cin', 'tests/fixtures/import/cin-e2e.xml']);
    const evaluated = await run(['evaluate', '--pack', 'working-together-2018', '--as-of', '2024-11-29', '-'], imported.stdout);
    expect(evaluated.code).toBe(0);
    const results = evaluated.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(results.map((r) => r.caseId)).toEqual(['E2E-001', 'E2E-002', 'E2E-003', 'E2E-004', 'E2E-005', 'E2E-006']);
    expect(evaluated.stderr).toContain('read 6, evaluated 6, rejected 0');
  });
});

describe('csc-timescales import: files that cannot be read or written', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'csc-import-bad-'));
  const put = (name: string, content: string) => {
    writeFileSync(join(tmp, name), content);
    return join(tmp, name);
  };

  it('an episodes CSV with a stray quote: one problem line, exit 2, no internal error', async () => {
    const r = await run(['import', 'ssda903', put('ep.csv', 'CHILD,DECOM,RNE,LS,PLACE,DEC,REC\n1001,"01/02/2024"x,S,V2,U6,,\n')]);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ep.csv (file): error: not a readable CSV file: Invalid Closing Quote: found non trimable byte after quote at line 2\nimported 0 children, 1 problem\n',
    });
  });

  it('a JSON file given as SSDA903: exit 2 with an invalid_file line', async () => {
    const r = await run(['import', 'ssda903', join(root, 'examples/case-icpc.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^case-icpc\.json \(file\): error: not a readable CSV file: [^\n]+\nimported 0 children, 1 problem\n$/);
  });

  it('an empty XML file: "the file is empty", exit 2 (nothing could be read), --out not written', async () => {
    const out = join(tmp, 'not-written.ndjson');
    const r = await run(['import', 'cin', put('empty.xml', ''), '--out', out]);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'empty.xml (file): error: the file is empty\nimported 0 children, 1 problem\n' });
    expect(existsSync(out)).toBe(false);
  });

  it('says "1 child, 1 problem" in the singular, and exits 0 when a child was imported', async () => {
    const r = await run(['import', 'cin', put('one.xml', '<Message><Children><Child><ChildIdentifiers><LAchildID>C1</LAchildID></ChildIdentifiers></Child></Children></Message>')]);
    expect(r.code).toBe(0);
    expect(r.stderr.endsWith('imported 1 child, 1 problem\n')).toBe(true);
  });

  it('--out in a folder that does not exist: one line, exit 2', async () => {
    const r = await run(['import', 'cin', 'tests/fixtures/import/cin-e2e.xml', '--out', join(tmp, 'nonexistent/x.ndjson')]);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `csc-timescales import: cannot write ${join(tmp, 'nonexistent/x.ndjson')}: no such folder\n` });
  });
});
