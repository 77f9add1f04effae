// Tests for the `packs` and `validate` CLI commands (src/cli/commands/), run without a process.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { packsCommand } from '../cli/commands/packs.js';
import { validateCommand } from '../cli/commands/validate.js';
import { UserError, type CliIo, type Command } from '../cli/io.js';
import { header, rule } from './fixtures.testutil.js';
import { listBundledPacks } from './files.js';

const tmp = mkdtempSync(join(tmpdir(), 'csc-validate-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
writeFileSync(join(tmp, 'national.yaml'), `${header('national')}rules:\n${rule('nat-icpc')}`);
writeFileSync(join(tmp, 'good.yaml'), `${header('good')}extends: national\nrules:\n${rule('good-icpc', { replaces: 'nat-icpc' })}`);
writeFileSync(join(tmp, 'bad.yaml'), `${header('bad')}rules:\n${rule('r1')}${rule('r2', { deadline: '{ amount: 15, unit: workdays }' })}`);
writeFileSync(join(tmp, 'warned.yaml'), `${header('warned')}rules:\n${rule('r1', { variants: '[{ when: {}, deadline: { amount: 1, unit: days } }]' })}`);

async function run(command: Command, args: string[]): Promise<{ code: number; stdout: string; error?: string }> {
  let stdout = '';
  const io: CliIo = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => true }, stdin: Readable.from([]), cwd: tmp };
  try {
    return { code: await command.run(args, io), stdout };
  } catch (error) {
    if (error instanceof UserError) return { code: error.exitCode, stdout, error: error.message };
    throw error;
  }
}

describe('csc-timescales validate', () => {
  it('prints ok with the rule count and base', async () => {
    expect(await run(validateCommand, ['good.yaml'])).toEqual({ code: 0, stdout: 'ok: good.yaml (1 rule, extends national)\n' });
  });

  it('prints each issue as file:line:col path: message and exits 2', async () => {
    // bad.yaml: header lines 1-7, rules: 8, rules[0] 9-17, rules[1] from 18: its deadline is on line 23
    expect(await run(validateCommand, ['bad.yaml', 'national.yaml'])).toEqual({
      code: 2,
      stdout:
        'bad.yaml:23:35 rules[1].deadline.unit: "workdays" is not one of hours, working_days, days, weeks, months, years, same_day, same_working_day\n' +
        'ok: national.yaml (1 rule)\n',
    });
  });

  it('prints warnings but exits 0', async () => {
    const result = await run(validateCommand, ['warned.yaml']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'warned.yaml:14:15 rules[0].deadline: warning: never applies: variants[0] always matches; move its timescale here and remove the variant\n' +
        'ok: warned.yaml (1 rule)\n',
    );
  });

  it('a missing file is one line and exit 2', async () => {
    expect(await run(validateCommand, ['missing.yaml'])).toEqual({ code: 2, stdout: 'missing.yaml: no such file\n' });
  });

  it('without arguments, a usage error', async () => {
    const result = await run(validateCommand, []);
    expect(result.code).toBe(2);
    expect(result.error).toMatch(/^give at least one pack file or bundled pack id/);
  });

  it('an unknown option is a usage error', async () => {
    expect((await run(validateCommand, ['--strict', 'good.yaml'])).error).toBe('unknown option --strict');
  });
});

describe('csc-timescales packs', () => {
  it('prints a table of the bundled packs', async () => {
    const result = await run(packsCommand, []);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    const packs = listBundledPacks();
    if (packs.length === 0) {
      expect(lines).toEqual(['no bundled packs']);
      return;
    }
    expect(lines[0]).toMatch(/^id\s+title\s+extends\s+rules$/);
    expect(lines.slice(1).map((l) => l.split(/\s{2,}/)[0])).toEqual(packs.map((p) => p.id));
    expect(lines.slice(1).map((l) => l.split(/\s+/).pop())).toEqual(packs.map((p) => String(p.ruleCount)));
  });

  it('takes no arguments', async () => {
    expect((await run(packsCommand, ['extra'])).error).toBe('packs takes no arguments (got "extra")');
  });
});
