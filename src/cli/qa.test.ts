// The CLI's answers to a reviewer's findings: empty input, NDJSON named .json, explain's
// default as-of, and "did you mean" for misspelt event types. Expected dates are worked by
// hand: referral Mon 2024-03-04 + 1 working day = Tue 2024-03-05, so as of Mon 2024-03-11
// an unmade decision is overdue by 4 working days (Wed 6, Thu 7, Fri 8, Mon 11).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cli } from './index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const MINI = ['--pack', join(root, 'tests/fixtures/caseload/caseload-mini.yaml')];
const dir = mkdtempSync(join(tmpdir(), 'cli-qa-'));

const A = '{"id":"A","events":[{"type":"referral_received","at":"2024-03-04T10:00:00Z"},{"type":"referral_decision","at":"2024-03-05"}]}';
const B = '{"id":"B","events":[{"type":"referral_received","at":"2024-03-04T10:00:00Z"}]}';

function file(name: string, content: string): string {
  writeFileSync(join(dir, name), content);
  return name;
}

async function run(args: string[], stdin = '', cwd = dir) {
  let stdout = '';
  let stderr = '';
  const code = await cli(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: Readable.from(stdin === '' ? [] : [Buffer.from(stdin)]),
    cwd,
  });
  return { code, stdout, stderr };
}

describe('empty input: exit 2 and one line on standard error, whatever the input', () => {
  const evaluate = ['evaluate', ...MINI, '--as-of', '2024-03-11'];
  it.each([
    ['an empty .ndjson file', [file('empty.ndjson', '')], '', 'empty.ndjson'],
    ['a .ndjson file of blank lines', [file('blank.ndjson', '\n \r\n\n')], '', 'blank.ndjson'],
    ['an empty .json file', [file('empty.json', '')], '', 'empty.json'],
    ['a .json file holding only a byte-order mark and a newline', [file('bom.json', '\uFEFF\n')], '', 'bom.json'],
    ['an empty file of another name', [file('empty.txt', '')], '', 'empty.txt'],
    ['empty standard input', ['-'], '', 'standard input'],
    ['standard input of blank lines', ['-'], '\n\n  \n', 'standard input'],
  ])('evaluate: %s', async (_, input, stdin, name) => {
    const { code, stdout, stderr } = await run([...evaluate, ...input], stdin);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`csc-timescales evaluate: ${name} holds no cases: it is empty or only blank lines\n`);
  });

  it('the same for the summary command and for evaluate --summary', async () => {
    const expected = { code: 2, stdout: '', stderr: 'csc-timescales summary: standard input holds no cases: it is empty or only blank lines\n' };
    expect(await run(['summary', ...MINI, '--as-of', '2024-03-11', '-'])).toEqual(expected);
    expect(await run(['summary', ...MINI, '--as-of', '2024-03-11', file('empty2.ndjson', '')])).toEqual({
      ...expected,
      stderr: 'csc-timescales summary: empty2.ndjson holds no cases: it is empty or only blank lines\n',
    });
    expect(await run(['evaluate', ...MINI, '--as-of', '2024-03-11', '--summary', file('empty3.ndjson', '\n')])).toEqual({
      ...expected,
      stderr: 'csc-timescales evaluate: empty3.ndjson holds no cases: it is empty or only blank lines\n',
    });
  });

  it('a caseload whose only line is broken is not empty: it is read and rejected as before', async () => {
    const { code, stdout, stderr } = await run([...evaluate, file('broken.ndjson', '\n{"id":"Z",\n')]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).error).toMatchObject({ line: 2, caseId: 'Z' });
    expect(stderr).toBe('read 1, evaluated 0, rejected 1\n');
  });
});

describe('NDJSON in a file named .json', () => {
  const evaluate = ['evaluate', ...MINI, '--as-of', '2024-03-11'];

  it('is read as NDJSON, saying so on standard error', async () => {
    const { code, stdout, stderr } = await run([...evaluate, file('cases.json', `${A}\n${B}\n`)]);
    expect(code).toBe(0);
    expect(stderr).toBe('cases.json holds several cases, one per line: reading it as NDJSON\nread 2, evaluated 2, rejected 0\n');
    const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.caseId)).toEqual(['A', 'B']);
    expect(lines[0].instances[0]).toMatchObject({ obligation: 'referral-decision', due: '2024-03-05', status: 'met' });
    expect(lines[1].instances[0]).toMatchObject({ obligation: 'referral-decision', due: '2024-03-05', status: 'overdue', breach: true });
  });

  it('numbers a broken line as the file does', async () => {
    const { stdout, stderr } = await run([...evaluate, file('cases-broken.json', `${A}\n\n{"id":"C","events":[\n`)]);
    const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines[1].error).toMatchObject({ line: 3, caseId: 'C' });
    expect(lines[1].error.reason).toMatch(/^not valid JSON/);
    expect(stderr).toMatch(/read 2, evaluated 1, rejected 1\n$/);
  });

  it('is read as NDJSON even when its first line is broken, so that line is named', async () => {
    const { code, stdout, stderr } = await run([...evaluate, file('first-broken.json', `{"id":"C","events":[\n${A}\n${B}\n`)]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.caseId ?? `error ${l.error.line} ${l.error.caseId}`)).toEqual(['error 1 C', 'A', 'B']);
    expect(stderr).toBe('first-broken.json holds several cases, one per line: reading it as NDJSON\nread 3, evaluated 2, rejected 1\n');
  });

  it('a broken pretty-printed case is still one case: one line saying what is wrong, exit 2', async () => {
    // The last event line is an object on its own, but one line in six is not "cases one per line".
    const broken = '{\n "id": "A",\n "events": [\n  { "type": "visit", "at": "2024-03-01" }\n ]\n';
    const { code, stdout, stderr } = await run([...evaluate, file('pretty-broken.json', broken)]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^csc-timescales evaluate: pretty-broken\.json is not valid JSON: [^\n]+\n$/);
  });

  it('a .json file of one case on one line is still one case, printed as pretty JSON', async () => {
    const { code, stdout, stderr } = await run([...evaluate, file('one.json', `${B}\n\n`)]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^\{\n {2}"caseId": "B",/);
  });
});

describe('explain: --as-of defaults to today in London, as evaluate does', () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  // The example case's first review conference is due Wed 2024-07-24 (initial conference
  // Wed 2024-04-24 + 3 months) and has not been held.
  const explain = ['explain', '--pack', 'working-together-2018', 'examples/case-icpc.json', 'review-cp-conference'];

  it('uses the London date, noted on standard error, and gives what --as-of that date gives', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // 23:30 UTC on 31 July is 00:30 on 1 August in London (BST): 8 days late, not 7.
    vi.setSystemTime(new Date('2024-07-31T23:30:00Z'));
    const defaulted = await run(explain, '', root);
    vi.useRealTimers();
    expect(defaulted.code).toBe(0);
    expect(defaulted.stderr).toBe('as of 2024-08-01\n');
    expect(defaulted.stdout).toContain('  status:      overdue (breach)\n  lateness:    8 days (8 calendar days)\n');
    const given = await run([...explain, '--as-of', '2024-08-01'], '', root);
    expect(given).toEqual({ ...defaulted, stderr: '' });
  });

  it('reads the case from standard input with -, the same as from the file', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(join(root, 'examples/case-icpc.json'), 'utf8');
    const fromFile = await run([...explain, '--as-of', '2024-08-01'], '', root);
    const fromStdin = await run(['explain', '--pack', 'working-together-2018', '-', 'review-cp-conference', '--as-of', '2024-08-01'], text, root);
    expect(fromStdin).toEqual(fromFile);
    expect(fromFile.stdout).toContain('  due:         2024-07-24');
  });

  it('says what is wrong with standard input: empty, several cases one per line, not JSON', async () => {
    const args = ['explain', ...MINI, '--as-of', '2024-03-11', '-', 'referral-decision'];
    expect(await run(args, '')).toEqual({ code: 2, stdout: '', stderr: 'csc-timescales explain: standard input is empty: give one case as JSON\n' });
    expect(await run(args, `${A}\n${B}\n`)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'csc-timescales explain: standard input holds 2 cases, one per line (NDJSON): explain takes one case (pick its line, or use evaluate for a caseload)\n',
    });
    const notJson = await run(args, '{"id": ');
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/^csc-timescales explain: standard input is not valid JSON: /);
    // One case from standard input works: B's decision, due Tue 2024-03-05, is overdue by 4 working days.
    const one = await run(args, B);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('  due:         2024-03-05');
    expect(one.stdout).toContain('  lateness:    4 working days (6 calendar days)');
  });

  it('still checks a given --as-of, and says in its help that it defaults', async () => {
    const bad = await run([...explain, '--as-of', 'yesterday'], '', root);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^csc-timescales explain: --as-of must be a date/);
    const help = await run(['explain', '--help']);
    expect(help.stdout).toContain('[--as-of DATE]');
    expect(help.stdout).toMatch(/--as-of DATE\s+judge the case at this date \(default: today in London, noted on standard\s+error, as evaluate does\)/);
  });
});

describe('table output: "did you mean" for an unused event type the pack does not know', () => {
  const kase = JSON.stringify({
    id: 'T',
    events: [
      { type: 'referral_received', at: '2024-03-04T10:00:00Z' },
      { type: 'referal_decision', at: '2024-03-05' }, // a letter missing
      { type: 'home_fire_check', at: '2024-03-06' }, // nothing like a known type: no hint
      { type: 'assessment_started', at: '2024-03-06' }, // known, only unused here: no hint
      { type: 'cin_reveiw', at: '2024-03-07' }, // two letters swapped
    ],
  });
  const tail = [
    'events no rule uses: referal_decision, home_fire_check, assessment_started, cin_reveiw',
    '  "referal_decision" is not an event type this pack knows: did you mean "referral_decision"?',
    '  "cin_reveiw" is not an event type this pack knows: did you mean "cin_review"?',
    '',
  ].join('\n');

  it('for one case', async () => {
    const { code, stdout } = await run(['evaluate', ...MINI, '--as-of', '2024-03-11', '--format', 'table', file('typo.json', kase)]);
    expect(code).toBe(0);
    // The misspelt decision does not count, so the decision is overdue.
    expect(stdout).toMatch(/referral-decision\s+referral_received 2024-03-04\s+2024-03-05\s+overdue \(breach\)\s+4 working days\s+social worker/);
    expect(stdout.endsWith(`\n\n${tail}`)).toBe(true);
  });

  it('for each case of a caseload', async () => {
    const { stdout } = await run(['evaluate', ...MINI, '--as-of', '2024-03-11', '--format', 'table', '-'], `${kase}\n`);
    expect(stdout.endsWith(`\n\n${tail}\n`)).toBe(true);
  });

  it("knows the pack's own event types: Calderdale declares referral_recorded", async () => {
    const own = JSON.stringify({ id: 'U', events: [{ type: 'referral_received', at: '2024-03-04T10:00:00Z' }, { type: 'referral_recordd', at: '2024-03-04' }] });
    const { stdout } = await run(['evaluate', '--pack', 'calderdale', '--as-of', '2024-03-11', '--format', 'table', file('own.json', own)]);
    expect(stdout).toContain('events no rule uses: referral_recordd\n  "referral_recordd" is not an event type this pack knows: did you mean "referral_recorded"?\n');
  });

  it('JSON output is unchanged: the types are in unusedEvents, with no hint', async () => {
    const { stdout } = await run(['evaluate', ...MINI, '--as-of', '2024-03-11', file('typo2.json', kase)]);
    expect(JSON.parse(stdout).unusedEvents.map((e: { event: string }) => e.event)).toEqual(['referal_decision', 'home_fire_check', 'assessment_started', 'cin_reveiw']);
    expect(stdout).not.toContain('did you mean');
  });
});
