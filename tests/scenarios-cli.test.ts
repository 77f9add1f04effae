// `csc-timescales test --scenarios <file>`: a broken scenario file is bad input (one line,
// file:line:column, exit 2), never a failing or passing run; failures print units in words.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../src/cli/index.js';
import { parseScenarioFile } from '../src/scenario/index.js';

const tmp = mkdtempSync(join(tmpdir(), 'csc-scenarios-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function test(name: string, yaml: string) {
  const file = join(tmp, name);
  writeFileSync(file, yaml);
  let stdout = '';
  let stderr = '';
  const code = await cli(['test', 'working-together-2018', '--scenarios', file], {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    stdin: Readable.from([]),
    cwd: tmp,
  });
  return { code, stdout, stderr, file };
}

const ICPC = (asOf: string, held = '2024-06-18') => `- name: conference a day late
  asOf: ${asOf}
  case:
    events:
      - { type: strategy_discussion, at: 2024-05-24, s47Initiated: true }
      - { type: initial_cp_conference, at: ${held}, outcome: no_plan }
  expect:
    - obligation: initial-cp-conference
      lateness: { amount: 17, unit: working_days }
`;

describe('csc-timescales test --scenarios: bad scenario files', () => {
  it('invalid YAML is one line, file:line:column: message, exit 2', async () => {
    const r = await test('bad.yaml', '- name: x\n  asOf: 2024-01-01\n  case: { events: [\n');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`csc-timescales test: ${r.file}:4:1: not valid YAML: flow sequence in block collection must be sufficiently indented and end with a ]\n`);
  });

  it('a tab used as indentation says so, at its line and column', async () => {
    const r = await test('tab.yaml', '- name: x\n  asOf: 2024-01-01\n  case:\n\tevents: []\n');
    expect([r.code, r.stderr]).toEqual([2, `csc-timescales test: ${r.file}:4:1: YAML does not allow tabs for indentation; use spaces\n`]);
  });

  it('an empty file is "no scenarios in FILE", exit 2', async () => {
    const r = await test('empty.yaml', '');
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `csc-timescales test: no scenarios in ${r.file}\n`]);
    const comments = await test('comments.yaml', '# nothing yet\n');
    expect([comments.code, comments.stderr]).toEqual([2, `csc-timescales test: no scenarios in ${comments.file}\n`]);
  });

  it('asOf 2024-02-30 is bad input naming the file, line and scenario (not a FAIL)', async () => {
    const r = await test('asof.yaml', ICPC('2024-02-30'));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `csc-timescales test: ${r.file}:2:9: scenario "conference a day late": asOf "2024-02-30" is not a date: expected YYYY-MM-DD or an instant with offset such as 2024-03-05T14:30:00Z\n`,
    );
  });

  it('an invalid case is bad input naming the scenario', async () => {
    const r = await test('case.yaml', ICPC('2024-07-01', '2024-13-01'));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `csc-timescales test: ${r.file}:4:5: scenario "conference a day late": the case is not valid: events[1].at: "2024-13-01" is not a date: expected YYYY-MM-DD or an instant with offset such as 2024-03-05T14:30:00Z\n`,
    );
  });

  it('parseScenarioFile accepts an instant as asOf', () => {
    expect(parseScenarioFile(ICPC('2024-07-01T09:00:00+01:00'), 'x.yaml')).toHaveLength(1);
  });
});

describe('csc-timescales test: failure text', () => {
  it('prints lateness units in words ("17 working days late", "1 working day late")', async () => {
    const r = await test('late.yaml', ICPC('2024-07-01'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('      expected: initial-cp-conference: 17 working days late\n');
    expect(r.stdout).toContain('      actual:   initial-cp-conference [wt-initial-cp-conference] trigger 2024-05-24: due 2024-06-17, late, 1 working day late (differs in lateness)\n');
    expect(r.stdout).not.toMatch(/working_days/);
  });
});
